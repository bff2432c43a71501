import { buildWorkbookPlan, collectEntries, summarise } from "../core";
import type { CoordinatorChoice, CoordinatorChoices, Programme, SheetPlan, WorkbookMeta, WorkbookRead } from "../core";
import type { ChoiceEdit } from "./service";

/**
 * The coordinator's edits from the Summary screen over the choices the sheet holds: an edit
 * replaces its key's assessment and text, and its "Genomfört under året" only when the edit
 * carries one (a field never touched leaves the sheet's text as it is).
 */
export function withEdits(choices: CoordinatorChoices, edits: readonly ChoiceEdit[]): CoordinatorChoices {
  const out: Record<string, CoordinatorChoice> = { ...choices };
  for (const e of edits) {
    out[e.key] = {
      assessment: e.assessment,
      raw: null,
      text: e.text,
      done: e.done === undefined ? (choices[e.key]?.done ?? null) : e.done,
    };
  }
  return out;
}

/**
 * The summary sheet as it should stand after the coordinator's edits, computed from the rows as
 * they stand: the plan of that one sheet, which the adapter compares with the sheet and writes
 * only where it differs.
 */
export function summarySheetAfterEdits(
  read: WorkbookRead,
  programme: Programme,
  meta: WorkbookMeta,
  edits: readonly ChoiceEdit[]
): SheetPlan {
  const choices = withEdits(read.choices, edits);
  const summary = summarise(programme, collectEntries(read, programme), { year: meta.year, choices });
  const plan = buildWorkbookPlan(programme, { year: meta.year, summary, choices, meta }).sheets.find(
    (s) => s.role === "summary"
  );
  if (plan === undefined) throw new Error("plan error: no summary sheet");
  return plan;
}
