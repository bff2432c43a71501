import type { Lang } from "../../lang";
import type { RawCell } from "../../workbook/cell";
import { plainText } from "./cells";
import {
  HEADER_MARKERS,
  HISTORY_HEADER_PATTERN,
  normaliseName,
  matches,
  TABLE_COLUMNS,
  type TableColumnKey,
} from "./format";
import type { TableProblems } from "./problems";

/** Where each column of the table stands (0-based), and its header as the sheet spells it. */
export interface TableHeader {
  /** 0-based index of the header row in the cells. */
  readonly index: number;
  readonly columns: ReadonlyMap<TableColumnKey, { readonly at: number; readonly label: string }>;
  /** "Värde 2018" columns: the year and where it stands. */
  readonly history: readonly { readonly year: string; readonly at: number; readonly label: string }[];
}

const COLUMN_KEYS = Object.keys(TABLE_COLUMNS) as TableColumnKey[];

function columnKeyOf(header: string): TableColumnKey | null {
  return COLUMN_KEYS.find((key) => matches(TABLE_COLUMNS[key], header)) ?? null;
}

/** The first row that names every column of HEADER_MARKERS. */
export function findHeaderRow(cells: readonly (readonly RawCell[])[]): number | null {
  const index = cells.findIndex((row) => {
    const keys = new Set(row.map((cell) => columnKeyOf(plainText(cell) ?? "")));
    return HEADER_MARKERS.every((key) => keys.has(key));
  });
  return index === -1 ? null : index;
}

export function readHeader(cells: readonly RawCell[], index: number, problems: TableProblems): TableHeader {
  const columns = new Map<TableColumnKey, { at: number; label: string }>();
  const history: { year: string; at: number; label: string }[] = [];
  cells.forEach((cell, at) => {
    const label = plainText(cell);
    if (label === null) return;
    const year = HISTORY_HEADER_PATTERN.exec(normaliseName(label))?.[1];
    if (year !== undefined) {
      if (history.some((h) => h.year === year)) problems.add(index + 1, label, "duplicateColumn");
      else history.push({ year, at, label });
      return;
    }
    const key = columnKeyOf(label);
    if (key === null) return; // a column of the coordinator's own (a note, a number) is left alone
    if (columns.has(key)) problems.add(index + 1, label, "duplicateColumn");
    else columns.set(key, { at, label });
  });
  return { index, columns, history };
}

/** The header of a column as the sheet spells it, or as this language names it when the column is missing. */
export function labelOf(header: TableHeader, key: TableColumnKey, lang: Lang): string {
  return header.columns.get(key)?.label ?? TABLE_COLUMNS[key][lang];
}
