import { Area, MAX_COLUMNS, MAX_ROWS, isEntireColumn, isEntireRow } from "./area";

/**
 * A1 references as Excel writes and reads them: "A1", "A1:B2", "$A$1", "A:C", "2:5", with an
 * optional sheet prefix ("Sheet1!A1", "'Område 1'!A1:B2").
 */

export function columnLetters(column0: number): string {
  let n = column0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}

export function cellName(row0: number, column0: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column0)}${d}${row0 + 1}`;
}

/** "A1:B2", "A1" for one cell, "A:C" / "2:5" for whole columns / rows (Excel's own forms). */
export function areaName(a: Area, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireColumn(a) && !isEntireRow(a)) {
    return `${d}${columnLetters(a.c0)}:${d}${columnLetters(a.c1)}`;
  }
  if (isEntireRow(a) && !isEntireColumn(a)) {
    return `${d}${a.r0 + 1}:${d}${a.r1 + 1}`;
  }
  const first = cellName(a.r0, a.c0, absolute);
  return a.r0 === a.r1 && a.c0 === a.c1 ? first : `${first}:${cellName(a.r1, a.c1, absolute)}`;
}

const CELL_LIKE = /^[A-Za-z]{1,3}[0-9]+$|^[Rr][0-9]*[Cc][0-9]*$/;

/** Excel leaves a sheet name bare in a reference when it is a plain word that is not a cell name. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !CELL_LIKE.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, a: Area, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${areaName(a, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

function parseEndpoint(text: string): { row: number | null; column: number | null } | null {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { row: null, column: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: null };
  return null;
}

/** Parses a sheet-local reference ("A1", "B2:C5", "A:A", "3:4"); null when it is not one. */
export function parseAreaName(text: string): Area | null {
  const parts = text.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const first = parseEndpoint(parts[0]);
  const last = parts.length === 2 ? parseEndpoint(parts[1]) : first;
  if (first === null || last === null) return null;
  const wholeColumns = first.row === null && last.row === null && first.column !== null && last.column !== null;
  const wholeRows = first.column === null && last.column === null && first.row !== null && last.row !== null;
  if (parts.length === 1 && (first.row === null || first.column === null)) return null;
  let r0: number, r1: number, c0: number, c1: number;
  if (wholeColumns) {
    r0 = 0;
    r1 = MAX_ROWS - 1;
    c0 = Math.min(first.column as number, last.column as number);
    c1 = Math.max(first.column as number, last.column as number);
  } else if (wholeRows) {
    c0 = 0;
    c1 = MAX_COLUMNS - 1;
    r0 = Math.min(first.row as number, last.row as number);
    r1 = Math.max(first.row as number, last.row as number);
  } else if (first.row !== null && first.column !== null && last.row !== null && last.column !== null) {
    r0 = Math.min(first.row, last.row);
    r1 = Math.max(first.row, last.row);
    c0 = Math.min(first.column, last.column);
    c1 = Math.max(first.column, last.column);
  } else {
    return null;
  }
  if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLUMNS) return null;
  return { r0, c0, r1, c1 };
}

export interface Reference {
  /** The sheet named in the reference, unquoted; null when it had none. */
  readonly sheet: string | null;
  /** The part after "!" (or the whole text): an A1 reference or a defined name. */
  readonly local: string;
}

/** Splits "Sheet1!A1", "'It''s'!A1:B2", "=Sheet1!$A$1" into sheet and local part. */
export function splitReference(text: string): Reference {
  let s = text.trim();
  if (s.startsWith("=")) s = s.slice(1).trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i++;
    }
    if (s[i] === "'" && s[i + 1] === "!") {
      return { sheet: name, local: s.slice(i + 2) };
    }
    return { sheet: null, local: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) {
    return { sheet: s.slice(0, bang), local: s.slice(bang + 1) };
  }
  return { sheet: null, local: s };
}
