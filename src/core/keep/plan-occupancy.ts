import { parseAddress, type RangePosition } from "../plan/a1";
import type { SheetPlan } from "../plan/types";

/** The cells a sheet of the plan writes: its tables whole, and the filled cells of its blocks. */
export interface Occupancy {
  has(row: number, column: number): boolean;
  /** Each table's rectangle, header included. */
  readonly tables: readonly RangePosition[];
}

const key = (row: number, column: number): string => `${row},${column}`;

export function occupancyOf(
  sheet: SheetPlan | undefined,
  options: { readonly tables: boolean } = { tables: true }
): Occupancy {
  if (sheet === undefined) return { has: () => false, tables: [] };
  const filled = new Set<string>();
  for (const block of sheet.blocks) {
    const origin = parseAddress(block.topLeft);
    if (origin === null) continue;
    block.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") filled.add(key(origin.row + r, origin.column + c));
      })
    );
  }
  const tables: RangePosition[] = [];
  for (const table of sheet.tables) {
    const origin = parseAddress(table.topLeft);
    if (origin === null) continue;
    tables.push({
      top: origin.row,
      left: origin.column,
      bottom: origin.row + table.rows.length,
      right: origin.column + table.columns.length - 1,
    });
  }
  const inTable = (row: number, column: number): boolean =>
    options.tables && tables.some((t) => row >= t.top && row <= t.bottom && column >= t.left && column <= t.right);
  return { has: (row, column) => filled.has(key(row, column)) || inTable(row, column), tables };
}
