import { INPUT_COLUMN_KEYS } from "../layout/workbook-layout";
import type { RawCell } from "../workbook/cell";
import { labelOf } from "./grid-access";
import type { AreaSheetRead, EnteredValues, InputColumnKey, WorkbookRead } from "./types";

/**
 * The input cells of every row, raw, by row ID: what a rewrite of the workbook puts back exactly.
 * A column the sheet lacks is left out (so the plan falls back to the programme's default), an
 * empty cell is kept as null (so an emptied cell stays empty). Rows without an ID are not here;
 * an ID that appears twice keeps its first row (the check reports the other).
 */
export function enteredValues(read: WorkbookRead): Map<string, EnteredValues> {
  const out = new Map<string, EnteredValues>();
  for (const sheet of read.areaSheets) {
    for (const row of sheet.rows) {
      const id = labelOf(row.cells.id);
      if (id === null || out.has(id)) {
        continue;
      }
      out.set(id, inputCells(sheet, row.cells));
    }
  }
  return out;
}

function inputCells(sheet: AreaSheetRead, cells: Readonly<Record<InputColumnKey, RawCell>>): EnteredValues {
  const values: Partial<Record<InputColumnKey, RawCell>> = {};
  for (const key of INPUT_COLUMN_KEYS) {
    if (sheet.columns[key] !== undefined) {
      values[key] = cells[key];
    }
  }
  return values;
}
