import { address, checkWorkbook, collectEntries, displayValue, readWorkbook, summarise } from "../../../src/core";
import type {
  AreaColumnKey,
  Finding,
  Programme,
  ProgrammeRow,
  RawCell,
  SheetGrid,
  Summary,
  WorkbookRead,
} from "../../../src/core";

/**
 * What the workbook says, computed in Node with the core from the grids the double holds: the
 * reference the task pane's screens are compared with.
 */
export interface CoreView {
  readonly read: WorkbookRead;
  readonly findings: Finding[];
  readonly summary: Summary;
}

export function coreView(grids: readonly SheetGrid[], programme: Programme, year: number): CoreView {
  const read = readWorkbook(grids);
  const entries = collectEntries(read, programme);
  return {
    read,
    findings: checkWorkbook(read, programme),
    summary: summarise(programme, entries, { year, choices: read.choices }),
  };
}

export function rowsOf(programme: Programme, department: string): ProgrammeRow[] {
  return programme.areas.flatMap((a) => a.rows.filter((r) => r.department === department));
}

/** sheet and A1 address of a row's cell in its area table. */
export function rowCell(read: WorkbookRead, rowId: string, key: AreaColumnKey): { sheet: string; address: string } {
  for (const s of read.areaSheets) {
    const column = s.columns[key];
    const row = s.rows.find((r) => displayValue(r.cells.id) === rowId);
    if (row !== undefined && column !== undefined) return { sheet: s.sheet, address: address(row.rowNumber, column) };
  }
  throw new Error(`No ${key} cell for row ${rowId} in the workbook.`);
}

export interface CellChange {
  readonly sheet: string;
  readonly address: string;
  readonly before: RawCell;
  readonly after: RawCell;
}

function same(a: RawCell, b: RawCell): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Every cell of every sheet that differs between two readings of the workbook. */
export function changedCells(before: readonly SheetGrid[], after: readonly SheetGrid[]): CellChange[] {
  const names = [...new Set([...before.map((g) => g.name), ...after.map((g) => g.name)])];
  const changes: CellChange[] = [];
  for (const name of names) {
    const a = before.find((g) => g.name === name)?.cells ?? [];
    const b = after.find((g) => g.name === name)?.cells ?? [];
    const rows = Math.max(a.length, b.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const x = a[r]?.[c] ?? null;
        const y = b[r]?.[c] ?? null;
        if (!same(x, y)) changes.push({ sheet: name, address: address(r + 1, c + 1), before: x, after: y });
      }
    }
  }
  return changes;
}

/** A cell of the summary table, on the row whose first column is `rowLabel` (an area ID or the overall label). */
export function summaryTableCell(
  grids: readonly SheetGrid[],
  sheet: string,
  headerRow: number,
  rowLabel: string,
  header: string
): RawCell {
  const grid = grids.find((g) => g.name === sheet);
  if (grid === undefined) throw new Error(`No sheet ${sheet}.`);
  const headers = grid.cells[headerRow - 1] ?? [];
  const column = headers.findIndex((h) => displayValue(h) === header);
  if (column < 0) throw new Error(`No column "${header}" in row ${headerRow} of ${sheet}.`);
  const row = grid.cells.slice(headerRow).find((r) => displayValue(r[0] ?? null) === rowLabel);
  if (row === undefined) throw new Error(`No row "${rowLabel}" under the header of ${sheet}.`);
  return row[column] ?? null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The cells a list validation's source ("=Sheet!$H$2:$H$5") points at, as display values. */
export function listSourceValues(grids: readonly SheetGrid[], source: string): unknown[] {
  const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(source);
  if (m === null) throw new Error(`The list source ${source} is not a range on a sheet.`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const grid = grids.find((g) => g.name === sheet);
  if (grid === undefined) throw new Error(`The list source ${source} names a sheet the workbook lacks.`);
  const [c0, r0, c1, r1] = [columnNumber(m[3]), Number(m[4]), columnNumber(m[5]), Number(m[6])];
  const out: unknown[] = [];
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) out.push(displayValue(grid.cells[r - 1]?.[c - 1] ?? null));
  return out;
}

/** 0-based row and column of an A1 address. */
export function cellIndex(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (m === null) throw new Error(`Not a cell address: ${a1}`);
  return { row: Number(m[2]) - 1, column: columnNumber(m[1]) - 1 };
}
