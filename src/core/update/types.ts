import type { CoordinatorChoices, EnteredValues, RetiredRow } from "../read/types";

/** Where a retired row's entries are kept: read from the sheet and written back to it (read/types). */
export type { RetiredRow };

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
      readonly values: Map<string, EnteredValues>;
      readonly retired: RetiredRow[];
      readonly choices: CoordinatorChoices;
      readonly report: UpdateReport;
    }
  | { readonly ok: false; readonly conflicts: UpdateConflict[] };
