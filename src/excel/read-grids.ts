import type { RawCell, SheetGrid } from "../core";
import { rawCellOf } from "./cells";
import { officeCodeOf } from "./errors";
import { jsonBytes } from "./payload";
import { checkSheetExtent } from "./sheet-limits";

/** One sheet to read. */
export interface GridRequest {
  readonly name: string;
  readonly hidden: boolean;
  /**
   * Read the results of formula cells too. `formulas` gives every constant as itself and every
   * formula as its text; the results are read only for the cells that hold formulas (found with
   * getSpecialCells, ExcelApi 1.9), not as a second copy of the whole sheet in `values`, which
   * would double the response. Off for sheets whose cells are constants the adapter wrote.
   */
  readonly results: boolean;
}

const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
const RANGE_TOO_LARGE = "RangeExceedsLimit";
/** How far past the piece size a whole read may be expected to go and still be tried in one. */
const ONE_RESPONSE_FACTOR = 1.125;

interface Piece {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly formulas: readonly (readonly unknown[])[];
  /** The results of the piece's formula cells, by their place in the sheet. */
  readonly results: ReadonlyMap<string, unknown>;
}

/** The formula cells of `range`, to load their results in the same request. */
function queueResults(range: Excel.Range): Excel.RangeAreas {
  const cells = range.getSpecialCellsOrNullObject("Formulas");
  cells.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/values");
  return cells;
}

function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** After the sync: each formula cell's result by its 0-based place in the sheet. */
function resultsOf(cells: Excel.RangeAreas | null): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (cells === null || cells.isNullObject) return out;
  for (const area of cells.areas.items) {
    area.values.forEach((line, i) =>
      line.forEach((v, j) => out.set(cellKey(area.rowIndex + i, area.columnIndex + j), v))
    );
  }
  return out;
}

function resultsBytes(results: ReadonlyMap<string, unknown>): number {
  let bytes = 0;
  for (const v of results.values()) bytes += jsonBytes(v) + 1;
  return bytes;
}

/**
 * The used ranges (values only: formatting alone does not make a cell used) of the given sheets
 * as the core's grids, row 1 / column A at [0][0], in the order asked. One request for all of
 * them, unless their response would pass Excel on the web's 5 MB limit: when the caller's
 * estimate (`expectedBytes`) says so, or Excel refuses the response, the sheets are read in pieces
 * of about `responseBytes`, each sized from what was read before.
 */
export async function readGrids(
  context: Excel.RequestContext,
  requests: readonly GridRequest[],
  responseBytes: number,
  expectedBytes = 0
): Promise<SheetGrid[]> {
  if (expectedBytes > responseBytes * ONE_RESPONSE_FACTOR) {
    return readInPieces(context, requests, responseBytes);
  }
  const ranges = requests.map((r) => {
    const ws = context.workbook.worksheets.getItem(r.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount,formulas");
    // The whole sheet, not the used range: that may be a null object, and Excel looks for formula
    // cells only where cells are used anyway.
    return { used, results: r.results ? queueResults(ws.getRange()) : null };
  });
  try {
    await context.sync();
  } catch (e) {
    // Too much to send at once, or a used range past the cells Excel reads at once (one value at
    // XFD1048576): the extents first, which refuse a sheet past the limits before any cell is read.
    const code = officeCodeOf(e);
    if (code !== RESPONSE_TOO_LARGE && code !== RANGE_TOO_LARGE) throw e;
    return readInPieces(context, requests, responseBytes);
  }
  ranges.forEach((read, i) => {
    if (!read.used.isNullObject) checkSheetExtent(requests[i]?.name ?? "", read.used);
  });
  return requests.map((r, i) => {
    const read = ranges[i];
    if (read === undefined || read.used.isNullObject) return { name: r.name, cells: [], hidden: r.hidden };
    const piece: Piece = {
      rowIndex: read.used.rowIndex,
      columnIndex: read.used.columnIndex,
      formulas: read.used.formulas,
      results: resultsOf(read.results),
    };
    return { name: r.name, cells: gridOf([piece]), hidden: r.hidden };
  });
}

/** Pieces of one sheet's used range, placed at their rows: the grid starts at A1. */
function gridOf(pieces: readonly Piece[]): RawCell[][] {
  const rows: RawCell[][] = [];
  for (const piece of pieces) {
    piece.formulas.forEach((line, i) => {
      const row: RawCell[] = new Array<RawCell>(piece.columnIndex).fill(null);
      line.forEach((formula, j) =>
        row.push(rawCellOf(formula, piece.results.get(cellKey(piece.rowIndex + i, piece.columnIndex + j))))
      );
      rows[piece.rowIndex + i] = row;
    });
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const out: RawCell[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    while (row.length < width) row.push(null);
    out.push(row);
  }
  return out;
}

interface Extent {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface PendingPiece {
  readonly sheet: number;
  /** Rows from the start of the sheet's used range. */
  readonly offset: number;
  readonly count: number;
}

/**
 * What a row of a sheet is expected to weigh in a response before anything of it was read: cells
 * of a normal sheet a few dozen bytes, a data-sheet row up to one full programme chunk (30,000
 * characters, escaped as JSON). Measured sizes replace these.
 */
const CELL_BYTES_GUESS = 40;
const DATA_ROW_BYTES_GUESS = 36_000;
/** A guard against a workbook that cannot be read in pieces at all. */
const MAX_PIECE_REQUESTS = 10_000;

/** The fallback for very large workbooks: the used ranges' extents, then the rows in pieces. */
async function readInPieces(
  context: Excel.RequestContext,
  requests: readonly GridRequest[],
  responseBytes: number
): Promise<SheetGrid[]> {
  const ranges = requests.map((r) => {
    const used = context.workbook.worksheets.getItem(r.name).getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return used;
  });
  await context.sync();
  ranges.forEach((used, i) => {
    if (!used.isNullObject) checkSheetExtent(requests[i]?.name ?? "", used);
  });
  const extents: (Extent | null)[] = ranges.map((used) =>
    used.isNullObject
      ? null
      : {
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        }
  );
  // Bytes per row: guessed until a piece of the sheet (or, for normal sheets, of any) was read.
  const perRow = new Map<number, number>();
  let measuredPerCell: number | null = null;
  const estimate = (p: PendingPiece): number => {
    const extent = extents[p.sheet];
    const request = requests[p.sheet];
    if (extent === null || extent === undefined || request === undefined) return 0;
    const known = perRow.get(p.sheet);
    if (known !== undefined) return known * p.count;
    if (!request.results) return DATA_ROW_BYTES_GUESS * p.count;
    return (measuredPerCell ?? CELL_BYTES_GUESS) * extent.columnCount * p.count;
  };
  let queue: PendingPiece[] = [];
  extents.forEach((extent, sheet) => {
    if (extent === null) return;
    const whole = { sheet, offset: 0, count: extent.rowCount };
    queue.push(...split(whole, Math.ceil(estimate(whole) / responseBytes)));
  });
  const pieces: Piece[][] = requests.map(() => []);
  // Grows each time Excel refuses a batch the estimates said would fit, so batches shrink.
  let scale = 1;
  for (let attempt = 0; queue.length > 0; attempt++) {
    if (attempt > MAX_PIECE_REQUESTS) throw new Error("the workbook could not be read in pieces");
    queue = queue.flatMap((p) => fitted(p, (q) => estimate(q) * scale, responseBytes));
    const batch: PendingPiece[] = [];
    let bytes = 0;
    for (const p of queue) {
      const e = estimate(p) * scale;
      if (batch.length > 0 && bytes + e > responseBytes) continue;
      batch.push(p);
      bytes += e;
    }
    queue = queue.filter((p) => !batch.includes(p));
    const read = await readBatch(context, requests, extents, batch);
    if (read === null) {
      if (batch.length === 1 && batch[0]?.count === 1) {
        throw new Error("one row is larger than Excel can send at once");
      }
      scale *= 2;
      queue = [...batch, ...queue];
      continue;
    }
    read.forEach((piece, i) => {
      const p = batch[i];
      const extent = p === undefined ? null : extents[p.sheet];
      if (p === undefined || extent === null || extent === undefined) return;
      pieces[p.sheet]?.push(piece);
      const size = jsonBytes(piece.formulas) + resultsBytes(piece.results);
      perRow.set(p.sheet, Math.max(1, size / p.count));
      if (requests[p.sheet]?.results === true) measuredPerCell = Math.max(1, size / (p.count * extent.columnCount));
    });
  }
  return requests.map((r, i) => ({
    name: r.name,
    cells: gridOf([...(pieces[i] ?? [])].sort((a, b) => a.rowIndex - b.rowIndex)),
    hidden: r.hidden,
  }));
}

/** A piece halved until each part is expected to fit (a single row stays as it is). */
function fitted(p: PendingPiece, estimate: (p: PendingPiece) => number, budget: number): PendingPiece[] {
  if (p.count <= 1 || estimate(p) <= budget) return [p];
  return split(p, 2).flatMap((q) => fitted(q, estimate, budget));
}

function split(p: PendingPiece, parts: number): PendingPiece[] {
  const n = Math.max(1, Math.min(parts, p.count));
  const size = Math.ceil(p.count / n);
  const out: PendingPiece[] = [];
  for (let offset = 0; offset < p.count; offset += size) {
    out.push({ sheet: p.sheet, offset: p.offset + offset, count: Math.min(size, p.count - offset) });
  }
  return out;
}

/** Several pieces in one request; null when the response was too large. */
async function readBatch(
  context: Excel.RequestContext,
  requests: readonly GridRequest[],
  extents: readonly (Extent | null)[],
  batch: readonly PendingPiece[]
): Promise<Piece[] | null> {
  const loaded = batch.map((p) => {
    const request = requests[p.sheet];
    const extent = extents[p.sheet];
    if (request === undefined || extent === null || extent === undefined)
      throw new Error("unreachable: a piece of no sheet");
    const range = context.workbook.worksheets
      .getItem(request.name)
      .getRangeByIndexes(extent.rowIndex + p.offset, extent.columnIndex, p.count, extent.columnCount);
    range.load("formulas");
    return { range, results: request.results ? queueResults(range) : null, extent, p };
  });
  try {
    await context.sync();
  } catch (e) {
    if (officeCodeOf(e) === RESPONSE_TOO_LARGE) return null;
    throw e;
  }
  return loaded.map(({ range, results, extent, p }) => ({
    rowIndex: extent.rowIndex + p.offset,
    columnIndex: extent.columnIndex,
    formulas: range.formulas,
    results: resultsOf(results),
  }));
}
