import { displayValue, type RawCell, type SheetGrid } from "../workbook/cell";

/**
 * Safe access to a grid from any engine: rows may be ragged or missing, and a cell may hold
 * anything a RawCell can (or, from a careless caller, undefined). Nothing here throws.
 */

/** The cell at a 1-based row and column; null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, column: number): RawCell {
  const r = grid.cells[row - 1];
  if (r === undefined || r === null) {
    return null;
  }
  const c = r[column - 1];
  return c === undefined ? null : c;
}

export function rowCount(grid: SheetGrid): number {
  return grid.cells.length;
}

export function columnCount(grid: SheetGrid): number {
  return grid.cells.reduce((max, r) => Math.max(max, r?.length ?? 0), 0);
}

/** Empty or only whitespace. A formula or an error is never blank: someone put it there. */
export function isBlank(cell: RawCell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** A cell as a string for matching labels and IDs: trimmed, null when blank. */
export function labelOf(cell: RawCell | undefined): string | null {
  if (cell === undefined) {
    return null;
  }
  let v: unknown;
  try {
    v = displayValue(cell);
  } catch {
    return null;
  }
  if (v === null || v === undefined || typeof v === "object") {
    return null;
  }
  const s = String(v).trim();
  return s === "" ? null : s;
}

/** Header text compared loosely: case and runs of spaces do not matter. */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

export function sameSheetName(a: string, b: string): boolean {
  // Excel compares sheet names without regard to case.
  return a.toLowerCase() === b.toLowerCase();
}
