import { CellValue } from "./cell";
import { isTextFormat } from "./style";

/**
 * How Excel takes a value written through Range.values or Range.formulas: like text typed into
 * the cell. Office.js (Range.values): "If the returned value starts with a plus ("+"), minus ("-"),
 * or equal sign ("="), Excel interprets this value as a formula." — unless the cell is
 * text-formatted ("@"), where what is written stays text.
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *
 * Also like typing (the same page: "Locale-shaped strings … are stored as text instead of as
 * dates. To ensure dates are stored as dates, use … a locale-neutral format like ISO
 * (YYYY-MM-DD)"): numeric text becomes a number ("1.10" → 1.1, "007" → 7), "12%" 0.12 with a
 * percent format, an ISO date ("2019-05-01", optionally with " 13:45") a date serial number with
 * a date format, TRUE/FALSE a boolean; a leading apostrophe keeps the rest as text; "" empties
 * the cell (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values: "If you
 * specify a blank value for the values property of a range, the content of the range is
 * cleared."). Other date forms, currency and thousands separators stay text in the double.
 */
export type CellInput =
  | { readonly kind: "clear" }
  | { readonly kind: "constant"; readonly value: CellValue; readonly impliedFormat?: string }
  | { readonly kind: "formula"; readonly formula: string };

const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Excel's date serial (1900 date system): days since 1899-12-30, time as the fraction. */
export function dateSerial(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0
): number | null {
  const ms = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 1900)
    return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export class InputError extends Error {}

export function parseCellInput(raw: unknown, numberFormat: string): CellInput {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw new InputError(`${raw} is not a number Excel can store`);
    return { kind: "constant", value: raw };
  }
  if (typeof raw === "boolean") {
    return { kind: "constant", value: raw };
  }
  if (typeof raw !== "string") {
    throw new InputError(`a cell takes a string, number or boolean, not ${raw === null ? "null" : typeof raw}`);
  }
  if (raw === "") {
    return { kind: "clear" };
  }
  if (isTextFormat(numberFormat)) {
    return { kind: "constant", value: raw };
  }
  if (raw.startsWith("'")) {
    return { kind: "constant", value: raw.slice(1) };
  }
  const trimmed = raw.trim();
  if (NUMBER.test(trimmed)) {
    return { kind: "constant", value: Number(trimmed) };
  }
  if (PERCENT.test(trimmed)) {
    const digits = trimmed.slice(0, -1);
    const decimals = digits.includes(".") ? digits.split(".")[1].length : 0;
    return {
      kind: "constant",
      value: Number(digits) / 100,
      impliedFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [y, mo, d, h, mi, se] = iso.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    const serial = dateSerial(y, mo, d, h, mi, se);
    if (serial !== null)
      return {
        kind: "constant",
        value: serial,
        impliedFormat: iso[4] === undefined ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm",
      };
  }
  if (/^(true|false)$/i.test(trimmed)) {
    return { kind: "constant", value: trimmed.toLowerCase() === "true" };
  }
  if (raw.length > 1 && raw.startsWith("=")) {
    return { kind: "formula", formula: raw };
  }
  if (raw.length > 1 && (raw.startsWith("+") || raw.startsWith("-") || raw.startsWith("@"))) {
    return { kind: "formula", formula: `=${raw}` };
  }
  return { kind: "constant", value: raw };
}
