import { parseAddress } from "./a1";
import type { SheetPlan } from "./types";
import type { RawCell, SheetGrid } from "../workbook/cell";

/**
 * Writing only what changes, decided on plain data: a sheet plan laid out as the cells it wants
 * (value and number format), compared with the cells as they stand. The Excel adapter writes only
 * the differing cells, so a cell someone else typed in meanwhile, anywhere else, is never written
 * over.
 */

export interface WantedCell {
  readonly value: RawCell;
  readonly numberFormat: string | null;
}

/** Row → column → wanted cell (1-based). */
export type WantedCells = Map<number, Map<number, WantedCell>>;

function put(cells: WantedCells, row: number, column: number, cell: WantedCell): void {
  let line = cells.get(row);
  if (line === undefined) {
    line = new Map();
    cells.set(row, line);
  }
  line.set(column, cell);
}

/** Every cell the plan writes: blocks, table headers and table rows, as the writers place them. */
export function wantedCells(plan: SheetPlan): WantedCells {
  const cells: WantedCells = new Map();
  for (const table of plan.tables) {
    const origin = parseAddress(table.topLeft);
    if (origin === null) continue;
    table.columns.forEach((c, j) => put(cells, origin.row, origin.column + j, { value: c.header, numberFormat: "@" }));
    table.rows.forEach((line, i) =>
      table.columns.forEach((c, j) =>
        put(cells, origin.row + 1 + i, origin.column + j, { value: line[j] ?? null, numberFormat: c.numberFormat })
      )
    );
  }
  for (const block of plan.blocks) {
    const origin = parseAddress(block.topLeft);
    if (origin === null) continue;
    const numberFormat = block.style?.numberFormat ?? null;
    block.cells.forEach((line, i) =>
      line.forEach((value, j) => put(cells, origin.row + i, origin.column + j, { value, numberFormat }))
    );
  }
  return cells;
}

export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: RawCell;
  readonly numberFormat: string | null;
}

export interface DiffOptions {
  /** Rows written in full (value and format of every wanted cell), e.g. rows just added. */
  readonly fullRows?: ReadonlySet<number>;
  /** Clear cells the plan does not want that hold something, within these columns (1-based, inclusive). */
  readonly clearOutside?: { readonly firstColumn: number; readonly lastColumn: number } | null;
}

/** Cell (row, column) of a grid whose row 1 / column A is [0][0]. */
export function gridCell(grid: SheetGrid, row: number, column: number): RawCell {
  return grid.cells[row - 1]?.[column - 1] ?? null;
}

/** The writes that turn `current` into what `wanted` says. */
export function changedCells(wanted: WantedCells, current: SheetGrid, options: DiffOptions = {}): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const [row, line] of wanted) {
    const full = options.fullRows?.has(row) === true;
    for (const [column, cell] of line) {
      if (full || !sameCell(gridCell(current, row, column), cell.value)) {
        writes.push({ row, column, value: cell.value, numberFormat: cell.numberFormat });
      }
    }
  }
  const scope = options.clearOutside;
  if (scope !== undefined && scope !== null) {
    current.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const row = i + 1;
        const column = j + 1;
        if (column < scope.firstColumn || column > scope.lastColumn || cell === null) return;
        if (wanted.get(row)?.has(column) === true) return;
        writes.push({ row, column, value: null, numberFormat: null });
      })
    );
  }
  return writes;
}

/** Whether the cell in the sheet already holds what the plan wants there (formulas by their text). */
export function sameCell(current: RawCell, wanted: RawCell): boolean {
  const a = normalised(current);
  const b = normalised(wanted);
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    if ("formula" in a && "formula" in b) return a.formula === b.formula;
    if ("error" in a && "error" in b) return a.error === b.error;
    return false;
  }
  return a === b;
}

function normalised(cell: RawCell): RawCell {
  return cell === "" ? null : cell;
}
