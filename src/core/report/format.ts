import type { Lang } from "../lang";
import type { Phrase, PhraseOf } from "../i18n/phrase";
import { formatNumber, formatPercent } from "../summary/number-format";
import { symbolOf, type Term } from "../vocabulary/vocabularies";
import type { ReportTerm } from "./types";

const PHRASES = {
  /** A value in percent: Swedish writes a space before the sign, English none. */
  percentValue: { sv: (n) => `${n} %`, en: (n) => `${n}%` },
  lower: { sv: (pct) => `${pct} lägre`, en: (pct) => `${pct} lower` },
  higher: { sv: (pct) => `${pct} högre`, en: (pct) => `${pct} higher` },
} as const satisfies Record<string, PhraseOf<string>>;

const UNCHANGED: Phrase = { sv: "oförändrat", en: "unchanged" };

export function reportTerm(term: Term<string>, lang: Lang): ReportTerm {
  return {
    code: term.code,
    symbol: symbolOf(term),
    label: term[lang],
    colour: term.colour,
    fontColour: term.fontColour,
  };
}

/** "● I fas": shape and label, so it reads in black-and-white print too. */
export function termText(term: ReportTerm): string {
  return `${term.symbol} ${term.label}`;
}

/** An indicator value with its unit: "3 600 000 kr", "85 %" (sv) / "85%" (en); "–" for none. */
export function formatValue(value: number | null, unit: string, lang: Lang): string {
  if (value === null) {
    return "–";
  }
  const n = formatNumber(value, lang);
  if (unit === "%") {
    return PHRASES.percentValue[lang](n);
  }
  return unit.trim() === "" ? n : `${n} ${unit}`;
}

/** −0.52 → "52 % lägre" / "52% lower"; 0 → "oförändrat" / "unchanged". */
export function changePhrase(change: number, lang: Lang): string {
  if (change === 0) {
    return UNCHANGED[lang];
  }
  return PHRASES[change < 0 ? "lower" : "higher"][lang](formatPercent(Math.abs(change), lang));
}

/** Non-empty trimmed text, else null. */
export function present(text: string | null | undefined): string | null {
  const t = text?.trim() ?? "";
  return t === "" ? null : t;
}
