import { AREA_COLUMNS } from "../core";
import type { AreaColumnKey, RawCell } from "../core";
import type { CellWrite } from "../core";
import { queueWriteBlocks, writeBlocks } from "./diff";
import { ProtectionGuard } from "./protection";
import { findSheet } from "./sheets";
import type { Snapshot } from "./snapshot";
import type { WriteSession } from "./write-session";

/** A cell of a row's area table to write: the row's sheet and row number, and the column found there. */
export interface RowCellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly key: AreaColumnKey;
  readonly value: RawCell;
}

/** Text columns keep what is typed as text ("@"); the rest as Excel reads it. */
function formatOf(key: AreaColumnKey): string {
  return AREA_COLUMNS.find((c) => c.key === key)?.text === true ? "@" : "General";
}

/**
 * Queues the writes of cells in area tables (saving rows, merging copies): sheet by sheet, each
 * sheet's protection lifted for the write and put back with its own options, the cells in as few
 * 2-D blocks as they allow. Returns how many cells were queued; the caller closes the session.
 */
export async function queueRowCellWrites(
  context: Excel.RequestContext,
  snapshot: Snapshot,
  session: WriteSession,
  writes: readonly RowCellWrite[]
): Promise<number> {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet) ?? [];
    list.push({ row: w.row, column: w.column, value: w.value, numberFormat: formatOf(w.key) });
    bySheet.set(w.sheet, list);
  }
  const guard = new ProtectionGuard(session.state);
  let queued = 0;
  for (const [name, cells] of bySheet) {
    const info = findSheet(snapshot.sheets, name);
    if (info === undefined) continue;
    const ws = context.workbook.worksheets.getItem(name);
    await session.reserve();
    guard.lift(ws, info);
    await queueWriteBlocks(ws, writeBlocks(cells), session);
    queued += cells.length;
  }
  guard.restore();
  return queued;
}
