import {
  areaClosedNote,
  closeFingerprint,
  DATA_FIRST_ROW,
  DATA_HEADER_ROW,
  DATA_HEADERS,
  DATA_LAYOUT,
  DATA_SHEET,
  enteredValues,
  formulaInputs,
  META_KEYS,
  parseAddress,
  splitIntoChunks,
  SUMMARY_SHEET,
  summaryClosedNote,
  textOf,
} from "../../core";
import type { CellBlock, SheetGrid, WorkbookRead } from "../../core";
import { applyStyle } from "../apply-sheet";
import { ProtectionGuard } from "../protection";
import type { RunState } from "../run";
import type { CloseOutcome } from "../../app/service";
import { findSheet } from "../sheets";
import { takeSnapshot } from "../snapshot";
import { WriteSession } from "../write-session";
import { decideClose } from "../../app/close-year";
import { ownError } from "../errors";
import { requireFollowup } from "./read-state";

/** A locking write costs about as much as a one-cell write; a sheet is three of them. */
const SHEET_OPERATIONS_BYTES = 600;

/**
 * The "year is closed" line a sheet gets, as the command line's closed workbook has it: above the
 * table of an area sheet and of the summary. Only into an empty cell: nothing typed is overwritten.
 */
function closedNoteFor(read: WorkbookRead, name: string, grid: SheetGrid | undefined): CellBlock | null {
  const key = name.toLowerCase();
  const area = read.areaSheets.find((a) => a.sheet.toLowerCase() === key);
  const note =
    area !== undefined
      ? areaClosedNote(area.headerRow ?? undefined)
      : key === SUMMARY_SHEET.toLowerCase()
        ? summaryClosedNote()
        : null;
  const at = note === null ? null : parseAddress(note.topLeft);
  if (note === null || at === null) return null;
  return textOf(grid?.cells[at.row - 1]?.[at.column - 1] ?? null) === null ? note : null;
}

/**
 * Closes the year, as `followup close`: refused with what is still missing (rows not reported per
 * department, the check's errors) unless `force`; then meta.closed is written to the data sheet,
 * the line saying so above the tables of the area sheets and the summary, and every sheet is
 * protected again with every cell locked — no input is left unlocked. Entries stay as they are,
 * except that a formula in an input is written as its text. A year already closed is left alone.
 * Syncs: 2 to read, 1 to write (more only past the request limit).
 */
export async function closeYear(context: Excel.RequestContext, state: RunState, force: boolean): Promise<CloseOutcome> {
  const session = new WriteSession(context, state);
  const snapshot = await takeSnapshot(context, state, session);
  const { programme, meta } = requireFollowup(snapshot.read);
  // As `followup close` (app/close-year.ts): not a department's copy, and every entry placed with
  // certainty, since what was entered at close is recorded (the fingerprint) and every cell locked.
  const decision = decideClose(snapshot.read, programme, force);
  if (decision.kind === "refused") throw ownError(decision.refusal);
  if (decision.kind === "alreadyClosed") {
    await session.close();
    return { ok: true, alreadyClosed: true, year: meta.year };
  }
  if (decision.kind === "incomplete") {
    await session.close();
    return {
      ok: false,
      year: meta.year,
      notReported: decision.readiness.notReported,
      errors: decision.readiness.errors,
    };
  }

  const fingerprint = closeFingerprint(programme, enteredValues(snapshot.read), meta.year);
  const guard = new ProtectionGuard(state);
  const formulas = formulaInputs(snapshot.read);
  const closedRow = DATA_FIRST_ROW + META_KEYS.indexOf("closed");
  const dataInfo = findSheet(snapshot.sheets, DATA_SHEET);
  for (const info of snapshot.sheets) {
    const grid = snapshot.grids.find((g) => g.name.toLowerCase() === info.name.toLowerCase());
    const rows = Math.max(grid?.cells.length ?? 0, info === dataInfo ? closedRow : 0, 1);
    const columns = Math.max(
      grid?.cells.reduce((n, line) => Math.max(n, line.length), 0) ?? 0,
      info === dataInfo ? DATA_LAYOUT.meta.valueColumn : 0,
      1
    );
    const ws = context.workbook.worksheets.getItem(info.name);
    await session.reserve(SHEET_OPERATIONS_BYTES);
    guard.lift(ws, info, false);
    // Every cell the sheet uses, locked: the inputs the plan had unlocked lie within its tables.
    ws.getRangeByIndexes(0, 0, rows, columns).format.protection.locked = true;
    if (info === dataInfo) {
      ws.getRangeByIndexes(closedRow - 1, DATA_LAYOUT.meta.valueColumn - 1, 1, 1).values = [[true]];
      // What was entered at close, as the command line's closed workbook has it: check can then
      // name rows edited later, and the year stays closed if the flag is set back.
      const chunks = splitIntoChunks(fingerprint).map((c) => [c]);
      const header = ws.getRangeByIndexes(DATA_HEADER_ROW - 1, DATA_LAYOUT.closeFingerprint.column - 1, 1, 1);
      header.numberFormat = [["@"]];
      header.values = [[DATA_HEADERS.closeFingerprint]];
      const column = ws.getRangeByIndexes(
        DATA_FIRST_ROW - 1,
        DATA_LAYOUT.closeFingerprint.column - 1,
        chunks.length,
        1
      );
      column.numberFormat = chunks.map(() => ["@"]);
      column.values = chunks;
    }
    // A formula pasted into an input is locked in as its text, never live (as the command line does).
    for (const f of formulas.filter((x) => x.sheet.toLowerCase() === info.name.toLowerCase())) {
      await session.reserve(f.formula.length * 2);
      const cell = ws.getRangeByIndexes(f.row - 1, f.column - 1, 1, 1);
      cell.numberFormat = [["@"]];
      cell.values = [[f.formula]];
    }
    const note = closedNoteFor(snapshot.read, info.name, grid);
    if (note !== null) {
      const cell = ws.getRange(note.topLeft);
      cell.values = note.cells.map((line) => [...line]);
      if (note.style !== undefined) applyStyle(cell, note.style);
    }
    ws.protection.protect(info.protected ? info.protectionOptions : undefined);
  }
  await session.close();
  return { ok: true, alreadyClosed: false, year: meta.year };
}
