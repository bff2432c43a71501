/**
 * Closing the year, the decision both rooms take (app/close-year.ts), in its order: closed
 * before → nothing to do; a copy → refused; not reported → stopped unless forced.
 */
import { decideClose } from "../../src/app/close-year";
import { copyInfoFor, enteredValues, followupPlan, readWorkbook } from "../../src/core";
import type { WorkbookRead } from "../../src/core";
import { smallProgramme } from "../support/plan-fixtures";
import { planToGrids } from "../support/plan-grids";

const NOW = new Date("2019-12-01T08:00:00Z");
const programme = smallProgramme();
const base = { programme, year: 2019, values: new Map(), choices: {}, retired: [], closed: false, now: NOW };

function workbook(options: { closed?: boolean; copyFor?: string } = {}): WorkbookRead {
  const copy =
    options.copyFor === undefined
      ? null
      : copyInfoFor({
          programme,
          year: 2019,
          values: enteredValues(readWorkbook(planToGrids(followupPlan(base).plan))),
          masterGeneratedAt: "",
          department: options.copyFor,
          now: NOW,
        });
  return readWorkbook(planToGrids(followupPlan({ ...base, closed: options.closed ?? false, copy }).plan));
}

test("nothing reported: stopped with the list unless forced; forced, it closes and says so", () => {
  const open = workbook();
  const stopped = decideClose(open, programme, false);
  expect(stopped.kind).toBe("incomplete");
  if (stopped.kind !== "incomplete") return;
  expect(stopped.readiness.notReported.map((m) => m.department)).toEqual(expect.arrayContaining(["KSF", "BUF"]));
  expect(decideClose(open, programme, true)).toMatchObject({ kind: "close", forced: true });
});

test("a department's copy is refused before anything else is weighed, even forced", () => {
  expect(decideClose(workbook({ copyFor: "BUF" }), programme, true)).toEqual({
    kind: "refused",
    refusal: { kind: "workbookIsCopy", department: "BUF" },
  });
});

test("a year closed before is left as it is", () => {
  expect(decideClose(workbook({ closed: true }), programme, false).kind).toBe("alreadyClosed");
});
