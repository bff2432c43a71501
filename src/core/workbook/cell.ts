/**
 * A cell as the core sees it, whichever engine it came from (Office.js `values`/`formulas`,
 * ExcelJS, a 2-D array in a test). Errors and formulas are values, not exceptions.
 */
export type CellScalar = string | number | boolean | null;
export interface FormulaCell {
  readonly formula: string;
  /** The cached result, when the engine had one. */
  readonly result?: CellScalar;
}
export interface ErrorCell {
  readonly error: string;
}
export type RawCell = CellScalar | FormulaCell | ErrorCell;

/** A sheet's used range as a 2-D array, row 1 / column A at index [0][0]. */
export interface SheetGrid {
  readonly name: string;
  readonly cells: readonly (readonly RawCell[])[];
  readonly hidden?: boolean;
}

export function isFormula(cell: RawCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

export function isError(cell: RawCell): cell is ErrorCell {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

/** The value a reader would see: a formula's cached result, an error's code as text. */
export function displayValue(cell: RawCell): CellScalar {
  if (isFormula(cell)) {
    return cell.result ?? null;
  }
  if (isError(cell)) {
    return cell.error;
  }
  return cell;
}

/** Text of a cell trimmed; empty and whitespace-only cells are null. */
export function textOf(cell: RawCell): string | null {
  const v = displayValue(cell);
  if (v === null) {
    return null;
  }
  const s = String(v).trim();
  return s === "" ? null : s;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address from 1-based row and column. */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A sheet-qualified address, quoted as Excel wants it: 'Sheet name'!A1. */
export function sheetAddress(sheet: string, ref: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${ref}`;
}

/** The largest text Excel keeps in one cell. */
export const EXCEL_CELL_TEXT_LIMIT = 32767;
