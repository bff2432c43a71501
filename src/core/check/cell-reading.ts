import { isError, isFormula, type RawCell } from "../workbook/cell";
import { parseNumberText } from "../workbook/parse-number";

/**
 * How the rules see one cell. A cell that is an error, or a formula where text belongs, is
 * "blocked": errorValue / formulaInText report it once, and the content rules leave it alone.
 */
export type TextReading = { kind: "empty" } | { kind: "text"; raw: string } | { kind: "blocked" };
export type NumberReading =
  { kind: "empty" } | { kind: "number"; value: number } | { kind: "notNumeric"; raw: string } | { kind: "blocked" };

/** Excel's error values, as an engine may hand them over as a formula's cached result. */
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** The error a cell shows (#REF!, #N/A…), whether stored as an error or as a formula's result. */
export function errorShown(cell: RawCell): string | null {
  if (isError(cell)) {
    return cell.error;
  }
  if (isFormula(cell) && typeof cell.result === "string" && EXCEL_ERROR.test(cell.result.trim())) {
    return cell.result.trim();
  }
  return null;
}

/** A text-column cell, untrimmed: " Pågår " is not "Pågår" to a COUNTIFS, so not to us either. */
export function readText(cell: RawCell): TextReading {
  if (isError(cell) || isFormula(cell)) {
    return { kind: "blocked" };
  }
  if (cell === null) {
    return { kind: "empty" };
  }
  const raw = String(cell);
  return raw.trim() === "" ? { kind: "empty" } : { kind: "text", raw };
}

/** A number-column cell; a formula counts by its cached result (none yet reads as empty). */
export function readNumber(cell: RawCell): NumberReading {
  if (errorShown(cell) !== null) {
    return { kind: "blocked" };
  }
  const value = isFormula(cell) ? (cell.result ?? null) : cell;
  if (value === null) {
    return { kind: "empty" };
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "notNumeric", raw: String(value) };
  }
  const raw = String(value);
  if (raw.trim() === "") {
    return { kind: "empty" };
  }
  const parsed = typeof value === "string" ? parseNumberText(value) : null;
  return parsed === null ? { kind: "notNumeric", raw } : { kind: "number", value: parsed };
}

/** Length of the longest text a cell holds (value, formula or its result), in UTF-16 units as Excel counts; 0 for none. */
export function textLength(cell: RawCell): number {
  if (typeof cell === "string") {
    return cell.length;
  }
  if (isFormula(cell)) {
    return Math.max(cell.formula.length, typeof cell.result === "string" ? cell.result.length : 0);
  }
  return 0;
}

const SHOWN_MAX = 60;

/** A typed value as quoted in a message: long pastes are cut so the message stays readable. */
export function shown(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, " ");
  return oneLine.length <= SHOWN_MAX ? oneLine : `${oneLine.slice(0, SHOWN_MAX)}…`;
}
