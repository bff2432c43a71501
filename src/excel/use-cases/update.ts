import {
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  changedCells,
  DATA_SHEET,
  followupPlan,
  isFormula,
  planUpdate,
  SUMMARY_SHEET,
  wantedCells,
} from "../../core";
import type { Lang, Programme, SheetGrid, SheetPlan, WorkbookPlan } from "../../core";
import { MARKS_KEY } from "../addin-state";
import { applyConditionalFormats, applyFrozen, applyPrint, applyProtection, applyRowHeights } from "../apply-sheet";
import { queueWriteBlocks, writeBlocks } from "../diff";
import { diffSheet, gridNamed, replaceSheet, tableFits, type SheetWriter } from "../own-sheets";
import { OPERATION_BYTES, jsonBytes } from "../payload";
import { ProtectionGuard } from "../protection";
import type { RunState } from "../run";
import type { OnProgress, UpdateOutcome } from "../../app/service";
import { findSheet, type SheetInfo } from "../sheets";
import { takeSnapshot, type Snapshot } from "../snapshot";
import { hexColour } from "../units";
import { applyValidations } from "../validations";
import { WriteSession } from "../write-session";
import { planAreaLayouts, type AreaLayout as PlannedLayout } from "../../app/area-layouts";
import { requireFollowup } from "./read-state";
import { addNames } from "./generate";
import { validProgramme } from "./valid-programme";
import { refuseFor } from "./guards";

/**
 * Update in place: the workbook brought to a changed programme with the same guarantees as
 * `followup update` — the core's planUpdate matches rows by ID, carries every entered value, and
 * refuses (naming each row) where it would have to guess — but without rewriting sheets over other
 * people's entries:
 *
 * - An area sheet whose table still has the plan's columns keeps its rows where they are (a sorted
 *   table stays sorted). Rows the area gains are added at the end of its table (table.rows.add);
 *   rows it loses (moved to another area, or retired with their entries to "Utgångna rader") are
 *   deleted — after their entries were written to where they go. Of the cells that stay, only
 *   those whose content changes are written (a new text, a department the programme changed where
 *   nobody had typed one, a trend formula that now refers to another row): an entry somebody types
 *   in the meantime is never written over.
 * - The summary and the data sheet are the add-in's own: only their changed cells are written.
 * - Validations and conditional formats of the area tables are put back as the plan says, so
 *   problem marks are gone after an update (run the check again).
 *
 * What update in place cannot do without rewriting a sheet, and so does by replacing it (a new
 * sheet from the plan with the entries read in this run, then the old one deleted): an area sheet
 * whose table is missing or has other columns than the plan (e.g. a workbook from an older version),
 * the summary when the programme's areas change, the retired-rows sheet. What it does not do: put
 * rows back in the programme's order (only a new workbook does), resize columns or rows people
 * adjusted, or keep problem marks.
 *
 * Syncs: 2 to read, 1 to write for a workbook of normal size.
 */
export async function updateInPlace(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  nextProgramme: Programme,
  now: Date,
  onProgress?: OnProgress
): Promise<UpdateOutcome> {
  const progress = (step: string, done: number): void => onProgress?.({ step, done, total: 3 });
  const next = validProgramme(nextProgramme, lang);
  progress("progress.reading", 0);
  const session = new WriteSession(context, state);
  const snapshot = await takeSnapshot(context, state, session);
  // As `followup update`: a closed year is locked.
  const { meta } = requireFollowup(snapshot.read);
  refuseFor("update", snapshot.read);
  const result = planUpdate(snapshot.read, next);
  if (!result.ok) {
    await session.close();
    return { ok: false, conflicts: result.conflicts };
  }
  progress("progress.updating", 1);

  const content = {
    year: meta.year,
    values: result.values,
    choices: result.choices,
    retired: result.retired,
    closed: meta.closed,
    now,
    reopenings: snapshot.read.reopenings ?? [],
  };
  const layouts = areaLayouts(snapshot, next);
  // Kept area sheets keep their rows' order (a sorted table stays sorted); the data sheet and the
  // summary follow the programme's.
  const sheetRowOrder = new Map([...layouts].map(([id, l]) => [id, l.area.rows.map((r) => r.id)]));
  const plan = followupPlan({ ...content, programme: next, sheetRowOrder }).plan;

  const w: SheetWriter = { context, session, guard: new ProtectionGuard(state), snapshot };
  const finishers: (() => void)[] = [];
  const lateDeletes: (() => void)[] = [];

  // 1. Copies first: new and replaced sheets, rows added to kept areas — before anything is deleted.
  for (const [i, sheet] of plan.sheets.entries()) {
    if (sheet.role !== "area") continue;
    const layout = sheet.areaId === undefined ? undefined : layouts.get(sheet.areaId);
    if (layout === undefined || layout.kept === null) {
      const old = layout?.sheet === undefined ? undefined : findSheet(snapshot.sheets, layout.sheet.sheet);
      const replaced = await replaceSheet(w, old, sheet, temporaryName(i, sheet.name));
      finishers.push(replaced.finish);
    } else {
      await addRows(w, layout, sheet);
    }
  }
  const retiredPlan = plan.sheets.find((s) => s.role === "retired");
  const retiredInfo = findRetiredSheet(snapshot);
  if (retiredPlan !== undefined) {
    finishers.push((await replaceSheet(w, retiredInfo, retiredPlan, temporaryName(99, retiredPlan.name))).finish);
  } else if (retiredInfo !== undefined) {
    lateDeletes.push(() => context.workbook.worksheets.getItem(retiredInfo.name).delete());
  }
  const summaryPlan = sheetOf(plan, "summary");
  const summaryInfo = findSheet(snapshot.sheets, SUMMARY_SHEET);
  const summaryGrid = summaryInfo === undefined ? undefined : gridNamed(snapshot, summaryInfo.name);
  if (summaryInfo !== undefined && summaryGrid !== undefined && tableFits(snapshot, summaryInfo.name, summaryPlan)) {
    await diffSheet(w, summaryInfo, summaryPlan, summaryGrid, { clearOutside: planColumns(summaryPlan) });
  } else {
    finishers.push((await replaceSheet(w, summaryInfo, summaryPlan, temporaryName(0, summaryPlan.name))).finish);
  }

  // 2. Then the kept area sheets' own changes: rows deleted, changed cells, rules, protection.
  for (const sheet of plan.sheets) {
    const layout = sheet.areaId === undefined ? undefined : layouts.get(sheet.areaId);
    if (sheet.role === "area" && layout !== undefined && layout.kept !== null) {
      await updateAreaSheet(w, layout, sheet);
    }
  }
  for (const sheet of snapshot.read.areaSheets) {
    if (sheet.areaId !== null && !next.areas.some((a) => a.id === sheet.areaId)) {
      lateDeletes.push(() => context.workbook.worksheets.getItem(sheet.sheet).delete());
    }
  }

  // 3. The data sheet last: it carries the programme the rest now follows.
  const dataPlan = sheetOf(plan, "data");
  const dataInfo = findSheet(snapshot.sheets, DATA_SHEET);
  const dataGrid = dataInfo === undefined ? undefined : gridNamed(snapshot, dataInfo.name);
  if (dataInfo !== undefined && dataGrid !== undefined) {
    await diffSheet(w, dataInfo, dataPlan, dataGrid, { clearOutside: planColumns(dataPlan) });
  } else {
    finishers.push((await replaceSheet(w, undefined, dataPlan, dataPlan.name)).finish);
  }
  await session.reserve();
  lateDeletes.forEach((d) => d());
  finishers.forEach((f) => f());
  updateNames(context, snapshot, plan);
  plan.sheets.forEach((s, i) => {
    context.workbook.worksheets.getItem(s.name).position = i;
  });
  context.workbook.settings.add(MARKS_KEY, []);
  w.guard.restore();
  progress("progress.saving", 2);
  await session.close();
  state.readSize.rememberPlan(plan);
  progress("progress.saving", 3);
  const report = result.report;
  return { ok: true, added: report.added.length, retired: report.retired.length, moved: report.moved.length };
}

function temporaryName(i: number, name: string): string {
  return `~${i} ${name}`.slice(0, 31);
}

function sheetOf(plan: WorkbookPlan, role: SheetPlan["role"]): SheetPlan {
  const sheet = plan.sheets.find((s) => s.role === role);
  if (sheet === undefined) throw new Error(`plan error: no ${role} sheet`);
  return sheet;
}

function planColumns(plan: SheetPlan): { firstColumn: number; lastColumn: number } {
  let last = 1;
  for (const line of wantedCells(plan).values()) for (const column of line.keys()) last = Math.max(last, column);
  return { firstColumn: 1, lastColumn: last };
}

function findRetiredSheet(snapshot: Snapshot): SheetInfo | undefined {
  return snapshot.sheets.find((s) => s.name.toLowerCase() === "utgångna rader");
}

/** An area's layout (app/area-layouts.ts) with the kept sheet as this run read it. */
interface AreaLayout extends Omit<PlannedLayout, "kept"> {
  readonly kept: (NonNullable<PlannedLayout["kept"]> & { readonly info: SheetInfo; readonly grid: SheetGrid }) | null;
}

function areaLayouts(snapshot: Snapshot, next: Programme): Map<string, AreaLayout> {
  const read = (name: string): { info: SheetInfo; grid: SheetGrid } | null => {
    const info = findSheet(snapshot.sheets, name);
    const grid = gridNamed(snapshot, name);
    return info === undefined || grid === undefined ? null : { info, grid };
  };
  const planned = planAreaLayouts(snapshot.read, snapshot.tables, next, (name) => read(name) !== null);
  return new Map(
    [...planned].map(([id, layout]): [string, AreaLayout] => {
      const sheet = layout.sheet === undefined ? null : read(layout.sheet.sheet);
      return [id, { ...layout, kept: layout.kept === null || sheet === null ? null : { ...layout.kept, ...sheet } }];
    })
  );
}

/** The sheet name an area sheet keeps for now (renamed at the end if the plan says so). */
function currentName(layout: AreaLayout): string {
  return layout.kept?.info.name ?? layout.area.sheetName;
}

/**
 * Step 1 for a kept area sheet: the rows it gains, added at the end of its table and written in
 * full (number formats, then values), while the rows it loses are still there.
 */
async function addRows(w: SheetWriter, layout: AreaLayout, plan: SheetPlan): Promise<void> {
  const kept = layout.kept;
  const table = plan.tables[0];
  if (kept === null || table === undefined || kept.add === 0) return;
  const ws = w.context.workbook.worksheets.getItem(currentName(layout));
  await w.session.reserve(kept.add * AREA_COLUMNS.length * 3);
  w.guard.lift(ws, kept.info, false);
  const blank = Array.from({ length: kept.add }, () => AREA_COLUMNS.map(() => ""));
  ws.tables.getItem(kept.table).rows.add(undefined, blank);
  // Where the new rows stand now: below every current row of the table.
  const firstNew = AREA_TABLE_HEADER_ROW + 1 + kept.tableRows;
  const planFirst = table.rows.length - kept.add;
  const wanted = wantedCells({ ...plan, blocks: [], tables: [{ ...table, rows: table.rows.slice(planFirst) }] });
  const shifted: ReturnType<typeof wantedCells> = new Map();
  for (const [row, line] of wanted) {
    if (row === AREA_TABLE_HEADER_ROW) continue;
    // Formulas refer to the row where the cell ends up; they are written in step 2, once it is there.
    const constants = new Map(
      [...line].map(([column, cell]) => [column, isFormula(cell.value) ? { ...cell, value: null } : cell])
    );
    shifted.set(row - AREA_TABLE_HEADER_ROW - 1 + firstNew, constants);
  }
  const rows = new Set(shifted.keys());
  await queueWriteBlocks(
    ws,
    writeBlocks(changedCells(shifted, { name: "", cells: [] }, { fullRows: rows })),
    w.session
  );
}

/** The sheet's cells as they will stand once the rows are deleted and added, before any write. */
function gridAfterRows(layout: AreaLayout, plan: SheetPlan): SheetGrid {
  const kept = layout.kept;
  if (kept === null) return { name: plan.name, cells: [] };
  const headerRows = kept.grid.cells.slice(0, AREA_TABLE_HEADER_ROW);
  const stayRows = kept.stay.map((i) => kept.grid.cells[AREA_TABLE_HEADER_ROW + i] ?? []);
  const table = plan.tables[0];
  // The added rows as step 1 wrote them: constants only.
  const added = (table?.rows ?? []).slice(kept.stay.length).map((line) => line.map((c) => (isFormula(c) ? null : c)));
  return { name: plan.name, cells: [...headerRows, ...stayRows, ...added] };
}

/**
 * Step 2 for a kept area sheet: rows it lost deleted (bottom up), then only the cells that differ
 * from the plan written, the table's validations and conditional formats put back, new rows'
 * heights set, the view, print setup and protection as the plan says.
 */
async function updateAreaSheet(w: SheetWriter, layout: AreaLayout, plan: SheetPlan): Promise<void> {
  const kept = layout.kept;
  const table = plan.tables[0];
  if (kept === null || table === undefined) return;
  const ws = w.context.workbook.worksheets.getItem(currentName(layout));
  await w.session.reserve(kept.remove.length * OPERATION_BYTES);
  w.guard.lift(ws, kept.info, false);
  const tableRows = w.context.workbook.tables.getItem(kept.table).rows;
  [...kept.remove].sort((a, b) => b - a).forEach((index) => tableRows.getItemAt(index).delete());

  const writes = changedCells(wantedCells(plan), gridAfterRows(layout, plan));
  await queueWriteBlocks(ws, writeBlocks(writes), w.session);

  const body = ws.getRangeByIndexes(AREA_TABLE_HEADER_ROW, 0, table.rows.length, AREA_COLUMNS.length);
  await w.session.reserve(jsonBytes(plan.conditionalFormats) + 8 * OPERATION_BYTES * plan.conditionalFormats.length);
  body.dataValidation.clear();
  body.conditionalFormats.clearAll();
  body.format.protection.locked = true;
  applyConditionalFormats(ws, plan.conditionalFormats);
  await applyValidations(ws, plan.validations, w.session);
  const firstAdded = AREA_TABLE_HEADER_ROW + 1 + kept.stay.length;
  await applyRowHeights(
    ws,
    (plan.rowHeights ?? []).filter((h) => h.row >= firstAdded),
    w.session
  );
  await w.session.reserve();
  if (plan.tabColour !== undefined) ws.tabColor = hexColour(plan.tabColour);
  applyFrozen(ws, plan.frozen);
  if (plan.print !== null) applyPrint(ws, plan.print);
  applyProtection(ws, plan.protection);
  if (kept.info.name !== plan.name) ws.name = plan.name;
}

/** Defined names as the plan says: added when missing, replaced when they refer elsewhere. */
function updateNames(context: Excel.RequestContext, snapshot: Snapshot, plan: WorkbookPlan): void {
  const missing: WorkbookPlan["names"][number][] = [];
  for (const n of plan.names) {
    const current = snapshot.names.find((x) => x.name.toLowerCase() === n.name.toLowerCase());
    if (current !== undefined && current.formula === n.refersTo) continue;
    if (current !== undefined) context.workbook.names.getItem(current.name).delete();
    missing.push(n);
  }
  addNames(context, { ...plan, names: missing });
}
