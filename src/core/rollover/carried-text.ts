import { isError, isFormula, type RawCell } from "../workbook/cell";

/**
 * A cell of last year as the text it showed, for a locked, text-formatted "förra året" column:
 * a formula (typed text that Excel took for one) keeps its source with the "=", an error its code,
 * a number or a truth value its plain form. Null for an empty cell.
 */
export function carriedText(cell: RawCell | undefined): string | null {
  if (cell === undefined || cell === null) {
    return null;
  }
  if (isFormula(cell)) {
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  }
  if (isError(cell)) {
    return cell.error;
  }
  const text = typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
  return text.trim() === "" ? null : text;
}
