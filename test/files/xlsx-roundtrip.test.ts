import fc from "fast-check";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  buildWorkbookPlan,
  defaultProgramme,
  enteredValues,
  readWorkbook,
} from "../../src/core";
import type { CoordinatorChoice, EnteredValues, InputColumnKey, ProgrammeRow, RawCell } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { writeXlsx } from "../../src/files/xlsx-writer";
import { handSummary } from "../support/plan-fixtures";

const YEAR = 2019;
const programme = defaultProgramme();
const rows: ProgrammeRow[] = programme.areas.flatMap((a) => a.rows);

/** Texts people type, including those a spreadsheet would take for a formula or a number. */
const text: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }),
    fc.constantFrom(
      "=SUMMA(A1:A3)",
      "+46 8 535 300 00",
      "-5 %",
      "@kommunen",
      "0123",
      "2019-11-03",
      "1e5",
      "TRUE",
      "  mellanslag  ",
      "rad 1\nrad 2",
      "Åtgärd & uppföljning <klar>"
    ),
    fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 20 })).map(([a, b]) => a + b)
  )
  .filter((s) => s.trim() !== "");

const number: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((n) => (Object.is(n, -0) ? 0 : n))
);

function entryFor(row: ProgrammeRow): fc.Arbitrary<EnteredValues> {
  const status = row.type === "goal" ? ASSESSMENT : row.type === "activity" ? ACTIVITY_STATUS : [];
  return fc.record(
    {
      department: fc.constantFrom(...programme.departments.map((d) => d.code)),
      ...(status.length > 0 ? { status: fc.constantFrom(...status.map((t) => t.sv)) } : {}),
      done: text,
      comment: text,
      ...(row.type === "indicator" ? { value: number, lastYear: number } : {}),
      changed: text,
    },
    { requiredKeys: [] }
  );
}

const entries: fc.Arbitrary<Map<string, EnteredValues>> = fc
  .array(fc.tuple(fc.nat({ max: rows.length - 1 }), fc.nat()), { maxLength: 25 })
  .chain((picks) => {
    const chosen = [...new Set(picks.map(([i]) => i))]
      .map((i) => rows[i])
      .filter((r): r is ProgrammeRow => r !== undefined);
    return fc.tuple(...chosen.map((r) => entryFor(r).map((e) => [r.id, e] as const)));
  })
  .map((pairs) => new Map(pairs));

const choice: fc.Arbitrary<CoordinatorChoice> = fc.record({
  assessment: fc.constantFrom(...ASSESSMENT.map((t) => t.code)),
  raw: fc.constant(null),
  text: fc.option(text, { nil: null }),
});
const choices = fc.dictionary(fc.constantFrom(...programme.areas.map((a) => a.id), "overall"), choice);

function defaultOf(row: ProgrammeRow, key: InputColumnKey): RawCell {
  if (key === "department") {
    return row.department;
  }
  if (key === "lastYear") {
    return row.indicator?.history[String(YEAR - 1)] ?? null;
  }
  return null;
}

const KEYS: readonly InputColumnKey[] = ["department", "status", "done", "comment", "value", "lastYear", "changed"];

describe("plan → .xlsx → grids → read", () => {
  test("every entered value and coordinator choice comes back exactly as it was put in", async () => {
    await fc.assert(
      fc.asyncProperty(entries, choices, async (given, chosen) => {
        const plan = buildWorkbookPlan(programme, {
          year: YEAR,
          summary: handSummary(programme, YEAR),
          values: given,
          choices: chosen,
        });
        const read = readWorkbook(await readXlsx(await writeXlsx(plan)));
        expect(read.findings).toEqual([]);
        expect(read.programme).toEqual(programme);
        expect(read.meta?.year).toBe(YEAR);
        const back = enteredValues(read);
        expect([...back.keys()]).toEqual(rows.map((r) => r.id));
        for (const row of rows) {
          const put = given.get(row.id) ?? {};
          const got = back.get(row.id) ?? {};
          for (const key of KEYS) {
            const expected = key in put ? put[key] : defaultOf(row, key);
            expect([row.id, key, got[key]]).toEqual([row.id, key, expected]);
          }
        }
        expect(read.choices).toEqual(chosen);
      }),
      { numRuns: 12 }
    );
  });
});
