import { displayValue } from "../src/core";
import type { CellScalar, WorkbookPlan } from "../src/core";

/** A sheet's cells as plain values, for the floor: what the plan writes, without any of its logic. */
export interface PlainGrid {
  readonly name: string;
  readonly cells: readonly (readonly CellScalar[])[];
}

function parseA1(ref: string): { row: number; column: number } {
  const m = /^([A-Z]+)([0-9]+)$/.exec(ref);
  if (m === null) {
    throw new Error(`not an A1 address: ${ref}`);
  }
  let column = 0;
  for (const ch of m[1]) {
    column = column * 26 + (ch.charCodeAt(0) - 64);
  }
  return { row: Number(m[2]), column };
}

export function planGrids(plan: WorkbookPlan): PlainGrid[] {
  return plan.sheets.map((sheet) => {
    const rows: CellScalar[][] = [];
    const put = (row: number, column: number, value: CellScalar): void => {
      while (rows.length < row) rows.push([]);
      const r = rows[row - 1];
      while (r.length < column) r.push(null);
      r[column - 1] = value;
    };
    for (const block of sheet.blocks) {
      const origin = parseA1(block.topLeft);
      block.cells.forEach((line, i) =>
        line.forEach((cell, j) => put(origin.row + i, origin.column + j, displayValue(cell)))
      );
    }
    for (const table of sheet.tables) {
      const origin = parseA1(table.topLeft);
      table.columns.forEach((c, j) => put(origin.row, origin.column + j, c.header));
      table.rows.forEach((line, i) =>
        line.forEach((cell, j) => put(origin.row + 1 + i, origin.column + j, displayValue(cell)))
      );
    }
    return { name: sheet.name, cells: rows };
  });
}
