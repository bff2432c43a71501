import type { CellWrite } from "../core";
import { setColumnFormat } from "./apply-sheet";
import { officeInput } from "./cells";
import { OPERATION_BYTES, jsonBytes, rowChunks } from "./payload";
import type { WriteSession } from "./write-session";

/**
 * The changed cells (core/plan/cell-diff) written in rectangles whose other cells are `null` —
 * which Office.js leaves untouched — so a cell someone else typed in meanwhile, anywhere outside
 * the changed cells, is never written over.
 */

/** A rectangle of writes: `null` where a cell is left as it is. */
export interface WriteBlock {
  readonly row: number;
  readonly column: number;
  readonly values: (string | number | boolean | null)[][];
  readonly formats: (string | null)[][] | null;
}

/**
 * Writes grouped into rectangles: each row's changed cells from its first to its last (gaps
 * null), and consecutive rows with the same span in one rectangle. The number of rectangles grows
 * with the runs of changed rows, never with the unchanged ones.
 */
export function writeBlocks(writes: readonly CellWrite[]): WriteBlock[] {
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const list = byRow.get(w.row) ?? [];
    list.push(w);
    byRow.set(w.row, list);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const blocks: { row: number; first: number; last: number; lines: CellWrite[][] }[] = [];
  for (const row of rows) {
    const line = byRow.get(row) ?? [];
    const first = Math.min(...line.map((w) => w.column));
    const last = Math.max(...line.map((w) => w.column));
    const open = blocks[blocks.length - 1];
    if (open !== undefined && open.first === first && open.last === last && open.row + open.lines.length === row) {
      open.lines.push(line);
    } else {
      blocks.push({ row, first, last, lines: [line] });
    }
  }
  return blocks.map((b) => {
    const width = b.last - b.first + 1;
    const values = b.lines.map((line) => {
      const out = new Array<string | number | boolean | null>(width).fill(null);
      for (const w of line) out[w.column - b.first] = officeInput(w.value);
      return out;
    });
    const anyFormat = b.lines.some((line) => line.some((w) => w.numberFormat !== null));
    const formats = anyFormat
      ? b.lines.map((line) => {
          const out = new Array<string | null>(width).fill(null);
          for (const w of line) out[w.column - b.first] = w.numberFormat;
          return out;
        })
      : null;
    return { row: b.row, column: b.first, values, formats };
  });
}

/** Below this many rows a rectangle's formats go as one 2-D array: an operation per column costs more. */
const COLUMN_FORMAT_MIN_ROWS = 4;

/**
 * A rectangle's number formats, queued before its values: per column as one format over the
 * column (setColumnFormat) where its rows share one, as an n×1 array where they differ, nothing
 * where none is set; small rectangles as one 2-D array.
 */
function queueFormats(
  ws: Excel.Worksheet,
  b: WriteBlock,
  formats: (string | null)[][],
  start: number,
  count: number
): void {
  const rows = formats.slice(start, start + count);
  const width = rows[0]?.length ?? 0;
  if (count < COLUMN_FORMAT_MIN_ROWS) {
    ws.getRangeByIndexes(b.row - 1 + start, b.column - 1, count, width).numberFormat = rows;
    return;
  }
  for (let j = 0; j < width; j++) {
    const column = rows.map((r) => r[j] ?? null);
    const first = column[0] ?? null;
    if (first !== null && column.every((f) => f === first)) {
      setColumnFormat(ws, b.row - 1 + start, b.column - 1 + j, count, first);
    } else if (column.some((f) => f !== null)) {
      ws.getRangeByIndexes(b.row - 1 + start, b.column - 1 + j, count, 1).numberFormat = column.map((f) => [f]);
    }
  }
}

/**
 * What each row's formats add to a request, as queueFormats sends them: nothing for a column whose
 * rows share one format (one 1×1 array per chunk, counted per chunk), each cell's format for the
 * other columns. Small rectangles send every format.
 */
function formatBytesPerRow(formats: (string | null)[][]): number[] {
  const width = formats[0]?.length ?? 0;
  const uniform: boolean[] = [];
  for (let j = 0; j < width; j++) uniform.push(formats.every((r) => r[j] === formats[0]?.[j]));
  return formats.map((r) =>
    formats.length < COLUMN_FORMAT_MIN_ROWS
      ? jsonBytes(r)
      : r.reduce((sum, f, j) => sum + (uniform[j] === true ? 0 : jsonBytes(f) + 3), 0)
  );
}

/** Queues the rectangles: number formats first, then the values; a large one in row chunks. */
export async function queueWriteBlocks(
  ws: Excel.Worksheet,
  blocks: readonly WriteBlock[],
  session: WriteSession
): Promise<void> {
  for (const b of blocks) {
    const formats = b.formats;
    const perRowFormats = formats === null ? null : formatBytesPerRow(formats);
    const sizes = b.values.map((r, i) => jsonBytes(r) + (perRowFormats?.[i] ?? 0));
    const room = session.room();
    const first = room >= session.requestBudget / 8 ? room : session.requestBudget;
    for (const chunk of rowChunks(sizes, session.requestBudget, first)) {
      const width = b.values[0]?.length ?? 0;
      // Formats per column add an operation per column; a small rectangle's are in chunk.bytes.
      const columnOperations = formats === null || chunk.count < COLUMN_FORMAT_MIN_ROWS ? 0 : width;
      await session.reserve(chunk.bytes + columnOperations * OPERATION_BYTES);
      if (formats !== null) queueFormats(ws, b, formats, chunk.start, chunk.count);
      const range = ws.getRangeByIndexes(b.row - 1 + chunk.start, b.column - 1, chunk.count, width);
      range.formulas = b.values.slice(chunk.start, chunk.start + chunk.count);
    }
  }
}
