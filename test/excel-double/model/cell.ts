import { CellStyle, defaultStyle, isDefaultStyle } from "./style";

/** What a cell holds: a constant, or a formula with the result the double knows for it (if any). */
export type CellValue = string | number | boolean;

export interface CellModel {
  /** The constant, or a formula's cached result (null when the double has none). */
  value: CellValue | null;
  /** "=…" (with the equals sign, as Range.formulas reports it), or null for a constant. */
  formula: string | null;
  style: CellStyle;
}

export function emptyCell(style?: CellStyle): CellModel {
  return { value: null, formula: null, style: style ? { ...style } : defaultStyle() };
}

export function hasContent(cell: CellModel): boolean {
  return cell.formula !== null || (cell.value !== null && cell.value !== "");
}

export function isBlankCell(cell: CellModel): boolean {
  return !hasContent(cell) && isDefaultStyle(cell.style);
}
