import type { ActivityStatus, Assessment } from "../vocabulary/vocabularies";

/**
 * What "share on track" counts, as data.
 *
 * shareOnTrack = on track / (on track + not on track), over the goals and activities of an area
 * (or department, or the programme) whose status is a recognised code of their own vocabulary.
 *   - goals: "I fas" is on track; "Delvis i fas" and "Ej i fas" are not;
 *   - activities: "Genomförd" and "Pågår" are on track; "Försenad" and "Ej påbörjad" are not;
 *   - excluded from both numerator and denominator: "Utgår" (a dropped activity is neither
 *     progress nor delay; its required comment explains it) and "Kan inte bedömas" (no judgement
 *     was made, so it cannot count either way);
 *   - rows not reported, or with a status that could not be recognised, are not counted;
 *   - indicators are not counted here: they enter the suggestion through their trend.
 * With nothing counted the share is null (not 0): "nothing assessed" is not "nothing on track".
 */
export type OnTrackClass = "onTrack" | "notOnTrack" | "excluded";

export const ACTIVITY_ON_TRACK: Readonly<Record<ActivityStatus, OnTrackClass>> = {
  done: "onTrack",
  ongoing: "onTrack",
  delayed: "notOnTrack",
  notStarted: "notOnTrack",
  dropped: "excluded",
};

export const GOAL_ON_TRACK: Readonly<Record<Assessment, OnTrackClass>> = {
  onTrack: "onTrack",
  partly: "notOnTrack",
  notOnTrack: "notOnTrack",
  cannotAssess: "excluded",
};

/** Numerator and denominator of a share on track, so shares can be pooled exactly. */
export interface OnTrackTally {
  readonly assessed: number;
  readonly onTrack: number;
}

export function tallyOnTrack(classes: readonly (OnTrackClass | null)[]): OnTrackTally {
  let assessed = 0;
  let onTrack = 0;
  for (const c of classes) {
    if (c === "onTrack" || c === "notOnTrack") {
      assessed++;
      if (c === "onTrack") {
        onTrack++;
      }
    }
  }
  return { assessed, onTrack };
}

export function shareOf(tally: OnTrackTally): number | null {
  return tally.assessed === 0 ? null : tally.onTrack / tally.assessed;
}
