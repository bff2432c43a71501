import fc from "fast-check";
import type { CoordinatorChoice, CoordinatorChoices, RowEntry } from "../../../src/core/read/types";
import { summarise } from "../../../src/core/summary/summarise";
import { ACTIVITY_STATUS, ASSESSMENT } from "../../../src/core/vocabulary/vocabularies";
import type { Assessment } from "../../../src/core/vocabulary/vocabularies";
import { makeProgramme } from "./fixture";

const programme = makeProgramme();
const rows = programme.areas.flatMap((area) => area.rows.map((row) => ({ area, row })));
const codes = [...ACTIVITY_STATUS.map((t) => t.code), ...ASSESSMENT.map((t) => t.code)];

/** Any entry a reader could hand over: right, wrong or junk status, any numbers, any department. */
const anyEntry = (i: number): fc.Arbitrary<RowEntry | null> => {
  const target = rows[i];
  if (target === undefined) {
    throw new Error("fixture row missing");
  }
  return fc.option(
    fc.record({
      rowId: fc.constant(target.row.id),
      areaId: fc.constant(target.area.id),
      type: fc.constant(target.row.type),
      department: fc.option(fc.constantFrom("KSF", "NBF", "nbf", "XYZ", " BUF ")),
      status: fc.option(fc.oneof(fc.constantFrom(...codes), fc.string())),
      done: fc.option(fc.string()),
      comment: fc.option(fc.string()),
      value: fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 })),
      lastYear: fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 })),
      reported: fc.boolean(),
    })
  );
};

const anyChoice: fc.Arbitrary<CoordinatorChoice> = fc.record({
  assessment: fc.option(fc.constantFrom<Assessment>(...ASSESSMENT.map((t) => t.code))),
  raw: fc.option(fc.string()),
  text: fc.option(fc.string()),
});

const anyChoices: fc.Arbitrary<CoordinatorChoices> = fc
  .tuple(
    ...[...programme.areas.map((a) => a.id), "overall"].map((key) => fc.option(anyChoice).map((c) => [key, c] as const))
  )
  .map((pairs) =>
    Object.fromEntries(pairs.filter((pair): pair is readonly [string, CoordinatorChoice] => pair[1] !== null))
  );

const anyEntries = fc
  .tuple(...rows.map((_, i) => anyEntry(i)))
  .map((list) => list.filter((e): e is RowEntry => e !== null));

describe("a suggestion never overwrites what the coordinator chose", () => {
  it("keeps every area's and the overall choice and text exactly as given, for any entries", () => {
    fc.assert(
      fc.property(anyEntries, anyChoices, fc.integer({ min: 2018, max: 2030 }), (entries, choices, year) => {
        const summary = summarise(programme, entries, { year, choices });
        programme.areas.forEach((area, i) => {
          const got = summary.areas[i];
          expect(got?.areaId).toBe(area.id);
          expect(got?.chosen).toBe(choices[area.id]?.assessment ?? null);
          expect(got?.text).toBe(choices[area.id]?.text ?? null);
        });
        expect(summary.overall.chosen).toBe(choices.overall?.assessment ?? null);
        expect(summary.overall.text).toBe(choices.overall?.text ?? null);
      }),
      { numRuns: 300 }
    );
  });

  it("keeps the counts consistent for any entries: each row counted once, shares between 0 and 1", () => {
    fc.assert(
      fc.property(anyEntries, (entries) => {
        const summary = summarise(programme, entries, { year: 2019, choices: {} });
        const sum = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((a, b) => a + b, 0);
        programme.areas.forEach((area, i) => {
          const got = summary.areas[i];
          expect(sum(got?.activities ?? {})).toBe(area.rows.filter((r) => r.type === "activity").length);
          expect(sum(got?.goals ?? {})).toBe(area.rows.filter((r) => r.type === "goal").length);
          expect(got?.indicators.length).toBe(area.rows.filter((r) => r.type === "indicator").length);
          expect(got?.reported).toBeLessThanOrEqual(area.rows.length);
          const share = got?.shareOnTrack ?? 0;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        });
        expect(summary.departments.reduce((n, d) => n + d.owned, 0)).toBe(rows.length);
        expect(summary.departments.reduce((n, d) => n + d.filled, 0)).toBe(summary.totals.reported);
        expect(summary.overall.draftText.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 }
    );
  });
});
