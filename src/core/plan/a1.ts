import { address } from "../workbook/cell";

/** Parsing the plan's A1 addresses, for the writers that place blocks and ranges. */

export interface CellPosition {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
}

export interface RangePosition {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A1" or "$A$1" → {row 1, column 1}; null for anything else. */
export function parseAddress(a1: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(a1.trim());
  if (m === null || m[1] === undefined || m[2] === undefined) {
    return null;
  }
  let column = 0;
  for (const ch of m[1].toUpperCase()) {
    column = column * 26 + (ch.charCodeAt(0) - 64);
  }
  const row = Number(m[2]);
  return row >= 1 ? { row, column } : null;
}

/** "E8:G20" or "E8" → its corners (normalised so top ≤ bottom, left ≤ right); null if malformed. */
export function parseRange(a1: string): RangePosition | null {
  const [from, to, extra] = a1.split(":");
  if (from === undefined || extra !== undefined) {
    return null;
  }
  const a = parseAddress(from);
  const b = to === undefined ? a : parseAddress(to);
  if (a === null || b === null) {
    return null;
  }
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Every cell of a range, row by row. */
export function cellsOf(range: RangePosition): CellPosition[] {
  const out: CellPosition[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) {
      out.push({ row, column });
    }
  }
  return out;
}

/** The range a block of `rows` × `columns` cells covers from its top-left cell. */
export function blockRange(topLeft: CellPosition, rows: number, columns: number): string {
  return `${address(topLeft.row, topLeft.column)}:${address(topLeft.row + Math.max(rows, 1) - 1, topLeft.column + Math.max(columns, 1) - 1)}`;
}
