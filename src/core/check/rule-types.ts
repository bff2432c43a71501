import type { RowType } from "../programme/schema";
import type { RowEntry, WorkbookRead } from "../read/types";
import type { AreaColumnKey } from "../layout/workbook-layout";
import type { FindingCode, Severity } from "../findings/finding";
import type { ProgrammeIndex } from "./programme-index";
import type { RowContext } from "./row-context";

export type Params = Readonly<Record<string, string | number>>;

/** What a row rule reports: the column to blame (the engine turns it into sheet!cell and row ID). */
export interface RowDraft {
  readonly column: AreaColumnKey | null;
  /** The code, or the code plus a variant ("unknownStatus.didYouMean"); the code when left out. */
  readonly messageKey?: string;
  readonly params: Params;
}

export interface RowRule {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Row types the rule reads; "anyRow" also covers rows whose type cannot be told. */
  readonly rowTypes: readonly RowType[] | "anyRow";
  /** Columns the rule reads (documentation, and the cells it may blame). */
  readonly columns: readonly AreaColumnKey[];
  /** Why this severity. */
  readonly why: string;
  readonly check: (ctx: RowContext) => readonly RowDraft[];
}

export interface WorkbookContext {
  readonly read: WorkbookRead;
  readonly index: ProgrammeIndex;
  /** Every non-blank table row of every area sheet, in sheet and row order. */
  readonly rows: readonly RowContext[];
  readonly entries: readonly RowEntry[];
}

/** What a workbook rule reports: it places the finding itself. */
export interface WorkbookDraft {
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly rowId: string | null;
  readonly messageKey?: string;
  readonly params: Params;
}

export interface WorkbookRule {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly why: string;
  readonly check: (ctx: WorkbookContext) => readonly WorkbookDraft[];
}
