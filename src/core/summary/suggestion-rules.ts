import type { Thresholds } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import type { AreaReasonKey } from "./reasons";
import type { Suggestion } from "./types";

/** What the suggestion for an area (or guideline) is decided from. */
export interface AreaFacts {
  readonly rows: number;
  readonly reported: number;
  /** Goals and activities counted for the share on track (see on-track.ts), and those on track. */
  readonly assessed: number;
  readonly onTrack: number;
  readonly shareOnTrack: number | null;
  readonly goalsNotOnTrackIds: readonly string[];
  readonly goalsPartlyIds: readonly string[];
  /** Indicators worse than last year: named as things to watch. */
  readonly indicatorsWorseIds: readonly string[];
  /** Those of them the programme makes decisive: they change the suggestion. */
  readonly decisiveWorseIds: readonly string[];
  /** Indicators with a trend (both this year's and last year's value). */
  readonly indicatorsWithData: number;
}

interface SuggestionRule {
  readonly key: AreaReasonKey;
  readonly assessment: Assessment;
  readonly applies: (f: AreaFacts, t: Thresholds) => boolean;
}

const reportedShare = (f: AreaFacts): number => (f.rows === 0 ? 0 : f.reported / f.rows);
const shareBelow = (f: AreaFacts, limit: number): boolean => f.shareOnTrack !== null && f.shareOnTrack < limit;

/**
 * The suggested assessment, as an ordered table: the first rule that applies decides. Every
 * comparison is strict, so a share exactly at a threshold passes it (80 % with onTrack 0.8 is
 * "I fas"; reported exactly minReported can be assessed).
 *   1. Kan inte bedömas  reported rows / rows < minReported
 *   2. Kan inte bedömas  no goal or activity counted for the share and no indicator with a trend
 *   3. Ej i fas          any goal assessed "Ej i fas"
 *   4. Ej i fas          share on track < partly
 *   5. Delvis i fas      share on track < onTrack
 *   6. Delvis i fas      any goal assessed "Delvis i fas"
 *   7. Delvis i fas      an indicator the programme makes decisive is worse than last year
 *   8. I fas             otherwise
 * Goals and activities decide; indicators inform: one worse than last year is named in the
 * reason as something to watch, and changes the suggestion only where the programme marks it
 * decisive (a police statistic that moves with reporting habits should not overrule the
 * departments' own judgement of their goals). Rules 4 and 5 do not apply when nothing was
 * counted for the share (an area of indicators only is then judged by rules 7 and 8).
 */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  { key: "area.tooFewReported", assessment: "cannotAssess", applies: (f, t) => reportedShare(f) < t.minReported },
  {
    key: "area.nothingAssessed",
    assessment: "cannotAssess",
    applies: (f) => f.assessed === 0 && f.indicatorsWithData === 0,
  },
  { key: "area.goalNotOnTrack", assessment: "notOnTrack", applies: (f) => f.goalsNotOnTrackIds.length > 0 },
  { key: "area.belowPartly", assessment: "notOnTrack", applies: (f, t) => shareBelow(f, t.partly) },
  { key: "area.belowOnTrack", assessment: "partly", applies: (f, t) => shareBelow(f, t.onTrack) },
  { key: "area.goalPartly", assessment: "partly", applies: (f) => f.goalsPartlyIds.length > 0 },
  { key: "area.indicatorWorse", assessment: "partly", applies: (f) => f.decisiveWorseIds.length > 0 },
  { key: "area.onTrack", assessment: "onTrack", applies: () => true },
];

function reasonParams(f: AreaFacts, t: Thresholds): Record<string, string | number> {
  const params: Record<string, string | number> = {
    rows: f.rows,
    reported: f.reported,
    reportedShare: reportedShare(f),
    assessed: f.assessed,
    onTrack: f.onTrack,
    thresholdOnTrack: t.onTrack,
    thresholdPartly: t.partly,
    thresholdMinReported: t.minReported,
    goalsNotOnTrack: f.goalsNotOnTrackIds.length,
    goalsNotOnTrackIds: f.goalsNotOnTrackIds.join(", "),
    goalsPartly: f.goalsPartlyIds.length,
    goalsPartlyIds: f.goalsPartlyIds.join(", "),
    indicatorsWorse: f.indicatorsWorseIds.length,
    indicatorsWorseIds: f.indicatorsWorseIds.join(", "),
    decisiveWorse: f.decisiveWorseIds.length,
    decisiveWorseIds: f.decisiveWorseIds.join(", "),
    indicatorsWithData: f.indicatorsWithData,
  };
  if (f.shareOnTrack !== null) {
    params.shareOnTrack = f.shareOnTrack;
  }
  return params;
}

export function suggestForArea(facts: AreaFacts, thresholds: Thresholds): Suggestion {
  const rule = SUGGESTION_RULES.find((r) => r.applies(facts, thresholds));
  // The last rule always applies; the fallback only satisfies the type checker.
  const decided = rule ?? { key: "area.onTrack" as const, assessment: "onTrack" as const };
  return { assessment: decided.assessment, reasonKey: decided.key, reasonParams: reasonParams(facts, thresholds) };
}
