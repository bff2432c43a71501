import type { Programme, RowType } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import type { Finding } from "../check/finding";
import type { RawCell, SheetGrid } from "../workbook/cell";
import type { AreaColumnKey } from "../workbook/layout";
import type { RetiredRow } from "../update/types";

/** What the hidden data sheet says about the workbook. */
export interface WorkbookMeta {
  readonly schemaVersion: 1;
  readonly year: number;
  readonly closed: boolean;
  readonly generatedAt: string;
  readonly appVersion: string;
}

/** One data row of an area table, cells raw as the engine gave them. */
export interface AreaSheetRow {
  readonly sheet: string;
  /** The area the sheet belongs to, from the hidden sheet's sheet index; null for a sheet we do not know. */
  readonly areaId: string | null;
  /** 1-based Excel row number. */
  readonly rowNumber: number;
  /** Every column of AREA_COLUMNS; a column missing from the sheet reads as null. */
  readonly cells: Readonly<Record<AreaColumnKey, RawCell>>;
}

export interface AreaSheetRead {
  readonly sheet: string;
  readonly areaId: string | null;
  /** 1-based row of the table's header; null when no header row was found. */
  readonly headerRow: number | null;
  /** 1-based column of each column found. */
  readonly columns: Readonly<Partial<Record<AreaColumnKey, number>>>;
  readonly rows: readonly AreaSheetRow[];
  /** How the columns were found when people had renamed, copied or deleted some (see read/area-columns). */
  readonly findings?: readonly Finding[];
}

/** The coordinator's own choice for an area (or the programme as a whole): never overwritten by a suggestion. */
export interface CoordinatorChoice {
  readonly assessment: Assessment | null;
  /** The raw label if it was not a known assessment, so nothing typed is lost. */
  readonly raw: string | null;
  readonly text: string | null;
}

/** Keyed by area ID, and "overall" for the programme as a whole. */
export type CoordinatorChoices = Readonly<Record<string, CoordinatorChoice>>;

export interface WorkbookRead {
  readonly meta: WorkbookMeta | null;
  /** The programme stored in the workbook, or null if it is missing or broken (see findings). */
  readonly programme: Programme | null;
  readonly areaSheets: readonly AreaSheetRead[];
  readonly choices: CoordinatorChoices;
  /** Structural findings from reading (missing sheets, headers, data sheet). */
  readonly findings: readonly Finding[];
  /** What was entered when the year was closed (close/close-fingerprint); null if never closed. */
  readonly closeFingerprint?: string | null;
  /** The summary sheet's cells, to compare its live formulas with the product's. */
  readonly summaryGrid?: SheetGrid | null;
  /** Rows kept on the "Utgångna rader" sheet by an earlier update, so the next one keeps them too. */
  readonly retired?: readonly RetiredRow[];
}

/**
 * The input columns of a row, raw, exactly as entered: what update and roll-over carry over.
 * Last year's columns (lastStatus, lastDone, lastComment) are locked, not typed in, but are
 * carried the same way so that a rewrite of a rolled-over workbook keeps them.
 */
export type InputColumnKey =
  | "department"
  | "status"
  | "done"
  | "comment"
  | "value"
  | "lastYear"
  | "changed"
  | "lastStatus"
  | "lastDone"
  | "lastComment";
export type EnteredValues = Readonly<Partial<Record<InputColumnKey, RawCell>>>;

/** A row's entry after normalisation, for the summary. */
export interface RowEntry {
  readonly rowId: string;
  readonly areaId: string;
  readonly type: RowType;
  readonly department: string | null;
  /** Status or assessment code when it could be recognised; null when empty or unrecognised. */
  readonly status: string | null;
  readonly done: string | null;
  readonly comment: string | null;
  readonly value: number | null;
  readonly lastYear: number | null;
  /** True when the department has filled in what the row asks for (status, or value for an indicator). */
  readonly reported: boolean;
}
