/**
 * Closing the year, the decision both rooms take (app/close-year.ts), in its order: closed
 * before → nothing to do; a copy → refused; not reported → stopped unless forced.
 */
import { decideClose } from "../../src/app/close-year";
import type { WorkbookRead } from "../../src/core";
import { smallProgramme } from "../support/plan-fixtures";
import { writtenWorkbook } from "../support/written-workbook";

const programme = smallProgramme();
function workbook(options: { closed?: boolean; copyFor?: string } = {}): WorkbookRead {
  return writtenWorkbook(programme, options).read;
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
