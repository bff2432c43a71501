import { LIMITS } from "../../core/limits";
import { LimitExceededError } from "./limit-error";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Column letters to a 1-based number: A → 1, XFD → 16,384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Where the tag's local name starting at `at` (just past '<') begins and ends, prefix skipped. */
function tagName(xml: Uint8Array, at: number): { start: number; end: number } {
  let start = at;
  let i = at;
  while (i < xml.length && !isSpace(xml[i] ?? 0) && xml[i] !== GT && xml[i] !== SLASH && i - at <= 40) {
    if (xml[i] === COLON) start = i + 1;
    i++;
  }
  return { start, end: i };
}

function named(xml: Uint8Array, tag: { start: number; end: number }, name: string): boolean {
  if (tag.end - tag.start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (xml[tag.start + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** The value of attribute r="…" inside a tag from `from` to its '>'. */
function refAttribute(xml: Uint8Array, from: number): { ref: string | null; close: number; selfClosing: boolean } {
  let i = from;
  let ref: string | null = null;
  while (i < xml.length && xml[i] !== GT) {
    if (xml[i] === 0x72 /* r */ && isSpace(xml[i - 1] ?? 0) && xml[i + 1] === 0x3d /* = */) {
      const quote = xml[i + 2];
      let k = i + 3;
      let value = "";
      while (k < xml.length && xml[k] !== quote && k - i < 20) value += String.fromCharCode(xml[k++] ?? 0);
      ref = value;
      i = k;
    }
    i++;
  }
  return { ref, close: i, selfClosing: xml[i - 1] === SLASH };
}

/** True when the element's content, up to its end tag, holds a value, formula or inline string. */
function hasContent(xml: Uint8Array, from: number): boolean {
  for (let i = from; i + 1 < xml.length; i++) {
    if (xml[i] !== LT) continue;
    const closing = xml[i + 1] === SLASH;
    const tag = tagName(xml, closing ? i + 2 : i + 1);
    if (closing && named(xml, tag, "c")) return false;
    if (named(xml, tag, "v") || named(xml, tag, "f") || named(xml, tag, "is")) return true;
  }
  return false;
}

export interface SheetExtent {
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly cells: number;
}

/**
 * How far a sheet's content reaches, read from its XML bytes before any parser builds rows and
 * cells: a single value at XFD1048576 would make a grid of 17 billion cells. Cells that hold no
 * value (a format only) do not count, as Excel does not count them in the used range's content.
 * Stops at the first limit passed, naming the sheet and cell.
 */
export function sheetExtent(xml: Uint8Array, sheet: string, cellsBefore: number): SheetExtent {
  let lastRow = 0;
  let lastColumn = 0;
  let cells = 0;
  let rowElements = 0;
  let row = 0;
  let column = 0;
  for (let i = 0; i < xml.length; i++) {
    if (xml[i] !== LT) continue;
    const tag = tagName(xml, i + 1);
    const end = tag.end;
    if (named(xml, tag, "row")) {
      rowElements++;
      const { ref, close } = refAttribute(xml, end);
      row = ref !== null && /^\d+$/.test(ref) ? Number(ref) : row + 1;
      column = 0;
      if (rowElements > LIMITS.rows) {
        throw new LimitExceededError({ limit: "rows", where: `'${sheet}'`, max: LIMITS.rows });
      }
      i = close;
    } else if (named(xml, tag, "c")) {
      const { ref, close, selfClosing } = refAttribute(xml, end);
      const m = ref === null ? null : /^([A-Z]{1,3})(\d+)$/.exec(ref);
      column = m ? columnNumber(m[1] ?? "") : column + 1;
      const cellRow = m ? Number(m[2]) : row;
      i = close;
      if (selfClosing || !hasContent(xml, close + 1)) continue;
      cells++;
      const where = `'${sheet}'!${columnLetters(column)}${cellRow}`;
      if (cellRow > LIMITS.rows) throw new LimitExceededError({ limit: "rows", where, max: LIMITS.rows });
      if (column > LIMITS.columns) throw new LimitExceededError({ limit: "columns", where, max: LIMITS.columns });
      if (cellsBefore + cells > LIMITS.cells)
        throw new LimitExceededError({ limit: "cells", where, max: LIMITS.cells });
      lastRow = Math.max(lastRow, cellRow);
      lastColumn = Math.max(lastColumn, column);
    }
  }
  return { lastRow, lastColumn, cells };
}

/**
 * Counts row elements while a sheet inflates, so a sheet of a million rows stops after the
 * first hundred thousand instead of after all of them. A tag cut in two by a chunk's edge is
 * missed: the count is a lower bound, which is all a limit needs; sheetExtent counts exactly.
 */
export function rowCounter(sheet: string): (chunk: Uint8Array) => void {
  let rows = 0;
  return (chunk) => {
    for (let i = 0; i + 4 < chunk.length; i++) {
      // "<row" or a prefixed ":row", followed by a space or '>'.
      if (
        chunk[i + 1] === 0x72 &&
        chunk[i + 2] === 0x6f &&
        chunk[i + 3] === 0x77 &&
        (chunk[i] === LT || chunk[i] === COLON) &&
        (isSpace(chunk[i + 4] ?? 0) || chunk[i + 4] === GT)
      ) {
        rows++;
      }
    }
    if (rows > LIMITS.rows) throw new LimitExceededError({ limit: "rows", where: `'${sheet}'`, max: LIMITS.rows });
  };
}
