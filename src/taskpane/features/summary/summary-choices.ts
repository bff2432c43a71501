import type { Assessment } from "../../../core";
import type { ChoiceEdit, FollowupState } from "../../../app/service";

/**
 * The coordinator's choices as the Summary screen edits them, keyed by area ID and "overall".
 * A suggestion is only ever shown beside a choice: nothing here copies a suggestion into one
 * (the user does, with "Use the suggestion"), and a re-read replaces only what the user has not
 * touched.
 */
export const OVERALL = "overall";

export interface ChoiceDraft {
  readonly assessment: Assessment | null;
  readonly text: string;
  /** A label in the sheet that is no assessment ("i fas?"): kept until the user picks one. */
  readonly raw: string | null;
  /**
   * An area's "Genomfört under året": the coordinator's text from the sheet, else the draft from the
   * rows. Written only once the user has edited it (`doneEdited`), so an untouched draft never
   * passes for the coordinator's own text.
   */
  readonly done: string;
  readonly doneEdited: boolean;
  /** The sheet holds a text of the coordinator's (the field does not show the draft). */
  readonly doneWritten: boolean;
}
export type ChoiceDrafts = Readonly<Record<string, ChoiceDraft>>;

/** What the sheet holds; the overall text starts as the drafted sentence when the sheet has none. */
export function choicesFromState(state: FollowupState): ChoiceDrafts {
  const drafts: Record<string, ChoiceDraft> = {};
  const rawOf = (key: string, assessment: Assessment | null): string | null =>
    assessment === null ? (state.choices[key]?.raw ?? null) : null;
  for (const area of state.summary.areas) {
    const written = area.done ?? null;
    drafts[area.areaId] = {
      assessment: area.chosen,
      text: area.text ?? "",
      raw: rawOf(area.areaId, area.chosen),
      done: written ?? area.doneDraft ?? "",
      doneEdited: false,
      doneWritten: written !== null,
    };
  }
  const overall = state.summary.overall;
  drafts[OVERALL] = {
    assessment: overall.chosen,
    text: overall.text ?? overall.draftText,
    raw: rawOf(OVERALL, overall.chosen),
    done: "",
    doneEdited: false,
    doneWritten: false,
  };
  return drafts;
}

/** After a re-read: what the user touched stays as typed; the rest follows the sheet. */
export function mergeReread(current: ChoiceDrafts, touched: ReadonlySet<string>, fresh: ChoiceDrafts): ChoiceDrafts {
  const merged: Record<string, ChoiceDraft> = { ...fresh };
  for (const key of touched) {
    const mine = current[key];
    if (mine !== undefined) merged[key] = mine;
  }
  return merged;
}

/** Keys the user changed but left without an assessment where the sheet has an unknown label. */
export function unresolved(drafts: ChoiceDrafts, touched: ReadonlySet<string>): string[] {
  return [...touched].filter((key) => {
    const d = drafts[key];
    return d !== undefined && d.assessment === null && d.raw !== null;
  });
}

/**
 * The edits to write: every choice, except one whose sheet label is unknown and that the user
 * has not touched — it is left in the sheet as it is, so nothing typed there is lost.
 */
export function choiceEdits(drafts: ChoiceDrafts, touched: ReadonlySet<string>): ChoiceEdit[] {
  return Object.entries(drafts)
    .filter(([key, d]) => !(d.raw !== null && d.assessment === null && !touched.has(key)))
    .map(([key, d]) => ({
      key,
      assessment: d.assessment,
      text: d.text.trim() === "" ? null : d.text,
      ...(d.doneEdited ? { done: d.done.trim() === "" ? null : d.done } : {}),
    }));
}
