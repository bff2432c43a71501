import type { Lang } from "../lang";
import { formatNumber, formatPercent } from "../summary/number-format";
import { symbolOf, type Term } from "../vocabulary/vocabularies";
import type { ReportTerm } from "./types";

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
    return lang === "sv" ? `${n} %` : `${n}%`;
  }
  return unit.trim() === "" ? n : `${n} ${unit}`;
}

/** −0.52 → "52 % lägre" / "52% lower"; 0 → "oförändrat" / "unchanged". */
export function changePhrase(change: number, lang: Lang): string {
  if (change === 0) {
    return lang === "sv" ? "oförändrat" : "unchanged";
  }
  const pct = formatPercent(Math.abs(change), lang);
  if (change < 0) {
    return lang === "sv" ? `${pct} lägre` : `${pct} lower`;
  }
  return lang === "sv" ? `${pct} högre` : `${pct} higher`;
}

/** Non-empty trimmed text, else null. */
export function present(text: string | null | undefined): string | null {
  const t = text?.trim() ?? "";
  return t === "" ? null : t;
}
