import type { Lang } from "../lang";
import { NUMBER_SIGNS } from "../i18n/number-signs";

/**
 * Numbers in sentences, formatted by hand rather than with Intl: the add-in runs in Office's
 * browser engines and the CLI in Node, and their locale data differ. With the signs of
 * i18n/number-signs the text is the same everywhere, in Excel cells, .docx and the terminal.
 */

/** A number with at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  // toFixed switches to exponent notation from 1e21; such numbers are not worth grouping.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) {
    return String(n);
  }
  const fixed = Math.abs(n).toFixed(maxDecimals);
  const [whole, fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const grouped = (whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, NUMBER_SIGNS.group[lang]);
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (trimmed === "" ? "" : NUMBER_SIGNS.decimal[lang] + trimmed);
}

/** A share (0–1) as a percentage with `decimals` decimals at most. */
export function formatPercent(share: number, lang: Lang, decimals = 0): string {
  return formatNumber(share * 100, lang, decimals) + NUMBER_SIGNS.percentGap[lang] + "%";
}

/**
 * A share shown beside a threshold it was compared with. Rounded to whole percent unless that
 * would make a share just below the threshold read as equal to it ("80 %, below 80 %"): then
 * one or two decimals are shown, so the sentence never contradicts itself.
 */
export function formatShareAgainst(share: number, threshold: number, lang: Lang): string {
  for (let decimals = 0; decimals < 3; decimals++) {
    const differs = share !== threshold;
    const roundsEqual = formatPercent(share, lang, decimals) === formatPercent(threshold, lang, decimals);
    if (!differs || !roundsEqual) {
      return formatPercent(share, lang, decimals);
    }
  }
  return formatPercent(share, lang, 3);
}

/** Zero to twelve in words, zero and one as they go with a common-gender noun ("ingen indikator"). */
const WORDS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ["ingen", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"],
  en: ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
};

/** Swedish zero and one follow a neuter noun ("inget mål", "ett mål"); English has no gender. */
const NEUTER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ["inget", "ett"],
  en: [],
};

/**
 * A count in running text as committee prose writes it: zero to twelve in words ("fem
 * ansvarsområden"), larger counts in digits. Swedish "one" follows the noun's gender: "en
 * indikator", "ett mål" (`neuter`). Figures compared in "X av Y (Z %)" stay digits.
 */
export function countWord(n: number, lang: Lang, gender: "common" | "neuter" = "common"): string {
  if (!Number.isInteger(n) || n < 0 || n > 12) {
    return formatNumber(n, lang);
  }
  const gendered = gender === "neuter" ? NEUTER_WORDS[lang][n] : undefined;
  return gendered ?? WORDS[lang][n] ?? formatNumber(n, lang);
}
