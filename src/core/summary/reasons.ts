/**
 * Message keys of a suggestion's reason, and the parameters each carries. The sentences are in
 * `i18n/summary-messages.ts`; here only the contract between the rules and the renderer.
 *
 * Every area reason carries the same facts, so a renderer (or a test) can quote any of them:
 *   rows, reported, reportedShare          rows in the area, rows reported, reported / rows
 *   assessed, onTrack, shareOnTrack        rows counted for the share on track (shareOnTrack left
 *                                          out when nothing was assessed)
 *   thresholdOnTrack, thresholdPartly, thresholdMinReported   the programme's thresholds (0–1)
 *   goalsNotOnTrack, goalsPartly, indicatorsWorse              counts
 *   goalsNotOnTrackIds, goalsPartlyIds, indicatorsWorseIds     row IDs joined by ", "
 *   indicatorsWithData                     indicators with both this year's and last year's value
 *   decisiveWorse, decisiveWorseIds        worse indicators the programme makes decisive
 * Overall reasons carry:
 *   areaCount, assessableCount  areas and guidelines summarised, those that can be assessed
 *   pulledDown                how many share the overall suggestion (0 when on track)
 *   areaIds, guidelineIds     those of them, by kind, IDs joined by ", " ("" when none)
 *   unassessed, unassessedAreaIds, unassessedGuidelineIds   those set aside as not assessable
 *   indicatorsWorseIds        every indicator worse than last year (to watch)
 *   rows, reported, assessed, onTrack, shareOnTrack (as above, over the whole programme)
 */
export const AREA_REASON_KEYS = [
  "area.tooFewReported",
  "area.nothingAssessed",
  "area.goalNotOnTrack",
  "area.belowPartly",
  "area.belowOnTrack",
  "area.goalPartly",
  "area.indicatorWorse",
  "area.onTrack",
] as const;
export type AreaReasonKey = (typeof AREA_REASON_KEYS)[number];

export const OVERALL_REASON_KEYS = ["overall.allOnTrack", "overall.worstOf", "overall.tooManyUnassessed"] as const;
export type OverallReasonKey = (typeof OVERALL_REASON_KEYS)[number];

export type ReasonKey = AreaReasonKey | OverallReasonKey;

export function isReasonKey(key: string): key is ReasonKey {
  return (
    (AREA_REASON_KEYS as readonly string[]).includes(key) || (OVERALL_REASON_KEYS as readonly string[]).includes(key)
  );
}
