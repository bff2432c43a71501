import {
  address,
  checkWorkbook,
  defaultProgramme,
  followupPlan,
  readWorkbook,
  SUMMARY_SHEET,
  SUMMARY_TABLE_HEADER_ROW,
  summaryColumnNumber,
  summaryFormulaFindings,
} from "../../../src/core";
import type { RawCell, WorkbookPlan } from "../../../src/core";
import { planCell, planToGrids, setCell } from "../../support/plan-grids";

const NOTE_ROW = SUMMARY_TABLE_HEADER_ROW - 2;
const NOTE = address(NOTE_ROW, summaryColumnNumber("suggestion"));

function plan(stampComputed?: boolean): WorkbookPlan {
  return followupPlan({
    programme: defaultProgramme(),
    year: 2019,
    values: new Map([["1.A1", { status: "Genomförd" }]]),
    choices: {},
    retired: [],
    closed: false,
    now: new Date(2026, 11, 4, 12),
    stampComputed,
  }).plan;
}

function summaryOf(p: WorkbookPlan) {
  const sheet = p.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (sheet === undefined) throw new Error("no summary sheet");
  return sheet;
}

describe("the day the summary's suggestions were computed", () => {
  test("stands above the suggestions, with a live comparison of the area rows' counts with that day's", () => {
    const cell = planCell(summaryOf(plan()), NOTE) as Exclude<RawCell, null | string | number | boolean>;
    expect(cell).toMatchObject({ result: "Förslagen beräknades 2026-12-04." });
    const formula = "formula" in cell ? cell.formula : "";
    // Area 1's row holds the one activity reported as done: its counts are in the snapshot.
    expect(formula).toMatch(/^=IF\(SUMPRODUCT\(--\(C9:L15<>\{1,0,0,0,0,0,0,0,0,1;0(,0)*(;0(,0)*)*\}\)\)>0,/);
    expect(formula).toContain(
      '"OBS! Raderna har ändrats sedan förslagen beräknades 2026-12-04: kör Sammanfattning igen."'
    );
    expect(planCell(summaryOf(plan(false)), NOTE) ?? null).toBeNull();
  });

  test("a workbook made before the line existed gets no warning about it; nor does one that has it", () => {
    const grids = planToGrids(plan());
    const withoutNote = grids.map((g) =>
      g.name === SUMMARY_SHEET ? setCell(g, NOTE_ROW, summaryColumnNumber("suggestion"), null) : g
    );
    for (const workbook of [grids, withoutNote]) {
      const read = readWorkbook(workbook);
      const codes = [...checkWorkbook(read, defaultProgramme()), ...summaryFormulaFindings(read)].map((f) => f.code);
      expect(codes).not.toContain("summaryFormulaChanged");
    }
  });
});
