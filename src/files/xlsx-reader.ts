import ExcelJS from "exceljs";
import { LIMITS } from "../core";
import type { RawCell, SheetExtras, SheetGrid } from "../core";
import { NotAWorkbookError } from "./errors";
import { LimitExceededError, PartUnreadableError } from "./package/limit-error";
import { normalisePackage, type LeftOut } from "./package/normalise-package";
import { fromExcelCell } from "./xlsx-values";

/**
 * A workbook as read, with what a rewrite needs to keep what people added: each sheet's tables and
 * the content the reader left out, and the file to copy cells and sheets from.
 */
export interface XlsxSource {
  readonly grids: SheetGrid[];
  readonly extras: SheetExtras[];
  /**
   * The file as read. The loaded workbook is not kept: most rewrites have nothing of people's own
   * to carry, and holding it through the write costs the write its memory; the writer loads it
   * again when there is (sourceWorkbook).
   */
  readonly data: Uint8Array;
}

/** The source loaded again, to copy people's own sheets and cells from. */
export async function sourceWorkbook(source: XlsxSource): Promise<ExcelJS.Workbook> {
  return (await loadPackage(source.data)).wb;
}

/** An .xlsx is a zip: its first bytes are a local file header (or, for an empty zip, the end record). */
function looksLikeZip(data: Uint8Array): boolean {
  return (
    data.length >= 4 &&
    data[0] === 0x50 &&
    data[1] === 0x4b &&
    (data[2] === 0x03 || data[2] === 0x05) &&
    (data[3] === 0x04 || data[3] === 0x06)
  );
}

/** ExcelJS's typings give getTables() a tuple type; each item is a Table with its name. */
function tableNames(ws: ExcelJS.Worksheet): string[] {
  return (ws.getTables() as unknown as readonly { readonly name: string }[]).map((t) => t.name);
}

/** Filled cells read so far across the workbook, against LIMITS.cells. */
interface CellBudget {
  used: number;
}

function columnLetters(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A sheet's values as a grid. ExcelJS keeps rows and cells sparse; the grid is dense, so a value
 * far out (XFD1048576) would make it billions of cells: the limits are checked on each value
 * before the grid is built, and the first value past one is named.
 */
function gridOf(ws: ExcelJS.Worksheet, budget: CellBudget): SheetGrid {
  const rows: RawCell[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merged range repeat the first one's value: they are empty.
      const value = cell.isMerged && cell.master !== cell ? null : fromExcelCell(cell);
      if (value === null) return;
      const where = (): string => `'${ws.name}'!${columnLetters(colNumber)}${rowNumber}`;
      if (rowNumber > LIMITS.rows) throw new LimitExceededError({ limit: "rows", where: where(), max: LIMITS.rows });
      if (colNumber > LIMITS.columns) {
        throw new LimitExceededError({ limit: "columns", where: where(), max: LIMITS.columns });
      }
      if (++budget.used > LIMITS.cells)
        throw new LimitExceededError({ limit: "cells", where: where(), max: LIMITS.cells });
      cells[colNumber - 1] = value;
    });
    if (cells.length > 0) {
      rows[rowNumber - 1] = cells;
      width = Math.max(width, cells.length);
    }
  });
  const cells: RawCell[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r] ?? [];
    const row: RawCell[] = [];
    for (let c = 0; c < width; c++) {
      row.push(source[c] ?? null);
    }
    cells.push(row);
  }
  return { name: ws.name, cells, hidden: ws.state !== "visible" };
}

/**
 * Reads every sheet of an .xlsx into grids (row 1, column A at [0][0]; the used range, trailing
 * empty rows and columns left off), whatever program wrote it. Anything that is not a readable
 * workbook throws NotAWorkbookError; a part of a valid package that cannot be read throws
 * PartUnreadableError naming the part; a package past a limit of core/limits throws
 * LimitExceededError before anything large is built. Nothing else is thrown for bad input.
 */
export async function readXlsx(data: Uint8Array): Promise<SheetGrid[]> {
  return (await readXlsxSource(data)).grids;
}

/** The package normalised and loaded by ExcelJS, with the parts left out of it. */
async function loadPackage(data: Uint8Array): Promise<{ wb: ExcelJS.Workbook; leftOut: readonly LeftOut[] }> {
  if (data.length === 0) {
    throw new NotAWorkbookError("empty");
  }
  if (!looksLikeZip(data)) {
    throw new NotAWorkbookError("notZip");
  }
  let bytes: Uint8Array;
  let leftOut: readonly LeftOut[] = [];
  try {
    const verdict = normalisePackage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (verdict.kind === "noWorkbook") throw new NotAWorkbookError("noWorkbook");
    bytes = verdict.bytes;
    leftOut = verdict.leftOut;
  } catch (e) {
    if (e instanceof NotAWorkbookError || e instanceof LimitExceededError) throw e;
    if (e instanceof PartUnreadableError) {
      // A zip whose directory cannot be read is no workbook we can tell; a damaged part is named.
      if (e.part === "zip") throw new NotAWorkbookError("unreadable", e.detail);
      throw e;
    }
    throw new NotAWorkbookError("unreadable", e instanceof Error ? e.message : String(e));
  }
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want an ArrayBuffer; the normalised package is a fresh one, used whole.
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  } catch (e) {
    throw new NotAWorkbookError("unreadable", e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) {
    throw new NotAWorkbookError("noWorkbook");
  }
  return { wb, leftOut };
}

/** As readXlsx, keeping what a rewrite needs to carry people's own sheets and cells (xlsx-carry). */
export async function readXlsxSource(data: Uint8Array): Promise<XlsxSource> {
  const { wb, leftOut } = await loadPackage(data);
  try {
    const budget: CellBudget = { used: 0 };
    const grids = wb.worksheets.map((ws) => gridOf(ws, budget));
    const extras = wb.worksheets.map((ws): SheetExtras => ({
      sheet: ws.name,
      tables: tableNames(ws),
      unsupported: leftOut.find((l) => l.sheet === ws.name)?.kinds ?? [],
    }));
    return { grids, extras, data };
  } catch (e) {
    if (e instanceof LimitExceededError) throw e;
    throw new NotAWorkbookError("unreadable", e instanceof Error ? e.message : String(e));
  }
}
