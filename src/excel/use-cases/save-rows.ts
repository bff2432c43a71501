import { localIsoDay, sameCell } from "../../core";
import type { AreaColumnKey, RawCell } from "../../core";
import { ownError } from "../errors";
import type { RunState } from "../run";
import { ROW_EDIT_FIELDS, type RowEdit } from "../../app/service";
import { takeSnapshot } from "../snapshot";
import { WriteSession } from "../write-session";
import { queueRowCellWrites, type RowCellWrite } from "../row-cell-writes";
import { requireFollowup } from "./read-state";
import { locatedRows, type LocatedRow } from "./rows";
import { refuseFor } from "./guards";

const EDITED: readonly (keyof RowEdit & AreaColumnKey)[] = ROW_EDIT_FIELDS;

function cellFor(located: LocatedRow, key: AreaColumnKey, value: RawCell): RowCellWrite | null {
  const column = located.sheet.columns[key];
  if (column === undefined) return null;
  return { sheet: located.sheet.sheet, row: located.row.rowNumber, column, key, value };
}

/**
 * Save rows (the "My rows" form): only the input cells whose value changes are written, and the
 * row's "Senast ändrad" is stamped with today's date as text. The rows are found again by their ID
 * in this same run, so a table someone sorted since the form was loaded still gets the right cells;
 * a row that is gone stops the whole save (nothing is written). Refused when the year is closed.
 * Syncs: 2 to read, 1 to write.
 */
export async function saveRows(
  context: Excel.RequestContext,
  state: RunState,
  edits: readonly RowEdit[],
  now: Date
): Promise<void> {
  const session = new WriteSession(context, state);
  const snapshot = await takeSnapshot(context, state, session);
  const { programme } = requireFollowup(snapshot.read);
  refuseFor("saveRows", snapshot.read);
  const rows = locatedRows(snapshot.read, programme);
  const missing = edits.filter((e) => !rows.has(e.rowId)).map((e) => e.rowId);
  if (missing.length > 0) throw ownError({ kind: "rowsMissing", rows: missing });

  const writes: RowCellWrite[] = [];
  for (const edit of edits) {
    const located = rows.get(edit.rowId);
    if (located === undefined) continue;
    const row: RowCellWrite[] = [];
    for (const key of EDITED) {
      const value = edit[key];
      if (value === undefined || sameCell(located.row.cells[key], value)) continue;
      const write = cellFor(located, key, value);
      if (write === null) throw ownError({ kind: "tableMissing", sheet: located.sheet.sheet });
      row.push(write);
    }
    if (row.length === 0) continue;
    const stamp = cellFor(located, "changed", localIsoDay(now));
    if (stamp !== null) row.push(stamp);
    writes.push(...row);
  }
  await queueRowCellWrites(context, snapshot, session, writes);
  await session.close();
}
