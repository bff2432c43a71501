import { parseAddress } from "../../src/core";
import type { RawCell, SheetGrid, SheetPlan, WorkbookPlan } from "../../src/core";

/**
 * A plan as the grids an engine would hand back after writing it, without any engine: tables
 * (header and rows) and blocks placed in a 2-D array. For reader tests that edit the grids the way
 * people edit workbooks (insert rows, move columns, rename sheets).
 */
export function sheetToGrid(sheet: SheetPlan): SheetGrid {
  const cells: RawCell[][] = [];
  const put = (row: number, column: number, value: RawCell): void => {
    while (cells.length < row) {
      cells.push([]);
    }
    const r = cells[row - 1] ?? [];
    while (r.length < column) {
      r.push(null);
    }
    r[column - 1] = value;
    cells[row - 1] = r;
  };
  for (const t of sheet.tables) {
    const origin = parseAddress(t.topLeft);
    if (origin === null) {
      throw new Error(`bad table address ${t.topLeft}`);
    }
    t.columns.forEach((c, i) => put(origin.row, origin.column + i, c.header));
    t.rows.forEach((row, r) => row.forEach((v, i) => put(origin.row + 1 + r, origin.column + i, v)));
  }
  for (const b of sheet.blocks) {
    const origin = parseAddress(b.topLeft);
    if (origin === null) {
      throw new Error(`bad block address ${b.topLeft}`);
    }
    b.cells.forEach((row, r) => row.forEach((v, i) => put(origin.row + r, origin.column + i, v)));
  }
  const width = cells.reduce((m, r) => Math.max(m, r.length), 0);
  return {
    name: sheet.name,
    cells: cells.map((r) => [...r, ...Array<RawCell>(width - r.length).fill(null)]),
    hidden: sheet.visibility !== "visible",
  };
}

export function planToGrids(plan: WorkbookPlan): SheetGrid[] {
  return plan.sheets.map(sheetToGrid);
}

/** The value a plan puts in a cell, from tables and blocks; undefined when nothing is there. */
export function planCell(sheet: SheetPlan, a1: string): RawCell | undefined {
  const p = parseAddress(a1);
  if (p === null) {
    return undefined;
  }
  const grid = sheetToGrid(sheet);
  const row = grid.cells[p.row - 1];
  return row === undefined ? undefined : row[p.column - 1];
}

// Edits people make to workbooks, as pure functions on grids.

export function insertRowAbove(grid: SheetGrid, row: number, values: readonly RawCell[] = []): SheetGrid {
  const width = grid.cells[0]?.length ?? 0;
  const inserted = Array.from({ length: width }, (_, i) => values[i] ?? null);
  return { ...grid, cells: [...grid.cells.slice(0, row - 1), inserted, ...grid.cells.slice(row - 1)] };
}

/** Moves the column at 1-based `from` so it ends up at `to` (like cut and insert in Excel). */
export function moveColumn(grid: SheetGrid, from: number, to: number): SheetGrid {
  return {
    ...grid,
    cells: grid.cells.map((r) => {
      const row = [...r];
      const [cell] = row.splice(from - 1, 1);
      row.splice(to - 1, 0, cell ?? null);
      return row;
    }),
  };
}

export function setCell(grid: SheetGrid, row: number, column: number, value: RawCell): SheetGrid {
  const cells = grid.cells.map((r) => [...r]);
  while (cells.length < row) {
    cells.push([]);
  }
  const r = cells[row - 1] ?? [];
  while (r.length < column) {
    r.push(null);
  }
  r[column - 1] = value;
  cells[row - 1] = r;
  return { ...grid, cells };
}

export function renameSheet(grids: readonly SheetGrid[], from: string, to: string): SheetGrid[] {
  return grids.map((g) => (g.name === from ? { ...g, name: to } : g));
}

export function withoutSheet(grids: readonly SheetGrid[], name: string): SheetGrid[] {
  return grids.filter((g) => g.name !== name);
}

export function replaceSheet(
  grids: readonly SheetGrid[],
  name: string,
  edit: (g: SheetGrid) => SheetGrid
): SheetGrid[] {
  return grids.map((g) => (g.name === name ? edit(g) : g));
}
