import { z } from "zod";
import { ACTIVITY_STATUS, ASSESSMENT, checkRowValues, parseNumberText } from "../../../core";
import type { Finding, Lang, Programme, ProgrammeIndex, RowType } from "../../../core";
import { ROW_EDIT_FIELDS } from "../../../app/service";
import type { MessageKey } from "../../i18n/translate";

/**
 * The "My rows" form for one row, as zod validates it while the user types. The rules are the
 * check's own: the form asks the core's row rules (checkRowValues) about the values as they would
 * stand in the sheet, so the form and the check cannot disagree; this file only says which field
 * each finding belongs to and in which words the form says it (FORM_PROBLEMS). Each issue's
 * message is a key of the task pane's texts and its params fill it in.
 */
export interface RowFormValues {
  /** The label as it stands (or will stand) in the sheet: the Dropdown writes the Swedish label. */
  readonly status: string;
  readonly done: string;
  readonly comment: string;
  /** The value as typed: "12,5", "1 234". */
  readonly value: string;
}
export type RowField = keyof RowFormValues;

/** What the form saves: blanks are null, the value a number. */
export interface ParsedRow {
  readonly status: string | null;
  readonly done: string | null;
  readonly comment: string | null;
  readonly value: number | null;
}

export interface FieldProblem {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

function blankToNull(s: string): string | null {
  return s.trim() === "" ? null : s;
}

function problem(ctx: z.RefinementCtx, path: RowField, key: MessageKey, params: FieldProblem["params"] = {}): void {
  ctx.addIssue({ code: "custom", path: [path], message: key, params });
}

/** A finding of the check as the form says it: the field it belongs to, its text key and params. */
interface FormProblem {
  readonly key: MessageKey;
  readonly params: (f: Finding, v: RowFormValues, lang: Lang) => FieldProblem["params"];
}

const STATUS_TERMS = [...ACTIVITY_STATUS, ...ASSESSMENT];

/** By the finding's message key: the findings of the row rules the form's fields can raise. */
const FORM_PROBLEMS: Readonly<Record<string, FormProblem>> = {
  unknownStatus: { key: "form.status.unknown", params: (_, v) => ({ value: v.status }) },
  "unknownStatus.didYouMean": {
    key: "form.status.didYouMean",
    params: (f, v) => ({ value: v.status, suggestion: String(f.params["suggestion"] ?? "") }),
  },
  wrongVocabulary: { key: "form.status.wrongVocabulary", params: (_, v) => ({ value: v.status }) },
  commentRequired: {
    key: "form.comment.required",
    params: (f, _, lang) => {
      const sv = String(f.params["status"] ?? "");
      return { status: STATUS_TERMS.find((t) => t.sv === sv)?.[lang] ?? sv };
    },
  },
  valueNotNumeric: { key: "form.value.notNumber", params: (_, v) => ({ value: v.value }) },
  valueNegative: { key: "form.value.negative", params: (_, v) => ({ value: v.value }) },
  textTooLong: {
    key: "form.text.tooLong",
    params: (f) => ({ length: Number(f.params["length"] ?? 0), limit: Number(f.params["limit"] ?? 0) }),
  },
};

const FORM_FIELDS: readonly RowField[] = ROW_EDIT_FIELDS;

function isFormField(column: string | null): column is RowField {
  return (FORM_FIELDS as readonly (string | null)[]).includes(column);
}

/** The row the form is for: its programme (or an index of it), ID and type. */
export interface FormRow {
  readonly programme: Programme | ProgrammeIndex;
  readonly rowId: string;
  readonly type: RowType;
}

export function rowFormSchema(row: FormRow, lang: Lang) {
  return z
    .object({ status: z.string(), done: z.string(), comment: z.string(), value: z.string() })
    .superRefine((v, ctx) => {
      // An indicator has no status field in the form: its status cell is left as it is.
      const findings = checkRowValues(row.programme, row.rowId, {
        status: row.type === "indicator" ? null : blankToNull(v.status),
        done: blankToNull(v.done),
        comment: blankToNull(v.comment),
        value: row.type === "indicator" ? blankToNull(v.value) : null,
      });
      for (const { finding, column } of findings) {
        const said = FORM_PROBLEMS[finding.messageKey];
        if (said === undefined || !isFormField(column)) continue;
        problem(ctx, column, said.key, said.params(finding, v, lang));
      }
    })
    .transform((v): ParsedRow => ({
      status: blankToNull(v.status),
      done: blankToNull(v.done),
      comment: blankToNull(v.comment),
      value: v.value.trim() === "" ? null : parseNumberText(v.value),
    }));
}

export type RowValidation =
  | { readonly ok: true; readonly parsed: ParsedRow }
  | { readonly ok: false; readonly problems: Readonly<Partial<Record<RowField, FieldProblem>>> };

/** The form's values checked: the parsed row, or the first problem of each field. */
export function validateRowForm(row: FormRow, lang: Lang, values: RowFormValues): RowValidation {
  const result = rowFormSchema(row, lang).safeParse(values);
  if (result.success) return { ok: true, parsed: result.data };
  const problems: Partial<Record<RowField, FieldProblem>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as RowField;
    const params = (issue as { params?: FieldProblem["params"] }).params ?? {};
    problems[field] ??= { key: issue.message as MessageKey, params };
  }
  return { ok: false, problems };
}
