import { z } from "zod";
import { normaliseStatus, termsFor } from "../../../core/check/normalise-status";
import { parseNumberText } from "../../../core/workbook/parse-number";
import type { Lang } from "../../../core/lang";
import type { RowType } from "../../../core/programme/schema";
import { EXCEL_CELL_TEXT_LIMIT } from "../../../core/workbook/cell";
import type { MessageKey } from "../../i18n/translate";

/**
 * The "My rows" form for one row, as zod validates it while the user types. The rules are the
 * core's (check/rules.ts): the row type's vocabulary (normaliseStatus, with its "did you mean"),
 * a comment where the status requires one (Term.requiresComment), a value that is a number as
 * Swedes type it (parseNumberText) and not negative, and texts within Excel's cell limit.
 * Each issue's message is a key of the task pane's texts and its params fill it in.
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

export function rowFormSchema(rowType: RowType, lang: Lang) {
  return z
    .object({ status: z.string(), done: z.string(), comment: z.string(), value: z.string() })
    .superRefine((v, ctx) => {
      for (const field of ["done", "comment"] as const) {
        if (v[field].length > EXCEL_CELL_TEXT_LIMIT) {
          problem(ctx, field, "form.text.tooLong", { length: v[field].length, limit: EXCEL_CELL_TEXT_LIMIT });
        }
      }
      if (rowType !== "indicator" && v.status.trim() !== "") {
        const reading = normaliseStatus(v.status, rowType);
        if (reading.code === null) {
          if (reading.wrongVocabulary) problem(ctx, "status", "form.status.wrongVocabulary", { value: v.status });
          else if (reading.suggestion !== null) {
            problem(ctx, "status", "form.status.didYouMean", { value: v.status, suggestion: reading.suggestion });
          } else problem(ctx, "status", "form.status.unknown", { value: v.status });
        } else {
          const term = termsFor(rowType).find((t) => t.code === reading.code);
          if (term?.requiresComment === true && v.comment.trim() === "") {
            problem(ctx, "comment", "form.comment.required", { status: term[lang] });
          }
        }
      }
      if (rowType === "indicator" && v.value.trim() !== "") {
        const n = parseNumberText(v.value);
        if (n === null) problem(ctx, "value", "form.value.notNumber", { value: v.value });
        else if (n < 0) problem(ctx, "value", "form.value.negative", { value: v.value });
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
export function validateRowForm(rowType: RowType, lang: Lang, values: RowFormValues): RowValidation {
  const result = rowFormSchema(rowType, lang).safeParse(values);
  if (result.success) return { ok: true, parsed: result.data };
  const problems: Partial<Record<RowField, FieldProblem>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as RowField;
    const params = (issue as { params?: FieldProblem["params"] }).params ?? {};
    problems[field] ??= { key: issue.message as MessageKey, params };
  }
  return { ok: false, problems };
}
