import type ExcelJS from "exceljs";
import type { CellScalar, RawCell } from "../core";

/** RawCell ↔ ExcelJS cell values. */

const FILE_ERRORS = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"] as const;
type FileError = (typeof FILE_ERRORS)[number];

function isFileError(code: string): code is FileError {
  return (FILE_ERRORS as readonly string[]).includes(code);
}

/** A character XML 1.0 cannot carry, or a carriage return (XML parsers turn it into a line feed). */
function notInXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Each character XML cannot hold (lone surrogates included) replaced by what `replace` gives. */
function mapUnsafe(text: string, replace: (code: number) => string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      out += text.slice(i, i + 2);
      i++;
    } else if (notInXml(code) || isHigh(code) || isLow(code)) {
      out += replace(code);
    } else {
      out += text.charAt(i);
    }
  }
  return out;
}

function stripUnsafe(text: string): string {
  return mapUnsafe(text, () => "");
}

/**
 * Text as OOXML stores it: a character XML cannot hold is written _xHHHH_ (as Excel does), and a
 * literal "_xHHHH_" in the text gets its underscore escaped, because readers (ExcelJS, Excel,
 * LibreOffice) decode that pattern. ExcelJS decodes on read but does not encode on write.
 */
export function encodeOoxmlText(text: string): string {
  return mapUnsafe(
    text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"),
    (code) => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`
  );
}

/**
 * A scalar for the file. A formula's cached result is not decoded by readers the way cell text
 * is, so characters XML cannot hold are dropped from it (the engine recomputes it anyway).
 */
function scalarToExcel(v: CellScalar, asResult = false): ExcelJS.CellValue {
  if (typeof v === "string") {
    if (asResult) {
      return stripUnsafe(v);
    }
    // An empty string is an empty cell: engines disagree on whether "" counts as filled.
    return v === "" ? null : encodeOoxmlText(v);
  }
  if (typeof v === "number" && !Number.isFinite(v)) {
    // A file cannot hold NaN or infinity; keep what it said as text rather than lose it.
    return String(v);
  }
  return v;
}

/**
 * A RawCell as ExcelJS writes it. Empty stays null (never "": engines disagree on counting empty
 * strings). An error code the file format does not know (#SPILL!, #CALC! from newer Excel) is
 * kept as its text, since writing it as an error would make the file unreadable.
 */
export function toExcelValue(cell: RawCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") {
    return scalarToExcel(cell);
  }
  if ("formula" in cell) {
    const formula = stripUnsafe(cell.formula.startsWith("=") ? cell.formula.slice(1) : cell.formula);
    if (formula.trim() === "") {
      // Nothing to calculate: keep what the cell said as text.
      return encodeOoxmlText(cell.formula);
    }
    const result = cell.result;
    if (result === undefined || result === null) {
      return { formula };
    }
    const r = scalarToExcel(result, true);
    return r === null || r === undefined || typeof r === "object" ? { formula } : { formula, result: r };
  }
  return isFileError(cell.error) ? { error: cell.error } : encodeOoxmlText(cell.error);
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

function flatten(value: ExcelJS.CellValue | undefined): CellScalar | { error: string } {
  if (value === null || value === undefined) {
    return null;
  }
  if (value instanceof Date) {
    return isoDate(value);
  }
  if (typeof value !== "object") {
    return value;
  }
  if ("error" in value) {
    return { error: String(value.error) };
  }
  if ("richText" in value) {
    return value.richText.map((r) => r.text).join("");
  }
  if ("hyperlink" in value) {
    return typeof value.text === "string" ? value.text : String(value.hyperlink);
  }
  if ("result" in value) {
    return flatten(value.result);
  }
  return null;
}

/**
 * A cell read from a file as a RawCell: formulas (shared ones translated to their own cell) as
 * {formula: "=…", result}, errors as {error}, rich text flattened, dates as ISO date strings.
 */
export function fromExcelCell(cell: ExcelJS.Cell): RawCell {
  const value = cell.value;
  if (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Date) &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    const formula = cell.formula;
    // cell.result, not value.result: ExcelJS's value copy drops falsy results (0, FALSE, "").
    const result = flatten(cell.result);
    const text = typeof formula === "string" && formula !== "" ? `=${formula}` : "=";
    if (result !== null && typeof result === "object") {
      // A FormulaCell's result is a scalar: an error result is kept as its code.
      return { formula: text, result: result.error };
    }
    return result === null ? { formula: text } : { formula: text, result };
  }
  return flatten(value);
}
