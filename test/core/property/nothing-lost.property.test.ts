import fc from "fast-check";
import { followupPlan } from "../../../src/core/plan/followup-plan";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { enteredValues } from "../../../src/core/read/entered-values";
import { entriesAtRisk } from "../../../src/core/read/entries-at-risk";
import type { EnteredValues, WorkbookRead } from "../../../src/core/read/types";
import { planUpdate } from "../../../src/core/update/plan-update";
import { planRollover } from "../../../src/core/rollover/plan-rollover";
import type { Programme } from "../../../src/core/programme/schema";
import { displayValue, isFormula, type RawCell } from "../../../src/core/workbook/cell";
import type { AreaColumnKey } from "../../../src/core/workbook/layout";
import { smallProgramme } from "../../support/plan-fixtures";
import { planToGrids } from "../../support/plan-grids";
import { INPUT_KEYS, applyEdit, editArb, editable, pastedArb, type Edit, type Truth } from "./person-edits";

/**
 * For every command that writes the workbook, after any sequence of edits a person can make in
 * Excel: either every entered value is in the output (same row ID, same text), or the command
 * refused and wrote nothing. The output is the plan the command would write, read back as the
 * engine would hand it over.
 */

const NOW = new Date("2020-01-20T10:00:00Z");
const RUNS = 1000;

const programme: Programme = smallProgramme();
const YEAR = programme.period.from + 1;
const areaNames = programme.areas.map((a) => a.sheetName);
const rowIds = programme.areas.flatMap((a) => a.rows.map((r) => r.id));

const entriesArb: fc.Arbitrary<[string, AreaColumnKey, RawCell][]> = fc.array(
  fc.tuple(fc.constantFrom(...rowIds), fc.constantFrom(...INPUT_KEYS), pastedArb),
  { maxLength: 12 }
);

function startingPoint(given: readonly [string, AreaColumnKey, RawCell][]): {
  grids: ReturnType<typeof editable>;
  truth: Truth;
} {
  const entries = new Map<string, EnteredValues>();
  const truth: Truth = new Map();
  for (const [id, key, value] of given) {
    entries.set(id, { ...(entries.get(id) ?? {}), [key]: value });
    const t = truth.get(id) ?? new Map<AreaColumnKey, RawCell>();
    // A cell of spaces shows nothing: it is no entry (the programme's default may take its place).
    if (typeof value === "string" && value.trim() === "") t.delete(key);
    else t.set(key, value);
    truth.set(id, t);
  }
  const { plan } = followupPlan({ programme, year: YEAR, entries, choices: {}, retired: [], closed: false, now: NOW });
  return { grids: editable(planToGrids(plan)), truth };
}

/** Text as a person reads it: a formula by its text (a writer may store it as text), a number as written. */
function same(a: RawCell, b: RawCell): boolean {
  const text = (c: RawCell): string | null => {
    if (isFormula(c)) return c.formula;
    const v = displayValue(c);
    return v === null || v === "" ? null : String(v);
  };
  return text(a) === text(b);
}

function lost(truth: Truth, out: WorkbookRead): string[] {
  const rows = new Map(out.areaSheets.flatMap((s) => s.rows.map((r) => [String(r.cells.id), r.cells] as const)));
  const missing: string[] = [];
  for (const [id, keys] of truth) {
    for (const [key, value] of keys) {
      const cells = rows.get(id);
      if (cells === undefined || !same(cells[key], value)) {
        missing.push(`${id}.${key}: ${JSON.stringify(value)} → ${JSON.stringify(cells?.[key])}`);
      }
    }
  }
  return missing;
}

function written(entries: ReadonlyMap<string, EnteredValues>, read: WorkbookRead, closed: boolean): WorkbookRead {
  const { plan } = followupPlan({
    programme,
    year: YEAR,
    entries,
    choices: read.choices,
    retired: read.retired ?? [],
    closed,
    now: NOW,
  });
  return readWorkbook(planToGrids(plan));
}

type Outcome = { refused: true } | { refused: false; lost: string[] };

const COMMANDS: Record<string, (read: WorkbookRead, truth: Truth) => Outcome> = {
  "summary --write": (read, truth) =>
    entriesAtRisk(read).length > 0
      ? { refused: true }
      : { refused: false, lost: lost(truth, written(enteredValues(read), read, false)) },
  "close --force": (read, truth) =>
    entriesAtRisk(read).length > 0
      ? { refused: true }
      : { refused: false, lost: lost(truth, written(enteredValues(read), read, true)) },
  update: (read, truth) => {
    if (entriesAtRisk(read, { rows: false }).length > 0) return { refused: true };
    const result = planUpdate(read, programme);
    return result.ok ? { refused: false, lost: lost(truth, written(result.entries, read, false)) } : { refused: true };
  },
  rollover: (read, truth) => {
    if (entriesAtRisk(read).length > 0) return { refused: true };
    const result = planRollover(read, { year: YEAR + 1 });
    if (!result.ok) return { refused: true };
    // Last year's status, text and comment stand beside next year's inputs, as text.
    const carried: Truth = new Map();
    const beside: Partial<Record<AreaColumnKey, AreaColumnKey>> = {
      status: "lastStatus",
      done: "lastDone",
      comment: "lastComment",
    };
    for (const [id, keys] of truth) {
      for (const [key, value] of keys) {
        const to = beside[key];
        if (to === undefined) continue;
        const t = carried.get(id) ?? new Map<AreaColumnKey, RawCell>();
        t.set(to, value);
        carried.set(id, t);
      }
    }
    const rows = new Map([...result.entries].map(([id, e]) => [id, e] as const));
    const missing: string[] = [];
    for (const [id, keys] of carried) {
      for (const [key, value] of keys) {
        const got = rows.get(id)?.[key as keyof EnteredValues] ?? null;
        if (!same(got, value)) missing.push(`${id}.${key}: ${JSON.stringify(value)} → ${JSON.stringify(got)}`);
      }
    }
    return { refused: false, lost: missing };
  },
};

describe.each(Object.keys(COMMANDS))("%s after a person's edits", (command) => {
  it(`keeps every entered value or refuses (${RUNS} cases)`, () => {
    const run = COMMANDS[command];
    if (run === undefined) throw new Error(command);
    let refused = 0;
    fc.assert(
      fc.property(entriesArb, fc.array(editArb(areaNames.length), { maxLength: 6 }), (given, edits: Edit[]) => {
        const start = startingPoint(given);
        let grids = start.grids;
        for (const edit of edits) grids = applyEdit(grids, areaNames, edit, start.truth);
        const outcome = run(readWorkbook(grids), start.truth);
        if (outcome.refused) {
          refused++;
          return;
        }
        expect(outcome.lost).toEqual([]);
      }),
      { numRuns: RUNS }
    );
    // Refusing everything would pass the property; most edits leave nothing in doubt.
    expect(refused).toBeLessThan(RUNS / 2);
  });
});
