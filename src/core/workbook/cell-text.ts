import { isError, isFormula, type RawCell } from "./cell";

/**
 * A cell as the text it shows, for comparing what two engines wrote: a formula by its source (as
 * it is written back), an error by its code, empty and blank as "", numbers and text alike as
 * text (Excel's 5 and LibreOffice's "5" in a text-formatted cell are the same entry).
 */
export function cellText(cell: RawCell | undefined): string {
  if (cell === undefined || cell === null) return "";
  if (isFormula(cell)) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  if (isError(cell)) return cell.error;
  return String(cell).trim();
}
