import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/check-workbook";
import { planRollover } from "../../../src/core/rollover/plan-rollover";
import { ACTIVITY_STATUS } from "../../../src/core/vocabulary/vocabularies";
import { FROM_YEAR, cellOf, defaultProgramme, planOf, roundTrip, validEntries, yearRead } from "./rollover-fixture";

/**
 * Nothing entered in year N goes missing from year N+1: every status, what was done, comment
 * and indicator value of N stands in N+1's "förra året" columns (read back through the cells),
 * and a workbook rolled over from valid entries has nothing for the check to call an error.
 */

const programme = defaultProgramme();

describe("roll-over, for any valid entries of a year", () => {
  test("everything entered stands in next year's last-year columns, and the check finds no error", () => {
    fc.assert(
      fc.property(validEntries(programme), (entries) => {
        const result = planRollover(yearRead(programme, FROM_YEAR, entries), { year: FROM_YEAR + 1 });
        if (!result.ok) {
          throw new Error(`refused: ${result.refusal.reason}`);
        }
        const next = roundTrip(planOf(result.programme, FROM_YEAR + 1, result.values, result.retired));
        for (const [rowId, values] of entries) {
          expect(cellOf(next, rowId, "lastStatus")).toBe(values.status ?? null);
          expect(cellOf(next, rowId, "lastDone")).toBe(values.done ?? null);
          expect(cellOf(next, rowId, "lastComment")).toBe(values.comment ?? null);
          if (values.value !== undefined) {
            expect(cellOf(next, rowId, "lastYear")).toBe(values.value);
          }
        }
        const findings = checkWorkbook(next, result.programme);
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
      }),
      { numRuns: 40 }
    );
  });

  test("activities completed or dropped are carried closed: status pre-filled and never reported as missing", () => {
    const closing = new Set(ACTIVITY_STATUS.filter((t) => t.code === "done" || t.code === "dropped").map((t) => t.sv));
    fc.assert(
      fc.property(validEntries(programme), (entries) => {
        const result = planRollover(yearRead(programme, FROM_YEAR, entries), { year: FROM_YEAR + 1 });
        if (!result.ok) {
          throw new Error(`refused: ${result.refusal.reason}`);
        }
        const expected = [...entries]
          .filter(([id, v]) => id.includes(".A") && closing.has(String(v.status)))
          .map(([id]) => id);
        expect([...result.report.closed].sort()).toEqual([...expected].sort());
        const next = roundTrip(planOf(result.programme, FROM_YEAR + 1, result.values, result.retired));
        const notReported = checkWorkbook(next, result.programme)
          .filter((f) => f.code === "notReported")
          .flatMap((f) => String(f.params["rows"]).split(", "));
        for (const id of expected) {
          expect(cellOf(next, id, "status")).toBe(entries.get(id)?.status);
          expect(notReported).not.toContain(id);
        }
      }),
      { numRuns: 25 }
    );
  });
});
