import type { Area, Department, IndicatorSpec, ProgrammeRow } from "../programme/schema";
import type { RowEntry } from "../read/types";
import { ACTIVITY_STATUS, ASSESSMENT } from "../vocabulary/vocabularies";
import type { ActivityStatus, Assessment } from "../vocabulary/vocabularies";
import { UNRECOGNISED, UNREPORTED } from "./counts";
import { changeFromBaseline, indicatorTrend, meetsTarget } from "./indicator-trend";
import type { OnTrackClass } from "./on-track";
import { ACTIVITY_ON_TRACK, GOAL_ON_TRACK } from "./on-track";
import type { IndicatorSummary } from "./types";

/** One programme row as the summary sees it, after its entry (if any) was applied. */
export interface RowOutcome {
  readonly row: ProgrammeRow;
  readonly area: Area;
  /** The department responsible: the entry's, if set, else the programme's. */
  readonly department: string;
  readonly reported: boolean;
  /** A code of the row's vocabulary, "unreported" or "unrecognised"; null for an indicator. */
  readonly countKey: string | null;
  readonly onTrackClass: OnTrackClass | null;
  readonly goalAssessment: Assessment | null;
  readonly indicator: IndicatorSummary | null;
}

const isActivityStatus = (code: string): code is ActivityStatus => ACTIVITY_STATUS.some((t) => t.code === code);
const isAssessment = (code: string): code is Assessment => ASSESSMENT.some((t) => t.code === code);

/**
 * A department as typed may differ in case or spacing from the programme's code ("ksf ");
 * it counts for that department. An unknown code is kept as typed (trimmed): the check flags it,
 * and the progress table shows it rather than hiding the rows.
 */
export function resolveDepartment(typed: string | null, fallback: string, departments: readonly Department[]): string {
  const trimmed = typed?.trim() ?? "";
  if (trimmed === "") {
    return fallback;
  }
  const known = departments.find((d) => d.code.toLowerCase() === trimmed.toLowerCase());
  return known?.code ?? trimmed;
}

function statusOutcome(
  row: ProgrammeRow,
  entry: RowEntry | undefined
): Pick<RowOutcome, "countKey" | "onTrackClass" | "goalAssessment" | "reported"> {
  const status = entry?.status ?? null;
  const reportedByEntry = entry?.reported ?? false;
  if (row.type === "activity" && status !== null && isActivityStatus(status)) {
    return { countKey: status, onTrackClass: ACTIVITY_ON_TRACK[status], goalAssessment: null, reported: true };
  }
  if (row.type === "goal" && status !== null && isAssessment(status)) {
    return { countKey: status, onTrackClass: GOAL_ON_TRACK[status], goalAssessment: status, reported: true };
  }
  // Filled in but not readable as a term of the row's vocabulary: counted as unrecognised (the
  // check reports it), never as reported.
  const filled = reportedByEntry || status !== null;
  return { countKey: filled ? UNRECOGNISED : UNREPORTED, onTrackClass: null, goalAssessment: null, reported: false };
}

function indicatorOutcome(
  row: ProgrammeRow,
  area: Area,
  entry: RowEntry | undefined,
  year: number
): IndicatorSummary | null {
  const spec = row.indicator;
  if (row.type !== "indicator" || spec === null) {
    return null;
  }
  const value = entry?.value ?? null;
  // Last year's value as entered; if the cell is empty, the programme's history for that year.
  const lastYear = entry?.lastYear ?? spec.history[String(year - 1)] ?? null;
  const { baseline, target } = baselineAndTarget(spec, year, value, lastYear);
  const baselineYear = (spec.baselineYears ?? []).includes(year);
  return {
    rowId: row.id,
    areaId: area.id,
    value,
    lastYear,
    target,
    unit: spec.unit,
    trend: indicatorTrend(value, lastYear, spec.betterWhen),
    // A year that makes the baseline is not judged against the target set from it.
    meetsTarget: baselineYear ? null : meetsTarget(value, target, spec.betterWhen),
    betterWhen: spec.betterWhen,
    baseline,
    changeFromBaseline: baselineYear ? null : changeFromBaseline(value, baseline),
    decisive: spec.decisive ?? false,
    lastYearPeriod: spec.periodNotes?.[String(year - 1)] ?? null,
    baselineYear,
  };
}

/**
 * The baseline: the average of its years' values where the programme names the years (each year's
 * value from this year's entry, last year's, or the history), else the programme's fixed figure;
 * null while a year's value is missing. The target: the baseline changed by `targetChange` where
 * the programme sets it so, else the fixed target.
 */
export function baselineAndTarget(
  spec: IndicatorSpec,
  year: number,
  value: number | null,
  lastYear: number | null
): { baseline: number | null; target: number | null } {
  const years = spec.baselineYears ?? [];
  const valueIn = (y: number): number | null =>
    y === year ? value : y === year - 1 ? lastYear : (spec.history[String(y)] ?? null);
  const values = years.map(valueIn);
  const baseline =
    years.length === 0
      ? spec.baseline
      : values.every((v): v is number => v !== null)
        ? values.reduce((a, b) => a + b, 0) / values.length
        : null;
  const target =
    spec.targetChange === undefined ? spec.target : baseline === null ? null : baseline * (1 + spec.targetChange);
  return { baseline, target };
}

export function rowOutcome(
  row: ProgrammeRow,
  area: Area,
  entry: RowEntry | undefined,
  year: number,
  departments: readonly Department[]
): RowOutcome {
  const department = resolveDepartment(entry?.department ?? null, row.department, departments);
  if (row.type === "indicator") {
    const indicator = indicatorOutcome(row, area, entry, year);
    const reported = (entry?.reported ?? false) || (indicator?.value ?? null) !== null;
    return { row, area, department, reported, countKey: null, onTrackClass: null, goalAssessment: null, indicator };
  }
  return { row, area, department, indicator: null, ...statusOutcome(row, entry) };
}
