import type { Lang } from "../lang";
import type { ProgrammeRow } from "../programme/schema";
import type { IndicatorSummary } from "../summary/types";
import { TREND, termByCode } from "../vocabulary/vocabularies";
import { changePhrase, formatValue, termText, reportTerm } from "./format";
import type { KeyFigure } from "./types";

const WORDS = {
  sv: {
    missing: "uppgift saknas",
    baseline: "utgångsvärdet",
    against: "mot",
    notComparable: "kan inte jämföras",
    target: "målvärde",
    met: "uppnått",
    notMet: "inte uppnått",
    cannotTell: "kan inte bedömas",
    baselineYear: (year: number) => `${year} ingår i utgångsvärdet och bedöms inte mot målvärdet`,
    partYear: (year: number, part: string) => `${year} avser bara ${part}`,
    trend: "trend",
  },
  en: {
    missing: "no data",
    baseline: "the baseline",
    against: "against",
    notComparable: "cannot be compared",
    target: "target",
    met: "met",
    notMet: "not met",
    cannotTell: "cannot be judged",
    baselineYear: (year: number) => `${year} is part of the baseline and is not judged against the target`,
    partYear: (year: number, part: string) => `${year} covers ${part} only`,
    trend: "trend",
  },
} as const;

/**
 * A guideline's indicator in one line: the year's value, last year's, the change against the
 * programme's baseline (e.g. a removal cost against the 2018–2019 average) and whether the
 * target is met (e.g. the share removed within 48 hours against 100 %).
 */
export function keyFigure(row: ProgrammeRow, ind: IndicatorSummary, year: number, lang: Lang): KeyFigure {
  const w = WORDS[lang];
  const unit = ind.unit;
  const parts: string[] = [`${year}: ${ind.value === null ? w.missing : formatValue(ind.value, unit, lang)}`];
  if (ind.lastYear !== null) {
    // A comparison with a part of a year says so ("2018 avser bara januari–november").
    const part = ind.lastYearPeriod ?? null;
    parts.push(
      `${year - 1}: ${formatValue(ind.lastYear, unit, lang)}${part === null ? "" : ` (${w.partYear(year - 1, part)})`}`
    );
  }
  const baseline = ind.baseline ?? row.indicator?.baseline ?? null;
  if (ind.baselineYear === true) {
    parts.push(w.baselineYear(year));
  } else if (baseline !== null) {
    const label = row.indicator?.baselineLabel ?? w.baseline;
    const change = ind.changeFromBaseline ?? null;
    parts.push(
      `${w.against} ${label} (${formatValue(baseline, unit, lang)}): ${change === null ? w.notComparable : changePhrase(change, lang)}`
    );
  }
  if (ind.target !== null && ind.baselineYear !== true) {
    const verdict = ind.meetsTarget === null ? w.cannotTell : ind.meetsTarget ? w.met : w.notMet;
    parts.push(`${w.target} ${formatValue(ind.target, unit, lang)}: ${verdict}`);
  }
  parts.push(`${w.trend}: ${termText(reportTerm(termByCode(TREND, ind.trend), lang))}`);
  return { rowId: row.id, text: row.text.text, figures: parts.join("; ") };
}
