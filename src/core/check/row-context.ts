import type { RowType } from "../programme/schema";
import type { AreaSheetRead, AreaSheetRow } from "../read/types";
import { address, type RawCell } from "../workbook/cell";
import type { AreaColumnKey } from "../layout/workbook-layout";
import { readText } from "./cell-reading";
import { normaliseStatus, type StatusReading } from "./normalise-status";
import { rowTypeFromLabel, type IndexedRow, type ProgrammeIndex } from "./programme-index";

/** Everything a row rule may look at; built once per row so each rule stays a small pure function. */
export interface RowContext {
  readonly sheet: AreaSheetRead;
  readonly row: AreaSheetRow;
  /** The ID as typed, trimmed; null when the ID cell is empty, an error or a formula. */
  readonly id: string | null;
  /** The programme's row for this ID; null for an unknown or missing ID. */
  readonly known: IndexedRow | null;
  /** The programme's type for a known ID (whatever the Typ cell says), else the Typ cell's. */
  readonly rowType: RowType | null;
  /** The typed status read against the row type's vocabulary; null when empty, blocked or untyped. */
  readonly status: StatusReading | null;
  readonly index: ProgrammeIndex;
}

export function cellOf(ctx: RowContext, key: AreaColumnKey): RawCell {
  return ctx.row.cells[key];
}

/** A1 address of a column in this row; null when the sheet has no such column. */
export function addressOf(ctx: RowContext, key: AreaColumnKey): string | null {
  const column = ctx.sheet.columns[key];
  return column === undefined ? null : address(ctx.row.rowNumber, column);
}

/** A row nobody has touched: an empty line left in the table. */
export function isBlankRow(row: AreaSheetRow): boolean {
  return Object.values(row.cells).every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""));
}

export function idOf(row: AreaSheetRow): string | null {
  const reading = readText(row.cells.id);
  return reading.kind === "text" ? reading.raw.trim() : null;
}

export function buildRowContext(sheet: AreaSheetRead, row: AreaSheetRow, index: ProgrammeIndex): RowContext {
  const id = idOf(row);
  const known = id === null ? null : (index.rows.get(id) ?? null);
  const typed = readText(row.cells.type);
  const rowType = known?.row.type ?? (typed.kind === "text" ? rowTypeFromLabel(typed.raw) : null);
  const statusText = readText(row.cells.status);
  const status = rowType !== null && statusText.kind === "text" ? normaliseStatus(statusText.raw, rowType) : null;
  return { sheet, row, id, known, rowType, status, index };
}
