import { parseNumberText } from "../../workbook/parse-number";
import { displayValue, isError, type RawCell } from "../../workbook/cell";
import { EXAMPLE_MARK } from "./format";
import type { SourcedText } from "../schema";

/**
 * How a cell of a pasted programme table reads. Excel turns what is pasted into numbers and dates
 * where it can ("1" becomes 1, "2018-06-18" a date serial, "80 %" 0.8), so every reader accepts
 * both the text and what Excel made of it.
 */
export type CellText = { kind: "empty" } | { kind: "text"; text: string } | { kind: "error"; value: string };

export function cellText(cell: RawCell | undefined): CellText {
  if (cell === undefined) return { kind: "empty" };
  if (isError(cell)) return { kind: "error", value: cell.error };
  const v = displayValue(cell);
  if (v === null) return { kind: "empty" };
  const text = String(v).trim();
  return text === "" ? { kind: "empty" } : { kind: "text", text };
}

/** The text of a cell, or null when empty or an error (callers that care about errors use cellText). */
export function plainText(cell: RawCell | undefined): string | null {
  const t = cellText(cell);
  return t.kind === "text" ? t.text : null;
}

const EXAMPLE_PREFIX = new RegExp(
  `^(?:${[EXAMPLE_MARK.sv, EXAMPLE_MARK.en].map((m) => m.replace(/[[\]]/g, "\\$&")).join("|")})\\s*`,
  "i"
);

/** "[Exempel] Text" is an example text; anything else is the programme's own wording. */
export function sourcedText(text: string): SourcedText {
  const m = EXAMPLE_PREFIX.exec(text);
  return m === null
    ? { text, provenance: "confirmed" }
    : { text: text.slice(m[0].length).trim(), provenance: "example" };
}

export function markedText(s: SourcedText, mark: string): string {
  return s.provenance === "example" ? `${mark} ${s.text}` : s.text;
}

/** A number cell, or a text as people type it in Sweden ("1 234,5"); null when neither. */
export function numberOf(cell: RawCell | undefined): number | null {
  const v = cell === undefined ? null : displayValue(cell);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return typeof v === "string" ? parseNumberText(v) : null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** A date as YYYY-MM-DD, from the text or from the serial number Excel made of it. */
export function isoDateOf(cell: RawCell | undefined): string | null {
  const v = cell === undefined ? null : displayValue(cell);
  if (typeof v === "number" && Number.isFinite(v) && v >= 1) {
    return new Date(EXCEL_EPOCH_MS + Math.floor(v) * DAY_MS).toISOString().slice(0, 10);
  }
  if (typeof v !== "string") return null;
  const m = ISO_DATE.exec(v.trim().slice(0, 10));
  return m === null ? null : m[0];
}

const PERIOD = /^([0-9]{4})\s*[-–—]\s*([0-9]{4})$/;

export function periodOf(cell: RawCell | undefined): { from: number; to: number } | null {
  const v = cell === undefined ? null : displayValue(cell);
  if (typeof v === "number" && Number.isInteger(v)) return { from: v, to: v };
  if (typeof v !== "string") return null;
  const m = PERIOD.exec(v.trim());
  return m === null ? null : { from: Number(m[1]), to: Number(m[2]) };
}

/** "80 %", "80%", 0.8, "0,8" and 80 (a percentage typed as a number) are all 0.8. */
export function shareOf(cell: RawCell | undefined): number | null {
  const v = cell === undefined ? null : displayValue(cell);
  if (typeof v === "number") return Number.isFinite(v) ? (v > 1 ? v / 100 : v) : null;
  if (typeof v !== "string") return null;
  const percent = /^(.*?)\s*%$/.exec(v.trim());
  if (percent !== null) {
    const n = parseNumberText(percent[1] ?? "");
    return n === null ? null : n / 100;
  }
  const n = parseNumberText(v);
  return n === null ? null : n > 1 ? n / 100 : n;
}
