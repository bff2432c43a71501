import type { Area, ProgrammeRow } from "../programme/schema";
import type { RowEntry } from "../read/types";

/**
 * A first version of an area's "Genomfört under året" for the committee, built from what the
 * departments wrote on their rows: one paragraph per goal (the goal's own text first, then its
 * activities' and indicators'), then one for work not tied to a goal. A sentence that two rows
 * share is told once; row IDs and statuses stay out of it, since the committee reads prose. The
 * coordinator is expected to edit it; it is only a draft.
 */

/**
 * Sentences of a text, each ending with its mark: split where . ! ? is followed by a capital or a
 * digit, so "t.ex. skolor" stays whole.
 */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖÉÜ0-9])/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`));
}

/** How two sentences are judged the same: case, spacing and the final mark aside. */
function sentenceKey(s: string): string {
  return s
    .toLocaleLowerCase("sv")
    .replace(/[.!?]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function withoutFinalMark(text: string): string {
  return text.trim().replace(/[.!?]+$/, "");
}

export const DONE_DRAFT_OTHER_LEAD = "Utöver målen";

export interface DoneGroup {
  /** The goal's text, or null for work tied to no goal. */
  readonly goal: string | null;
  readonly sentences: readonly string[];
}

/** The groups of the draft, in the programme's order; a goal nothing was written for is left out. */
export function doneGroups(area: Area, entries: ReadonlyMap<string, Pick<RowEntry, "done">>): DoneGroup[] {
  const seen = new Set<string>();
  const fresh = (rows: readonly ProgrammeRow[]): string[] =>
    rows.flatMap((row) => {
      const done = entries.get(row.id)?.done ?? null;
      // A formula in the cell is no sentence (the check asks for the text instead).
      if (done === null || done.trimStart().startsWith("=")) return [];
      return sentencesOf(done).filter((s) => {
        const key = sentenceKey(s);
        if (key === "" || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });
  const goals = area.rows.filter((r) => r.type === "goal");
  const goalIds = new Set(goals.map((g) => g.id));
  const groups: DoneGroup[] = goals.map((goal) => ({
    goal: withoutFinalMark(goal.text.text),
    sentences: fresh([goal, ...area.rows.filter((r) => r.type !== "goal" && r.goalId === goal.id)]),
  }));
  groups.push({
    goal: null,
    sentences: fresh(area.rows.filter((r) => r.type !== "goal" && (r.goalId === null || !goalIds.has(r.goalId)))),
  });
  return groups.filter((g) => g.sentences.length > 0);
}

/** The draft as the cell and the Summary screen hold it: paragraphs separated by an empty line. */
export function draftDoneText(area: Area, entries: ReadonlyMap<string, Pick<RowEntry, "done">>): string {
  return doneGroups(area, entries)
    .map((g) => `${g.goal === null ? DONE_DRAFT_OTHER_LEAD : `Till målet ”${g.goal}”`}: ${g.sentences.join(" ")}`)
    .join("\n\n");
}

/** A coordinator's text as paragraphs for the report: split on empty lines, lines within kept together. */
export function doneParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "");
}
