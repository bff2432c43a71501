import { DATA_SHEET, followupPlan } from "../../core";
import type { Lang, Programme, SheetPlan, WorkbookPlan } from "../../core";
import { SHEET_VISIBILITY, applyLayout, applyTablesAndRules } from "../apply-sheet";
import { ownError } from "../errors";
import type { RunState } from "../run";
import type { OnProgress } from "../../app/service";
import { findSheet, queueSheetList, sheetInfos } from "../sheets";
import { WriteSession } from "../write-session";
import { validProgramme } from "./valid-programme";

export interface NewSheet {
  readonly ws: Excel.Worksheet;
  readonly plan: SheetPlan;
}

/**
 * Every sheet of a plan, created and written: layout and blocks first, then tables and rules (two
 * requests for a workbook of normal size; the first is split only when it would pass 5 MB).
 * Hidden sheets are hidden last, when the visible ones exist.
 */
export async function writePlanSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetPlan[],
  session: WriteSession,
  progress: (step: string, done: number) => void
): Promise<NewSheet[]> {
  progress("progress.writingSheets", 1);
  await session.reserve();
  const created = sheets.map((plan) => ({ ws: context.workbook.worksheets.add(plan.name), plan }));
  for (const { ws, plan } of created) {
    await applyLayout(ws, plan, session);
  }
  await session.endPhase();
  progress("progress.formatting", 2);
  for (const { ws, plan } of created) {
    await applyTablesAndRules(ws, plan, session);
  }
  await session.reserve();
  for (const { ws, plan } of created) {
    if (plan.visibility !== "visible") ws.visibility = SHEET_VISIBILITY[plan.visibility];
  }
  return created;
}

export function addNames(context: Excel.RequestContext, plan: WorkbookPlan): void {
  for (const n of plan.names) {
    context.workbook.names.add(n.name, n.refersTo);
  }
}

/**
 * Generate: the follow-up workbook for `programme` and `year`, written into the open workbook.
 * Refuses a workbook that already is a follow-up workbook, and one with a sheet of a name the plan
 * needs; the one empty sheet a new workbook starts with is removed once the plan's sheets stand.
 * The new sheets come after the workbook's own (a "Budget 2019" stays the first sheet it was).
 * Syncs: 1 to look, then the writes (2 for a workbook of normal size).
 */
export async function generate(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  given: Programme,
  year: number,
  now: Date,
  onProgress?: OnProgress
): Promise<void> {
  const total = 3;
  const programme = validProgramme(given, lang);
  const progress = (step: string, done: number): void => onProgress?.({ step, done, total });
  progress("progress.preparing", 0);
  const session = new WriteSession(context, state);
  const list = queueSheetList(context);
  const dataSheet = context.workbook.worksheets.getItemOrNullObject(DATA_SHEET);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const activeUsed = active.getUsedRangeOrNullObject(false);
  const names = context.workbook.names;
  names.load("items/name");
  session.open();
  await context.sync();

  if (!dataSheet.isNullObject) throw ownError({ kind: "alreadyAFollowupWorkbook", year: null });
  const infos = sheetInfos(list);
  const { plan } = followupPlan({
    programme,
    year,
    values: new Map(),
    choices: {},
    retired: [],
    closed: false,
    now,
  });
  for (const sheet of plan.sheets) {
    if (findSheet(infos, sheet.name) !== undefined) throw ownError({ kind: "sheetExists", sheet: sheet.name });
  }
  const taken = new Set(names.items.map((n) => n.name.toLowerCase()));
  const clash = plan.names.find((n) => taken.has(n.name.toLowerCase()));
  if (clash !== undefined) throw ownError({ kind: "nameExists", name: clash.name });
  const blankSheet = infos.length === 1 && activeUsed.isNullObject ? active.name : null;

  const created = await writePlanSheets(context, plan.sheets, session, progress);
  addNames(context, plan);
  created[0]?.ws.activate();
  if (blankSheet !== null) context.workbook.worksheets.getItem(blankSheet).delete();
  await session.close();
  state.readSize.rememberPlan(plan);
  progress("progress.saving", total);
}
