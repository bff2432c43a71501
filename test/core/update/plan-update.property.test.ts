import fc from "fast-check";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import type { Area, Programme, ProgrammeRow } from "../../../src/core/programme/schema";
import type { CoordinatorChoice, EnteredValues, InputColumnKey } from "../../../src/core/read/types";
import type { RawCell } from "../../../src/core/workbook/cell";
import { planUpdate } from "../../../src/core/update/plan-update";
import { readOf } from "./workbook-read";

const YEAR = 2019;
const INPUT_KEYS: readonly InputColumnKey[] = [
  "department",
  "status",
  "done",
  "comment",
  "value",
  "lastYear",
  "changed",
];

const cellArb: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("Pågår", "Genomförd", "I fas", "KSF", "  ", "", "217"),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ formula: fc.constantFrom("=SUM(1,2)", "=A1*2", "=TODAY()") }),
  fc.record({ error: fc.constantFrom("#REF!", "#VALUE!", "#N/A") })
);

const valuesArb: fc.Arbitrary<EnteredValues> = fc.record(
  Object.fromEntries(INPUT_KEYS.map((k) => [k, cellArb])) as Record<InputColumnKey, fc.Arbitrary<RawCell>>,
  { requiredKeys: [] }
);

type RowFate = { kind: "keep" } | { kind: "remove" } | { kind: "move"; to: number } | { kind: "reword"; text: string };
const fateArb: fc.Arbitrary<RowFate> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ kind: "keep" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "remove" as const }) },
  { weight: 2, arbitrary: fc.nat({ max: 20 }).map((to) => ({ kind: "move" as const, to })) },
  {
    weight: 2,
    arbitrary: fc.string({ minLength: 1, maxLength: 40 }).map((text) => ({ kind: "reword" as const, text })),
  }
);

/** Applies a fate to every row, drops areas at random and adds new rows with fresh IDs. */
function changedProgramme(
  base: Programme,
  fates: readonly RowFate[],
  dropArea: readonly boolean[],
  added: number
): Programme {
  const areas: { area: Area; rows: ProgrammeRow[] }[] = base.areas.map((area) => ({ area, rows: [] }));
  let i = 0;
  base.areas.forEach((area, ai) => {
    for (const row of area.rows) {
      const fate = fates[i % fates.length] ?? { kind: "keep" };
      i += 1;
      const target = areas[ai];
      if (target === undefined || fate.kind === "remove") {
        continue;
      }
      if (fate.kind === "move") {
        areas[fate.to % areas.length]?.rows.push(row);
      } else if (fate.kind === "reword") {
        target.rows.push({ ...row, text: { text: fate.text, provenance: "example" } });
      } else {
        target.rows.push(row);
      }
    }
  });
  for (let n = 0; n < added; n += 1) {
    const target = areas[n % areas.length];
    target?.rows.push({
      id: `${target.area.id}.A${500 + n}`,
      type: "activity",
      text: { text: `Ny aktivitet ${n}`, provenance: "example" },
      department: base.departments[0]?.code ?? "KSF",
      goalId: null,
      indicator: null,
    });
  }
  const kept = areas.filter((a, ai) => !(dropArea[ai] ?? false) && a.rows.length > 0);
  return { ...base, areas: kept.map((a) => ({ ...a.area, rows: a.rows })) };
}

function isBlank(cell: RawCell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** The generator pre-fills the department and last year's value: such a cell was not entered. */
function isPrefilled(key: InputColumnKey, cell: RawCell, row: ProgrammeRow): boolean {
  if (key === "department") {
    return typeof cell === "string" && cell.trim() === row.department;
  }
  if (key === "lastYear") {
    const history = row.indicator?.history[String(YEAR - 1)];
    const n = typeof cell === "number" ? cell : typeof cell === "string" && cell.trim() !== "" ? Number(cell) : NaN;
    return history !== undefined && n === history;
  }
  return false;
}

describe("planUpdate on the default programme (property)", () => {
  const base = defaultProgramme();
  const rows = base.areas.flatMap((a) => a.rows);

  it("never loses an entered value: each is in the entries or in the retired rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(valuesArb, { nil: undefined, freq: 2 }), { minLength: rows.length, maxLength: rows.length }),
        fc.array(fateArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: base.areas.length, maxLength: base.areas.length }),
        fc.nat({ max: 6 }),
        fc.dictionary(
          fc.constantFrom("overall", ...base.areas.map((a) => a.id)),
          fc.record({
            assessment: fc.constantFrom("onTrack", "partly", "notOnTrack", "cannotAssess", null),
            raw: fc.constant(null),
            text: fc.option(fc.string({ minLength: 1 }), { nil: null }),
          }) as fc.Arbitrary<CoordinatorChoice>
        ),
        (valueList, fates, dropArea, added, choices) => {
          const entries = new Map<string, EnteredValues>();
          rows.forEach((row, i) => {
            const v = valueList[i];
            if (v !== undefined) {
              entries.set(row.id, v);
            }
          });
          const next = changedProgramme(base, fates, dropArea, added);
          const nextIds = new Set(next.areas.flatMap((a) => a.rows.map((r) => r.id)));
          const result = planUpdate(readOf(base, YEAR, entries, { choices }), next);
          if (!result.ok) {
            throw new Error(`refused: ${JSON.stringify(result.conflicts)}`);
          }
          for (const row of rows) {
            const entered = entries.get(row.id) ?? {};
            for (const key of INPUT_KEYS) {
              const cell = entered[key];
              if (cell === undefined || isBlank(cell) || isPrefilled(key, cell, row)) {
                continue;
              }
              const home = nextIds.has(row.id)
                ? result.values.get(row.id)
                : result.retired.find((r) => r.rowId === row.id)?.values;
              expect(home?.[key]).toEqual(cell);
            }
          }
          for (const [key, choice] of Object.entries(choices)) {
            // A text of spaces shows nothing: the product keeps no such choice (as a cell of spaces is no entry).
            const hasContent = choice.assessment !== null || (choice.text !== null && choice.text.trim() !== "");
            if (!hasContent) {
              continue;
            }
            const keptChoice = result.choices[key];
            const retiredChoice = result.retired.find((r) => r.type === null && r.rowId === key);
            if (keptChoice !== undefined) {
              expect(keptChoice).toEqual(choice);
            } else {
              expect(retiredChoice?.values.comment ?? null).toEqual(choice.text);
            }
          }
        }
      ),
      { numRuns: 150 }
    );
  });

  it("changes nothing when the programme is the same", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(valuesArb, { nil: undefined }), { minLength: rows.length, maxLength: rows.length }),
        (valueList) => {
          const entries = new Map<string, EnteredValues>();
          rows.forEach((row, i) => {
            const v = valueList[i];
            if (v !== undefined) {
              entries.set(row.id, v);
            }
          });
          const result = planUpdate(readOf(base, YEAR, entries), base);
          if (!result.ok) {
            throw new Error("refused");
          }
          expect(result.retired).toEqual([]);
          expect(result.report.added).toEqual([]);
          expect(result.report.moved).toEqual([]);
          expect(result.report.kept).toBe(rows.length);
        }
      ),
      { numRuns: 30 }
    );
  });
});
