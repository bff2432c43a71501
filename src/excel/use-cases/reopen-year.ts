import {
  AREA_COLUMNS,
  CLOSED_YEAR_NOTE,
  DATA_FIRST_ROW,
  DATA_HEADER_ROW,
  DATA_HEADERS,
  DATA_LAYOUT,
  DATA_SHEET,
  enteredValues,
  followupPlan,
  isClosedRow,
  META_KEYS,
  parseAddress,
  SUMMARY_SHEET,
  summaryClosedNote,
  summaryReopenedNote,
  textOf,
} from "../../core";
import { applyStyle } from "../apply-sheet";
import { ownError } from "../errors";
import { ProtectionGuard } from "../protection";
import type { RunState } from "../run";
import type { ReopenOutcome } from "../../app/service";
import { takeSnapshot } from "../snapshot";
import { WriteSession } from "../write-session";
import { decideReopen, reopenReason } from "../../app/reopen-year";
import { requireFollowup } from "./read-state";
import { locatedRows } from "./rows";

/** The columns a department types in: unlocked again on the rows that were open before the close. */
const INPUT_COLUMNS = AREA_COLUMNS.filter((c) => c.input).map((c) => c.key);

/**
 * Opens a closed year again, as `followup reopen`: the closed flag set back, the fingerprint taken
 * at close cleared, the day and the reason added to the data sheet's record and named above the
 * summary's table, the "year is closed" lines removed, and the input cells of every row that was
 * open before the close unlocked again (rows carried as closed from last year stay locked). Found
 * row by row as the sheet stands now, so a sorted table gets the right cells. Refused without a
 * reason; a year not closed is left alone. Syncs: 2 to read, 1 to write.
 */
export async function reopenYear(
  context: Excel.RequestContext,
  state: RunState,
  reason: string,
  now: Date
): Promise<ReopenOutcome> {
  const why = reopenReason(reason);
  if (why === null) throw ownError({ kind: "reasonMissing" });
  const session = new WriteSession(context, state);
  const snapshot = await takeSnapshot(context, state, session);
  const { programme, meta } = requireFollowup(snapshot.read);
  const decision = decideReopen(snapshot.read, why, now);
  if (decision.kind === "refused") throw ownError(decision.refusal);
  if (decision.kind === "notClosed") {
    await session.close();
    return { reopened: false, year: meta.year };
  }
  const { day } = decision.reopening;
  const guard = new ProtectionGuard(state);
  const values = enteredValues(snapshot.read);
  const rows = locatedRows(snapshot.read, programme);
  const gridOf = (name: string): (typeof snapshot.grids)[number] | undefined =>
    snapshot.grids.find((g) => g.name.toLowerCase() === name.toLowerCase());

  for (const info of snapshot.sheets) {
    const ws = context.workbook.worksheets.getItem(info.name);
    const key = info.name.toLowerCase();
    const area = snapshot.read.areaSheets.find((a) => a.sheet.toLowerCase() === key && a.areaId !== null);
    if (area === undefined && key !== DATA_SHEET.toLowerCase() && key !== SUMMARY_SHEET.toLowerCase()) continue;
    await session.reserve(600);
    guard.lift(ws, info);
    if (key === DATA_SHEET.toLowerCase()) {
      const closedRow = DATA_FIRST_ROW + META_KEYS.indexOf("closed");
      ws.getRangeByIndexes(closedRow - 1, DATA_LAYOUT.meta.valueColumn - 1, 1, 1).values = [[false]];
      const grid = gridOf(info.name);
      const used = Math.max(grid?.cells.length ?? 0, DATA_FIRST_ROW);
      ws.getRangeByIndexes(
        DATA_HEADER_ROW - 1,
        DATA_LAYOUT.closeFingerprint.column - 1,
        used - DATA_HEADER_ROW + 1,
        1
      ).clear("Contents");
      const record = decision.reopenings.map((r) => [r.day, r.reason]);
      const { dayColumn } = DATA_LAYOUT.reopenings;
      const header = ws.getRangeByIndexes(DATA_HEADER_ROW - 1, dayColumn - 1, 1, 2);
      header.numberFormat = [["@", "@"]];
      header.values = [[DATA_HEADERS.reopenedDay, DATA_HEADERS.reopenedReason]];
      const lines = ws.getRangeByIndexes(DATA_FIRST_ROW - 1, dayColumn - 1, record.length, 2);
      lines.numberFormat = record.map(() => ["@", "@"]);
      lines.values = record;
      continue;
    }
    if (key === SUMMARY_SHEET.toLowerCase()) {
      // The coordinator's cells, as the product lays the summary out (its plan for the open year).
      const plan = followupPlan({
        programme,
        year: meta.year,
        values,
        choices: snapshot.read.choices,
        retired: snapshot.read.retired ?? [],
        closed: false,
        now,
      }).plan;
      for (const range of plan.sheets.find((x) => x.role === "summary")?.protection.unlockedRanges ?? []) {
        ws.getRange(range).format.protection.locked = false;
      }
      // The closed line gives way to the reopened one; a cell someone typed in is left alone.
      const note = summaryReopenedNote(day, why);
      const at = parseAddress(summaryClosedNote().topLeft);
      const standing = at === null ? null : textOf(gridOf(info.name)?.cells[at.row - 1]?.[at.column - 1] ?? null);
      if (standing === null || standing === CLOSED_YEAR_NOTE) {
        const cell = ws.getRange(note.topLeft);
        cell.values = note.cells.map((line) => [...line]);
        if (note.style !== undefined) applyStyle(cell, note.style);
      }
      continue;
    }
    if (area === undefined) continue;
    const header = area.headerRow;
    if (header !== null && textOf(gridOf(info.name)?.cells[header - 2]?.[1] ?? null) === CLOSED_YEAR_NOTE) {
      ws.getRangeByIndexes(header - 2, 1, 1, 1).clear("Contents");
    }
    for (const row of area.rows) {
      const id = textOf(row.cells.id);
      const located = id === null ? undefined : rows.get(id);
      if (located === undefined || located.row !== row) continue;
      if (located.programmeRow !== undefined && isClosedRow(located.programmeRow, values.get(located.id))) continue;
      for (const column of INPUT_COLUMNS) {
        const c = area.columns[column];
        if (c !== undefined) ws.getRangeByIndexes(row.rowNumber - 1, c - 1, 1, 1).format.protection.locked = false;
      }
    }
  }
  guard.restore();
  await session.close();
  return { reopened: true, year: meta.year, day };
}
