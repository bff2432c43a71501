import { displayValue, NUMBER_SIGNS, parseNumberText, termsFor } from "../../../core";
import type { Lang, RawCell } from "../../../core";
import type { DepartmentRow, RowEdit } from "../../../app/service";
import type { ParsedRow, RowFormValues } from "./row-form-schema";

/**
 * Between the sheet's cells and the form: what the form starts with, and which fields the user
 * changed. Only changed fields are saved, so nothing another person wrote in the same shared
 * workbook, and nothing the form cannot show, is written over.
 */

/** A cell as the form shows it: a number with the language's decimal sign, anything else as text. */
export function cellAsText(cell: RawCell, lang: Lang): string {
  const v = displayValue(cell);
  if (v === null) return "";
  if (typeof v === "number") return String(v).replace(".", NUMBER_SIGNS.decimal[lang]);
  return String(v);
}

export function initialValues(row: DepartmentRow, lang: Lang): RowFormValues {
  return {
    status: row.type === "indicator" ? "" : cellAsText(row.status, lang),
    done: cellAsText(row.done, lang),
    comment: cellAsText(row.comment, lang),
    value: row.type === "indicator" ? cellAsText(row.value, lang) : "",
  };
}

function sheetNumber(cell: RawCell): number | null {
  const v = displayValue(cell);
  if (typeof v === "number") return v;
  return typeof v === "string" ? parseNumberText(v) : null;
}

/** The fields of one row the user changed, or null when none. */
export function editFor(
  row: DepartmentRow,
  initial: RowFormValues,
  draft: RowFormValues,
  parsed: ParsedRow
): RowEdit | null {
  const edit: { -readonly [K in keyof RowEdit]: RowEdit[K] } = { rowId: row.rowId };
  if (draft.status !== initial.status) edit.status = parsed.status;
  if (draft.done !== initial.done) edit.done = parsed.done;
  if (draft.comment !== initial.comment) edit.comment = parsed.comment;
  // "12,5" retyped as "12.5" is the same number: not a change.
  if (draft.value !== initial.value && !(parsed.value !== null && parsed.value === sheetNumber(row.value))) {
    edit.value = parsed.value;
  }
  return Object.keys(edit).length > 1 ? edit : null;
}

export function isChanged(initial: RowFormValues, draft: RowFormValues): boolean {
  return (
    initial.status !== draft.status ||
    initial.done !== draft.done ||
    initial.comment !== draft.comment ||
    initial.value !== draft.value
  );
}

/** Whether the row has what it asks for, as the core's RowEntry.reported: a known status, or a value. */
export function isReported(row: DepartmentRow, values: RowFormValues): boolean {
  if (row.type === "indicator") return parseNumberText(values.value) !== null;
  return termsFor(row.type).some((t) => t.sv === values.status || t.en === values.status);
}
