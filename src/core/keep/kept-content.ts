import type { CellPosition } from "../plan/a1";
import type { RawCell } from "../workbook/cell";

/**
 * What a rewrite of a workbook keeps of what people added to it: the product owns its sheets'
 * layout, tables and input columns; everything else someone put in the file is theirs, and a
 * command that rebuilds the workbook from its plan carries it over exactly or refuses.
 */

/** A sheet the product does not know (notes, a copy of an area sheet to draft in), kept whole. */
export interface KeptSheet {
  readonly name: string;
  /** The sheet it follows in the written workbook; null when it comes first. */
  readonly after: string | null;
}

/** A cell someone filled on one of the product's sheets, outside what the product writes there. */
export interface KeptCell {
  readonly fromSheet: string;
  readonly from: CellPosition;
  readonly toSheet: string;
  readonly to: CellPosition;
  readonly value: RawCell;
}

/** A column someone added inside an area table: the rewritten table is the product's, so it goes beside it. */
export interface MovedColumn {
  readonly sheet: string;
  /** Column letters, before and after. */
  readonly from: string;
  readonly to: string;
}

export interface KeptContent {
  readonly sheets: readonly KeptSheet[];
  readonly cells: readonly KeptCell[];
  readonly movedColumns: readonly MovedColumn[];
}

/**
 * Why something cannot be kept, and where:
 *   noRowToFollow   a cell beside a table row that has no row ID, or whose row leaves the programme
 *   placeTaken      the rewritten sheet puts its own content where the cell is
 *   sheetGoes       the product's sheet it is on is not in the rewritten workbook
 *   sheetNameTaken  a sheet of one's own has the name of a sheet the rewrite adds
 *   tableNameTaken  a table on a sheet of one's own has the name of one the rewrite adds
 *   unsupported     content the reader does not carry (pictures, charts, notes, pivot tables)
 */
export type KeepProblemReason =
  "noRowToFollow" | "placeTaken" | "sheetGoes" | "sheetNameTaken" | "tableNameTaken" | "unsupported";

export interface KeepProblem {
  readonly reason: KeepProblemReason;
  readonly sheet: string;
  /** A1 address; null when the problem is the sheet's as a whole. */
  readonly cell: string | null;
  /** rowId (noRowToFollow), table (tableNameTaken), kinds (unsupported: part kinds joined by ", "). */
  readonly params: Readonly<Record<string, string>>;
}

export type KeepResult =
  { readonly ok: true; readonly kept: KeptContent } | { readonly ok: false; readonly problems: readonly KeepProblem[] };

/** What the reader found on each sheet beyond the cells' values. */
export interface SheetExtras {
  readonly sheet: string;
  /** Names of the tables on the sheet. */
  readonly tables: readonly string[];
  /** Kinds of parts the reader left out (drawing, comments, pivotTable, …): content it cannot carry. */
  readonly unsupported: readonly string[];
}
