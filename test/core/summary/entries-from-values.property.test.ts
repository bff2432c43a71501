import fc from "fast-check";
import { collectEntries, entriesFromValues } from "../../../src/core/check/entries";
import { followupPlan } from "../../../src/core/plan/followup-plan";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import type { EnteredValues } from "../../../src/core/read/types";
import type { AreaColumnKey } from "../../../src/core/layout/workbook-layout";
import type { RawCell } from "../../../src/core/workbook/cell";
import { smallProgramme } from "../../support/plan-fixtures";
import { planToGrids } from "../../support/plan-grids";
import { INPUT_KEYS, pastedArb } from "../property/person-edits";

/**
 * The summary of a workbook about to be written is counted from the values directly; it must be
 * what reading the written workbook back counts, whatever was typed.
 */
const programme = smallProgramme();
const YEAR = programme.period.from + 1;
const rowIds = programme.areas.flatMap((a) => a.rows.map((r) => r.id));

test("entries counted from the values are those read back from the written workbook (1,000 cases)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...rowIds), fc.constantFrom(...INPUT_KEYS), pastedArb), { maxLength: 20 }),
      (given: [string, AreaColumnKey, RawCell][]) => {
        const values = new Map<string, EnteredValues>();
        for (const [id, key, value] of given) values.set(id, { ...(values.get(id) ?? {}), [key]: value });
        const { plan } = followupPlan({
          programme,
          year: YEAR,
          values: values,
          choices: {},
          retired: [],
          closed: false,
          now: new Date("2020-01-20T10:00:00Z"),
        });
        const readBack = collectEntries(readWorkbook(planToGrids(plan)), programme);
        expect(entriesFromValues(programme, YEAR, values)).toEqual(readBack);
      }
    ),
    { numRuns: 1000 }
  );
});
