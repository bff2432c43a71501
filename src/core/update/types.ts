import type { RowType } from "../programme/schema";
import type { CoordinatorChoices, EnteredValues } from "../read/types";

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

export interface MovedRow {
  readonly rowId: string;
  readonly from: string;
  readonly to: string;
}

export interface UpdateReport {
  /** Rows of the new programme that were not in the workbook: added empty. */
  readonly added: readonly string[];
  /** Rows that stand in another area in the new programme: they keep their ID and entries. */
  readonly moved: readonly MovedRow[];
  /** Rows of the old programme that the new one drops (those with entries are in `retired`). */
  readonly retired: readonly string[];
  /** Rows an earlier update retired that the new programme brings back, with their entries. */
  readonly restored: readonly string[];
  /** Rows of the new programme found in the workbook. */
  readonly kept: number;
}

/** Why an update refuses a row (rendered by `update/messages.ts`). */
export type ConflictReason = "programmeMissing" | "missingId" | "unknownRow" | "duplicateId" | "typeChanged";

/**
 * Parameters each reason carries:
 *   programmeMissing {}                 the workbook has no readable programme: nothing to match against
 *   missingId        {}                 a row with entries but no ID
 *   unknownRow       {}                 an ID neither programme knows
 *   duplicateId      {otherCell}        otherCell: "Sheet!A8" of the other row with entries
 *   typeChanged      {from, to}         row types (goal, activity, indicator)
 */
export interface UpdateConflict {
  readonly rowId: string | null;
  readonly sheet: string;
  readonly cell: string | null;
  readonly reason: ConflictReason;
  readonly params: Readonly<Record<string, string | number>>;
}

export type UpdateResult =
  | {
      readonly ok: true;
      /** Entered values per row ID of the new programme: the plan writes them back raw. */
      readonly entries: Map<string, EnteredValues>;
      readonly retired: RetiredRow[];
      readonly choices: CoordinatorChoices;
      readonly report: UpdateReport;
    }
  | { readonly ok: false; readonly conflicts: UpdateConflict[] };
