import type { ProgrammeRow } from "../programme/schema";
import type { EnteredValues } from "../read/types";
import { ACTIVITY_STATUS, type ActivityStatus } from "../vocabulary/vocabularies";
import { textOf } from "../workbook/cell";

/**
 * An activity finished last year, completed or dropped, is carried into the new year as closed:
 * its status stands pre-filled and locked, and nobody is asked for it again. Whether a row is
 * closed is read from its "Status förra året" cell, so a rewrite of the workbook (update,
 * summary --write) keeps it closed without any state of its own.
 */
export const CLOSING_STATUSES: readonly ActivityStatus[] = ["done", "dropped"];

/** The closing status a cell's text names (its Swedish or English label, any case), if any. */
export function closingStatusOf(text: string | null): ActivityStatus | null {
  if (text === null) {
    return null;
  }
  const key = text.trim().toLowerCase();
  const term = ACTIVITY_STATUS.find(
    (t) => CLOSING_STATUSES.includes(t.code) && (t.sv.toLowerCase() === key || t.en.toLowerCase() === key)
  );
  return term?.code ?? null;
}

export function isClosedRow(row: ProgrammeRow, entry: EnteredValues | undefined): boolean {
  const last = entry?.lastStatus;
  return row.type === "activity" && last !== undefined && closingStatusOf(textOf(last)) !== null;
}
