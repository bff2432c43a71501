import type { Thresholds } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import type { OverallReasonKey } from "./reasons";
import type { AreaSummary, Suggestion } from "./types";

/**
 * How bad each assessment is, for the overall "worst area decides" rule. "Kan inte bedömas"
 * ranks above "Delvis i fas": an area nobody can judge might hide anything, so the whole cannot
 * be called on track or partly on track; but a known "Ej i fas" says more than an unknown, so it
 * ranks highest.
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
 * The overall suggestion: the worst suggestion among all areas AND guidelines (the guidelines'
 * yearly follow-up is part of the programme's follow-up, so a guideline off track pulls the whole
 * down too). The reason names the areas and guidelines with that worst suggestion.
 */
export function suggestOverall(
  areas: readonly AreaSummary[],
  totals: ProgrammeTally,
  thresholds: Thresholds
): Suggestion {
  const worst = areas.reduce<Assessment>(
    (acc, a) =>
      ASSESSMENT_SEVERITY[a.suggestion.assessment] > ASSESSMENT_SEVERITY[acc] ? a.suggestion.assessment : acc,
    "onTrack"
  );
  const behind = areas.filter((a) => a.suggestion.assessment === worst);
  const key: OverallReasonKey = worst === "onTrack" ? "overall.allOnTrack" : "overall.worstOf";
  const params: Record<string, string | number> = {
    areaCount: areas.length,
    pulledDown: worst === "onTrack" ? 0 : behind.length,
    areaIds:
      worst === "onTrack"
        ? ""
        : behind
            .filter((a) => a.kind === "area")
            .map((a) => a.areaId)
            .join(", "),
    guidelineIds:
      worst === "onTrack"
        ? ""
        : behind
            .filter((a) => a.kind === "guideline")
            .map((a) => a.areaId)
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
