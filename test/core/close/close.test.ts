import { closeReadiness } from "../../../src/core/close/close-readiness";
import { CLOSED_YEAR_NOTE } from "../../../src/core/plan/closed-note";
import type { EnteredValues } from "../../../src/core/read/types";
import { planCell } from "../../support/plan-grids";
import { FROM_YEAR, defaultProgramme, planOf, roundTrip, yearRead } from "../rollover/rollover-fixture";

const programme = defaultProgramme();
const rows = programme.areas.flatMap((a) => a.rows);

/** A valid entry on every row: what a finished year looks like. */
function complete(): Map<string, EnteredValues> {
  return new Map(
    rows.map((r) => [r.id, r.type === "indicator" ? { value: 10 } : { status: r.type === "goal" ? "I fas" : "Pågår" }])
  );
}

describe("closing a year", () => {
  test("a finished year is complete: nothing missing, no errors", () => {
    const readiness = closeReadiness(yearRead(programme, FROM_YEAR, complete()), programme);
    expect(readiness).toMatchObject({ complete: true, notReported: [], errors: [], alreadyClosed: false });
  });

  test("lists the rows not reported per department and the errors of the check", () => {
    const entries = complete();
    const missing = rows.filter((r) => r.department === "BUF").map((r) => r.id);
    for (const id of missing) {
      entries.delete(id);
    }
    const delayed = rows.find((r) => r.type === "activity" && r.department === "KSF");
    entries.set(delayed?.id ?? "", { status: "Försenad" });
    const readiness = closeReadiness(yearRead(programme, FROM_YEAR, entries), programme);
    expect(readiness.complete).toBe(false);
    expect(readiness.notReported).toEqual([{ department: "BUF", rows: missing }]);
    expect(readiness.errors.map((f) => [f.code, f.rowId])).toEqual([["commentRequired", delayed?.id]]);
  });

  test("a closed year's workbook leaves no cell unlocked on any sheet, and says so", () => {
    const plan = planOf(programme, FROM_YEAR, complete(), [], true);
    for (const sheet of plan.sheets) {
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.protection.unlockedRanges).toEqual([]);
    }
    const area = plan.sheets.find((s) => s.role === "area");
    expect(area === undefined ? null : planCell(area, "B6")).toBe(CLOSED_YEAR_NOTE);
    const open = planOf(programme, FROM_YEAR, complete());
    expect(open.sheets.filter((s) => s.role === "area").every((s) => s.protection.unlockedRanges.length > 0)).toBe(
      true
    );
  });

  test("the closed mark is read back, and a closed workbook knows it is closed", () => {
    const read = roundTrip(planOf(programme, FROM_YEAR, complete(), [], true));
    expect(read.meta?.closed).toBe(true);
    expect(closeReadiness(read, programme).alreadyClosed).toBe(true);
    // The note above the table does not disturb reading the rows.
    expect(read.areaSheets.flatMap((s) => s.rows).length).toBe(rows.length);
  });
});
