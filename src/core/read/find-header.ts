import type { SheetGrid } from "../workbook/cell";
import { cellAt, columnCount, headerKey, labelOf, rowCount } from "./grid-access";

export interface HeaderSpec<K extends string> {
  readonly key: K;
  /** Every text this column's header may have (e.g. Swedish and English). */
  readonly names: readonly string[];
}

export interface HeaderFound<K extends string> {
  /** 1-based row of the header. */
  readonly row: number;
  /** 1-based column of each header found in that row (the first, if one appears twice). */
  readonly columns: Partial<Record<K, number>>;
}

/**
 * The first row that reads as this table's header: it has every `required` column and at least
 * `minimum` of all the columns. Found by scanning, so rows inserted above the table and columns
 * moved within it do not stop a read.
 */
export function findHeaderRow<K extends string>(
  grid: SheetGrid,
  specs: readonly HeaderSpec<K>[],
  required: readonly K[],
  minimum: number
): HeaderFound<K> | null {
  const byName = new Map<string, K>();
  for (const s of specs) {
    for (const n of s.names) {
      byName.set(headerKey(n), s.key);
    }
  }
  const rows = rowCount(grid);
  const width = columnCount(grid);
  for (let r = 1; r <= rows; r++) {
    const columns: Partial<Record<K, number>> = {};
    let found = 0;
    for (let c = 1; c <= width; c++) {
      const text = labelOf(cellAt(grid, r, c));
      const key = text === null ? undefined : byName.get(headerKey(text));
      if (key !== undefined && columns[key] === undefined) {
        columns[key] = c;
        found++;
      }
    }
    if (found >= minimum && required.every((k) => columns[k] !== undefined)) {
      return { row: r, columns };
    }
  }
  return null;
}
