import type { ProgrammeRow } from "../programme/schema";
import type { AreaSheetRow, EnteredValues, InputColumnKey } from "../read/types";
import type { RawCell } from "../workbook/cell";
import { INPUT_COLUMN_KEYS } from "../layout/workbook-layout";

/** Empty, or only spaces: nothing anyone could miss. Formulas and errors are never blank. */
export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === "");
}

/**
 * What the generator writes into input columns before anyone types: the responsible department
 * and, for indicators, last year's value from the programme's history. A cell that still holds
 * exactly this was not entered by anyone, so a changed programme may replace it.
 */
export function prefilledValues(row: ProgrammeRow, year: number | null): EnteredValues {
  const lastYear = year === null || row.indicator === null ? undefined : row.indicator.history[String(year - 1)];
  return lastYear === undefined ? { department: row.department } : { department: row.department, lastYear };
}

function sameValue(cell: RawCell, expected: RawCell | undefined): boolean {
  if (expected === undefined || expected === null || typeof cell === "object" || typeof expected === "object") {
    return false;
  }
  if (typeof expected === "number") {
    const n =
      typeof cell === "number" ? cell : typeof cell === "string" && cell.trim() !== "" ? Number(cell.trim()) : NaN;
    return n === expected;
  }
  return String(cell).trim() === String(expected).trim();
}

/**
 * The input cells of a sheet row that hold something someone entered, raw. `programmeRow` is the
 * row as the programme the workbook was generated from has it (for what was pre-filled).
 */
export function enteredValuesOf(
  row: AreaSheetRow,
  programmeRow: ProgrammeRow | undefined,
  year: number | null
): EnteredValues {
  const prefilled = programmeRow === undefined ? {} : prefilledValues(programmeRow, year);
  const out: Partial<Record<InputColumnKey, RawCell>> = {};
  for (const key of INPUT_COLUMN_KEYS) {
    const cell = row.cells[key];
    if (isBlankCell(cell) || sameValue(cell, prefilled[key])) {
      continue;
    }
    out[key] = cell;
  }
  return out;
}

export function hasValues(values: EnteredValues): boolean {
  return Object.keys(values).length > 0;
}
