/**
 * The application layer's roll-over, which the command line and the task pane both call: a
 * department's copy is refused (the task pane rolled copies over before it moved here), a year
 * that is not the next is the core's refusal, people's own sheet comes along, and a sheet of theirs
 * holding what the reader cannot carry refuses the whole roll-over.
 */
import { planRolloverWorkbook } from "../../src/app/rollover";
import type { WorkbookToRewrite } from "../../src/app/rewrite";
import { readWorkbook } from "../../src/core";
import type { SheetGrid } from "../../src/core";
import { smallProgramme } from "../support/plan-fixtures";
import { writtenWorkbook } from "../support/written-workbook";

const NOW = new Date("2019-12-01T08:00:00Z");
const YEAR = 2019;
const programme = smallProgramme();

function workbook(
  copyFor: string | null,
  extraGrids: readonly SheetGrid[] = [],
  extras: WorkbookToRewrite["extras"] = []
): WorkbookToRewrite {
  const grids = [
    ...writtenWorkbook(programme, { closed: true, now: NOW, ...(copyFor === null ? {} : { copyFor }) }).grids,
    ...extraGrids,
  ];
  return { read: readWorkbook(grids), programme, year: YEAR, grids, extras };
}

test("a department's copy is refused, naming the department; the coordinator's workbook rolls over", () => {
  expect(planRolloverWorkbook(workbook("KSF"), { year: YEAR + 1, now: NOW })).toEqual({
    ok: false,
    reason: "guard",
    refusal: { kind: "workbookIsCopy", department: "KSF" },
  });
  const rolled = planRolloverWorkbook(workbook(null), { year: YEAR + 1, now: NOW });
  expect(rolled.ok).toBe(true);
  if (!rolled.ok) return;
  expect(rolled.rewrite.plan.sheets.length).toBeGreaterThan(programme.areas.length);
  expect(rolled.report.fromYear).toBe(YEAR);
  expect(rolled.programme.name.text).toBe(programme.name.text);
});

test("a year that is not the next one is the core's refusal, with its reason", () => {
  const result = planRolloverWorkbook(workbook(null), { year: YEAR + 2, now: NOW });
  expect(result).toMatchObject({ ok: false, reason: "refused", refusal: { reason: "yearNotNext" } });
});

test("a sheet people added comes along into next year's workbook", () => {
  const own: SheetGrid = { name: "Anteckningar", hidden: false, cells: [["Möte 12 mars", 3]] };
  const result = planRolloverWorkbook(workbook(null, [own]), { year: YEAR + 1, now: NOW });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.rewrite.kept.sheets.map((s) => s.name)).toEqual(["Anteckningar"]);
});

test("a sheet of theirs with a drawing the reader cannot carry refuses the roll-over, naming the sheet", () => {
  const own: SheetGrid = { name: "Karta", hidden: false, cells: [["Se bilden"]] };
  const result = planRolloverWorkbook(
    workbook(null, [own], [{ sheet: "Karta", tables: [], unsupported: ["drawing"] }]),
    { year: YEAR + 1, now: NOW }
  );
  expect(result).toMatchObject({ ok: false, reason: "keptContent" });
  if (result.ok || result.reason !== "keptContent") return;
  expect(result.problems.map((p) => p.sheet)).toEqual(["Karta"]);
});
