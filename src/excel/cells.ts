import type { CellScalar, RawCell } from "../core";

/**
 * Cells between Office.js and the core. Reading: `formulas` says what a cell holds (a formula, or
 * the constant itself), `values` what a formula gave. Writing: everything goes through `formulas`,
 * so a formula stays a formula and a constant is written as itself (text-formatted cells keep
 * "=x" as text: the number format is always set before the values).
 */

/** Excel's error values, as `values` and `formulas` report them. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function isErrorText(v: unknown): v is string {
  return typeof v === "string" && ERROR_VALUE.test(v);
}

/** An Office.js value as a scalar: "" (empty) is null. */
export function scalarOf(v: unknown): CellScalar {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}

function isFormulaText(v: unknown): v is string {
  return typeof v === "string" && v.length > 1 && v.startsWith("=");
}

/**
 * A cell from what Excel reported: `formula` from `formulas`, `value` from `values` (undefined when
 * values were not read). An error constant (typed "#N/A") is {error}: Office.js reports it as its
 * text, and a text cell holding exactly an error code is too rare to tell apart at the cost of
 * reading every cell's type.
 */
export function rawCellOf(formula: unknown, value: unknown): RawCell {
  if (isFormulaText(formula)) {
    const result = value === undefined ? undefined : scalarOf(value);
    return result === undefined || result === null ? { formula } : { formula, result };
  }
  const constant = scalarOf(formula === undefined ? value : formula);
  return isErrorText(constant) ? { error: constant } : constant;
}

/** What to write through `Range.formulas` for a plan cell: empty is "" (it clears the cell). */
export function officeInput(cell: RawCell): string | number | boolean {
  if (cell === null) return "";
  if (typeof cell !== "object") return cell;
  if ("formula" in cell) return cell.formula;
  return cell.error;
}
