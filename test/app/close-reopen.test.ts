/**
 * Closing and reopening the year, the decisions both rooms take (app/close-year.ts,
 * app/reopen-year.ts), in their order: closed before → nothing to do; a copy → refused; not
 * reported → stopped unless forced; reopening only a closed year, recorded after earlier ones.
 */
import { decideClose } from "../../src/app/close-year";
import { decideReopen, reopenReason } from "../../src/app/reopen-year";
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

describe("reopening", () => {
  test("the reason is asked for on one line; none is none", () => {
    expect(reopenReason("  Fel i\n rapporteringen  ")).toBe("Fel i rapporteringen");
    expect(reopenReason(" \n ")).toBeNull();
  });

  test("a year not closed is left alone; a closed one is reopened with the day, after the reopenings before it; a copy is refused", () => {
    const now = new Date("2020-02-03T09:00:00Z");
    expect(decideReopen(workbook(), "Fel", now)).toEqual({ kind: "notClosed" });
    const closed = workbook({ closed: true });
    const earlier = { day: "2020-01-20", reason: "Sen rapport" };
    const decision = decideReopen({ ...closed, reopenings: [earlier] }, "Fel i rapporteringen", now);
    expect(decision).toEqual({
      kind: "reopen",
      reopening: { day: "2020-02-03", reason: "Fel i rapporteringen" },
      reopenings: [earlier, { day: "2020-02-03", reason: "Fel i rapporteringen" }],
    });
    expect(decideReopen(workbook({ closed: true, copyFor: "KSF" }), "Fel", now)).toMatchObject({
      kind: "refused",
      refusal: { kind: "workbookIsCopy" },
    });
  });
});
