import * as React from "react";
import { indexProgramme } from "../../../core";
import type { Lang, Programme } from "../../../core";
import type { DepartmentRow } from "../../../app/service";
import { initialValues, isChanged, isReported } from "./row-edits";
import { validateRowForm, type RowFormValues, type RowValidation } from "./row-form-schema";
import type { ListedRow } from "./row-list";

export interface RowView extends ListedRow {
  readonly row: DepartmentRow;
  readonly initial: RowFormValues;
  readonly values: RowFormValues;
  readonly validation: RowValidation;
  /** Reported as typed (the counter's). */
  readonly reported: boolean;
}

interface Checked {
  readonly values: RowFormValues;
  readonly validation: RowValidation;
}

/**
 * Every row of the department with its form values and the check's verdict on them. A keystroke
 * changes one row's values: only that row is checked again (each verdict is kept with the values
 * it was given), so typing costs the same for twenty rows as for two thousand.
 */
export function useRowViews(
  programme: Programme | null,
  rows: readonly DepartmentRow[] | null,
  drafts: Readonly<Record<string, RowFormValues>>,
  lang: Lang
): readonly RowView[] {
  const index = React.useMemo(() => (programme === null ? null : indexProgramme(programme)), [programme]);
  const initials = React.useMemo(
    () => new Map((rows ?? []).map((row) => [row.rowId, initialValues(row, lang)] as const)),
    [rows, lang]
  );
  // Verdicts belong to one programme, one set of rows and one language: a new one starts afresh.
  const checked = React.useMemo(() => new Map<string, Checked>(), [index, initials]);

  return React.useMemo(() => {
    if (index === null || rows === null) return [];
    return rows.map((row): RowView => {
      const initial = initials.get(row.rowId) ?? initialValues(row, lang);
      const values = drafts[row.rowId] ?? initial;
      let verdict = checked.get(row.rowId);
      if (verdict === undefined || verdict.values !== values) {
        verdict = {
          values,
          validation: validateRowForm({ programme: index, rowId: row.rowId, type: row.type }, lang, values),
        };
        checked.set(row.rowId, verdict);
      }
      return {
        rowId: row.rowId,
        text: row.text,
        row,
        initial,
        values,
        validation: verdict.validation,
        changed: values !== initial && isChanged(initial, values),
        hasProblem: !verdict.validation.ok,
        reportedInSheet: isReported(row, initial),
        reported: isReported(row, values),
      };
    });
  }, [index, rows, initials, checked, drafts, lang]);
}
