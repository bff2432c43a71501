import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  checkWorkbook,
  defaultProgramme,
  EXCEL_CELL_TEXT_LIMIT,
  followupPlan,
  indexProgramme,
  readWorkbook,
} from "../../src/core";
import type { RowType } from "../../src/core";
import type { DepartmentRow } from "../../src/app/service";
import { editFor, initialValues, isReported } from "../../src/taskpane/features/my-rows/row-edits";
import { validateRowForm, type RowFormValues } from "../../src/taskpane/features/my-rows/row-form-schema";
import { planToGrids } from "../support/plan-grids";

const programme = defaultProgramme();
const index = indexProgramme(programme);

/** The first row of the bundled programme of a type, as the form is asked about it. */
function formRow(type: RowType): { programme: typeof index; rowId: string; type: RowType } {
  const found = programme.areas.flatMap((a) => a.rows).find((r) => r.type === type);
  if (found === undefined) throw new Error(`no ${type} row`);
  return { programme: index, rowId: found.id, type };
}

const EMPTY: RowFormValues = { status: "", done: "", comment: "", value: "" };

function row(partial: Partial<DepartmentRow> & Pick<DepartmentRow, "type">): DepartmentRow {
  return {
    rowId: "1.A1",
    areaId: "1",
    sheet: "1 Trygghet",
    text: "En rad",
    textIsExample: false,
    status: null,
    done: null,
    comment: null,
    value: null,
    lastYear: null,
    lastStatus: null,
    lastDone: null,
    unit: null,
    target: null,
    ...partial,
  };
}

describe("the row form's zod schema", () => {
  it("requires a comment for exactly the statuses the vocabulary says, for activities and goals", () => {
    for (const [type, terms] of [
      ["activity", ACTIVITY_STATUS],
      ["goal", ASSESSMENT],
    ] as const) {
      for (const term of terms) {
        const result = validateRowForm(formRow(type), "sv", { ...EMPTY, status: term.sv });
        const comment = result.ok ? undefined : result.problems.comment;
        expect({ status: term.sv, required: comment?.key === "form.comment.required" }).toEqual({
          status: term.sv,
          required: term.requiresComment,
        });
        if (term.requiresComment) expect(comment?.params).toEqual({ status: term.sv });
        expect(validateRowForm(formRow(type), "en", { ...EMPTY, status: term.sv, comment: "Varför." }).ok).toBe(true);
      }
    }
  });

  it("names the status in the UI language", () => {
    const result = validateRowForm(formRow("activity"), "en", { ...EMPTY, status: "Försenad" });
    expect(result.ok ? null : result.problems.comment?.params).toEqual({ status: "Delayed" });
  });

  it("accepts an English label, offers the Swedish one for a slip, and flags the other vocabulary", () => {
    expect(validateRowForm(formRow("activity"), "sv", { ...EMPTY, status: "In progress" }).ok).toBe(true);
    const slip = validateRowForm(formRow("activity"), "sv", { ...EMPTY, status: "pågår" });
    expect(slip.ok ? null : slip.problems.status).toEqual({
      key: "form.status.didYouMean",
      params: { value: "pågår", suggestion: "Pågår" },
    });
    const wrong = validateRowForm(formRow("activity"), "sv", { ...EMPTY, status: "I fas" });
    expect(wrong.ok ? null : wrong.problems.status?.key).toBe("form.status.wrongVocabulary");
  });

  it("reads values as Swedes type them and refuses negatives and words", () => {
    const parse = (value: string) => validateRowForm(formRow("indicator"), "sv", { ...EMPTY, value });
    expect(parse("12,5")).toEqual({ ok: true, parsed: { status: null, done: null, comment: null, value: 12.5 } });
    expect(parse("1 234")).toMatchObject({ ok: true, parsed: { value: 1234 } });
    expect(parse("")).toMatchObject({ ok: true, parsed: { value: null } });
    expect(parse("-0,5")).toMatchObject({ ok: false, problems: { value: { key: "form.value.negative" } } });
    expect(parse("ca 200")).toMatchObject({ ok: false, problems: { value: { key: "form.value.notNumber" } } });
  });

  it("refuses texts Excel would cut, and accepts one at the limit", () => {
    const at = "x".repeat(EXCEL_CELL_TEXT_LIMIT);
    expect(validateRowForm(formRow("goal"), "sv", { ...EMPTY, done: at }).ok).toBe(true);
    const over = validateRowForm(formRow("goal"), "sv", { ...EMPTY, comment: `${at}y` });
    expect(over.ok ? null : over.problems.comment).toEqual({
      key: "form.text.tooLong",
      params: { length: EXCEL_CELL_TEXT_LIMIT + 1, limit: EXCEL_CELL_TEXT_LIMIT },
    });
  });
});

describe("row edits", () => {
  it("start from the sheet's cells, a number with the language's decimal sign", () => {
    const indicator = row({ type: "indicator", value: 12.5, done: "Mätt", comment: { formula: "=A1", result: "x" } });
    expect(initialValues(indicator, "sv")).toEqual({ status: "", done: "Mätt", comment: "x", value: "12,5" });
    expect(initialValues(indicator, "en").value).toBe("12.5");
  });

  it("hold only the fields that changed, and a retyped same number is no change", () => {
    const indicator = row({ type: "indicator", value: 12.5, done: "Mätt" });
    const initial = initialValues(indicator, "sv");
    const edit = (draft: RowFormValues) => {
      const v = validateRowForm(formRow("indicator"), "sv", draft);
      if (!v.ok) throw new Error("valid");
      return editFor(indicator, initial, draft, v.parsed);
    };
    expect(edit(initial)).toBeNull();
    expect(edit({ ...initial, value: "12.5" })).toBeNull();
    expect(edit({ ...initial, value: "13" })).toEqual({ rowId: "1.A1", value: 13 });
    expect(edit({ ...initial, value: "" })).toEqual({ rowId: "1.A1", value: null });
    expect(edit({ ...initial, done: "" })).toEqual({ rowId: "1.A1", done: null });
  });

  it("count a row as reported with a known status, or a value for an indicator", () => {
    expect(isReported(row({ type: "activity" }), { ...EMPTY, status: "Pågår" })).toBe(true);
    expect(isReported(row({ type: "activity" }), { ...EMPTY, status: "pågår" })).toBe(false);
    expect(isReported(row({ type: "indicator" }), { ...EMPTY, value: "0" })).toBe(true);
    expect(isReported(row({ type: "indicator" }), EMPTY)).toBe(false);
  });

  it("says what the check says about the same values in the sheet, field by field", () => {
    // The form asks the check's own rules: typed values the form refuses are the ones the check flags.
    const cases: [RowType, Partial<RowFormValues>][] = [
      ["activity", { status: "pagar" }],
      ["activity", { status: "Försenad" }],
      ["goal", { status: "Pågår" }],
      ["indicator", { value: "-3" }],
      ["indicator", { value: "ca 200" }],
      ["goal", { comment: "x".repeat(EXCEL_CELL_TEXT_LIMIT + 1) }],
      ["activity", { status: "Genomförd", done: "Klart." }],
    ];
    for (const [type, typed] of cases) {
      const values = { ...EMPTY, ...typed };
      const r = formRow(type);
      const form = validateRowForm(r, "sv", values);
      const entries = new Map([
        [
          r.rowId,
          {
            status: values.status === "" ? null : values.status,
            done: values.done === "" ? null : values.done,
            comment: values.comment === "" ? null : values.comment,
            value: values.value === "" ? null : values.value,
          },
        ],
      ]);
      const { plan } = followupPlan({
        programme,
        year: 2019,
        values: entries,
        choices: {},
        retired: [],
        closed: false,
        now: new Date(2020, 0, 1),
      });
      const flagged = checkWorkbook(readWorkbook(planToGrids(plan)), programme).filter(
        (f) => f.rowId === r.rowId && f.severity === "error"
      );
      expect({ typed, formRefuses: !form.ok }).toEqual({ typed, formRefuses: flagged.length > 0 });
    }
  });
});
