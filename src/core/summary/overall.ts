import type { Thresholds } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import type { OverallReasonKey } from "./reasons";
import type { AreaSummary, Suggestion } from "./types";

/**
 * How far from on track each assessment is, for the overall suggestion and for sorting. Areas
 * that cannot be assessed are set aside by suggestOverall before it compares; the rank of
 * "Kan inte bedömas" matters only where areas are listed by how much attention they need.
 */
export const ASSESSMENT_SEVERITY: Readonly<Record<Assessment, number>> = {
  onTrack: 0,
  partly: 1,
  cannotAssess: 2,
  notOnTrack: 3,
};

export interface ProgrammeTally {
  readonly rows: number;
  readonly reported: number;
  readonly assessed: number;
  readonly onTrack: number;
  readonly shareOnTrack: number | null;
}

/**
 * The overall suggestion, in three steps a coordinator can follow:
 *  1. Areas and guidelines that cannot be assessed this year are set aside and named. If they
 *     are more than `1 − minReported` of them (with the default 0.5: more than half), the
 *     programme as a whole cannot be assessed either.
 *  2. Otherwise the least favourable suggestion among the rest is the overall suggestion
 *     (an area or guideline off track means the whole is not fully on track).
 *  3. The reason names the areas and guidelines behind it and those set aside.
 * Guidelines count as areas: their yearly follow-up is part of the programme's.
 */
export function suggestOverall(
  areas: readonly AreaSummary[],
  totals: ProgrammeTally,
  thresholds: Thresholds
): Suggestion {
  const assessable = areas.filter((a) => a.suggestion.assessment !== "cannotAssess");
  const unassessed = areas.filter((a) => a.suggestion.assessment === "cannotAssess");
  const tooMany = areas.length === 0 || assessable.length / areas.length < thresholds.minReported;
  const worst: Assessment = tooMany
    ? "cannotAssess"
    : assessable.reduce<Assessment>(
        (acc, a) =>
          ASSESSMENT_SEVERITY[a.suggestion.assessment] > ASSESSMENT_SEVERITY[acc] ? a.suggestion.assessment : acc,
        "onTrack"
      );
  const behind = worst === "onTrack" ? [] : areas.filter((a) => a.suggestion.assessment === worst);
  const key: OverallReasonKey = tooMany
    ? "overall.tooManyUnassessed"
    : worst === "onTrack"
      ? "overall.allOnTrack"
      : "overall.worstOf";
  const idsOf = (list: readonly AreaSummary[], kind: AreaSummary["kind"]): string =>
    list
      .filter((a) => a.kind === kind)
      .map((a) => a.areaId)
      .join(", ");
  const params: Record<string, string | number> = {
    areaCount: areas.length,
    assessableCount: assessable.length,
    pulledDown: behind.length,
    areaIds: idsOf(behind, "area"),
    guidelineIds: idsOf(behind, "guideline"),
    unassessed: unassessed.length,
    unassessedAreaIds: idsOf(unassessed, "area"),
    unassessedGuidelineIds: idsOf(unassessed, "guideline"),
    indicatorsWorseIds: areas
      .flatMap((a) => a.indicators.filter((i) => i.trend === "worse").map((i) => i.rowId))
      .join(", "),
    rows: totals.rows,
    reported: totals.reported,
    assessed: totals.assessed,
    onTrack: totals.onTrack,
    thresholdOnTrack: thresholds.onTrack,
    thresholdPartly: thresholds.partly,
    thresholdMinReported: thresholds.minReported,
  };
  if (totals.shareOnTrack !== null) {
    params.shareOnTrack = totals.shareOnTrack;
  }
  return { assessment: worst, reasonKey: key, reasonParams: params };
}
