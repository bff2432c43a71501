import type { ProgrammeRow, RowType } from "../programme/schema";
import type { EnteredValues, InputColumnKey } from "../read/types";
import { readNumber } from "../check/cell-reading";
import { ACTIVITY_STATUS, termByCode, type ActivityStatus } from "../vocabulary/vocabularies";
import type { RawCell } from "../workbook/cell";
import { carriedText } from "./carried-text";
import { closingStatusOf } from "./closed-rows";
import { reportedNumbers } from "./indicator-history";

export interface CarriedRow {
  /** The new year's cells of the row (last year's columns, a carried department, a closed status). */
  readonly entry: EnteredValues;
  /** Numbers for the indicator's history, by year. */
  readonly numbers: Readonly<Record<string, number>>;
  readonly closed: ActivityStatus | null;
}

/** What a dropped activity's comment says when last year's gave no reason (the workbook is Swedish). */
export function droppedNote(fromYear: number): string {
  return `Utgick ${fromYear}.`;
}

/**
 * One row of last year (its entered values, its type then) as the new year starts it:
 * - status, what was done and the comment go to the locked "förra året" columns, as text;
 * - a department someone changed stays responsible;
 * - an indicator's value becomes "Värde förra året": a number through the programme's history,
 *   anything else as it was typed (the check will name it, rather than it going missing);
 * - an activity completed or dropped is closed: its status is pre-filled (and the plan locks it),
 *   a dropped one keeps last year's reason as its comment.
 */
export function carryRow(
  values: EnteredValues,
  previousType: RowType,
  next: ProgrammeRow,
  fromYear: number
): CarriedRow {
  const entry: Partial<Record<InputColumnKey, RawCell>> = {};
  if (values.department !== undefined) {
    entry.department = values.department;
  }
  const lastStatus = carriedText(values.status);
  const lastDone = carriedText(values.done);
  const lastComment = carriedText(values.comment);
  if (lastStatus !== null) {
    entry.lastStatus = lastStatus;
  }
  if (lastDone !== null) {
    entry.lastDone = lastDone;
  }
  if (lastComment !== null) {
    entry.lastComment = lastComment;
  }

  let numbers: Record<string, number> = {};
  if (next.type === "indicator") {
    numbers = previousType === "indicator" ? reportedNumbers(values, fromYear) : {};
    const value = values.value;
    if (value !== undefined && numbers[String(fromYear)] === undefined && readNumber(value).kind !== "empty") {
      entry.lastYear = value;
    }
  }

  const closed = previousType === "activity" && next.type === "activity" ? closingStatusOf(lastStatus) : null;
  if (closed !== null) {
    entry.status = termByCode(ACTIVITY_STATUS, closed).sv;
    if (closed === "dropped") {
      entry.comment = lastComment ?? droppedNote(fromYear);
    }
  }
  return { entry, numbers, closed };
}
