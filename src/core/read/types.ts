import type { Programme, RowType } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import type { Finding } from "../findings/finding";
import type { RawCell, SheetGrid } from "../workbook/cell";
import type { AreaColumnKey, InputColumnKey } from "../layout/workbook-layout";

/** A closed year opened again by the coordinator (`followup reopen`): when, and why. */
export interface Reopening {
  /** YYYY-MM-DD. */
  readonly day: string;
  readonly reason: string;
}

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
  /**
   * The area's "Genomfört under året" as the coordinator wrote it for the committee (the summary
   * sheet's block below the table); absent or null when not written.
   */
  readonly done?: string | null;
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
  /** A department copy's record of itself as stored (split/copy-info); null in a master. */
  readonly copyText?: string | null;
  /** Each time the year was opened again after closing, oldest first. */
  readonly reopenings?: readonly Reopening[];
  /** Rows kept on the "Utgångna rader" sheet by an earlier update, so the next one keeps them too. */
  readonly retired?: readonly RetiredRow[];
}

/** The input columns are the layout's (layout/workbook-layout); said here too, where entries are. */
export type { InputColumnKey };
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
  /**
   * True when the cell the row asks for is filled in (status, or value for an indicator); a status
   * counts as reported only when it can be read (check/entries.ts countsAsReported).
   */
  readonly reported: boolean;
}

/**
 * A row the new programme no longer has but whose entries must not be lost: the plan writes it
 * to the "Utgångna rader" sheet. A coordinator's choice for an area that no longer exists is
 * carried the same way, with `type` null and `rowId` the area's ID.
 */
export interface RetiredRow {
  readonly rowId: string;
  /** null for a retired area's coordinator choice. */
  readonly type: RowType | null;
  /** The area the row belonged to, when known. */
  readonly areaId: string | null;
  /** The sheet the row stood in. */
  readonly sheet: string;
  /** The row's text (from the old programme, else from the sheet), so the sheet reads on its own. */
  readonly text: string | null;
  /** Every input cell that held something, raw. */
  readonly values: EnteredValues;
}
