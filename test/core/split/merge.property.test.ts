import fc from "fast-check";
import { followupPlan } from "../../../src/core/plan/followup-plan";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { enteredValues } from "../../../src/core/read/entered-values";
import type { EnteredValues, WorkbookRead } from "../../../src/core/read/types";
import type { Programme, RowType } from "../../../src/core/programme/schema";
import { AREA_COLUMNS, type InputColumnKey } from "../../../src/core/layout/workbook-layout";
import { cellText } from "../../../src/core/workbook/cell-text";
import { labelOf } from "../../../src/core/read/grid-access";
import { copyInfoFor, departmentsWithRows } from "../../../src/core/split/copy-info";
import { planMerge, type Prefer } from "../../../src/core/split/plan-merge";
import { buildMergeSheet } from "../../../src/core/plan/merge-sheet";
import { smallProgramme } from "../../support/plan-fixtures";
import { planToGrids } from "../../support/plan-grids";
import { applyEdit, editable, type Grid } from "../property/person-edits";

/**
 * Split → entries typed at random in random copies (and random edits in the master since the
 * split, and people sorting a copy's rows or moving its columns) → merge, all on the cells an
 * engine would hand back. Checked against a record of who typed what, not against the merge's
 * own reasoning: every entry ends in the written master exactly once, every cell both sides
 * changed differently is reported as a conflict (and only those), and without --prefer nothing
 * the master holds is overwritten.
 */

const RUNS = 1000;
const NOW = new Date("2019-11-01T08:00:00Z");
const programme: Programme = smallProgramme();
const YEAR = programme.period.from + 1;
const rows = programme.areas.flatMap((a) => a.rows);
const areaNames = programme.areas.map((a) => a.sheetName);

/** The columns a row of each type takes (others stay empty by design). */
const COLUMNS: Readonly<Record<RowType, readonly InputColumnKey[]>> = {
  goal: ["status", "done", "comment", "changed"],
  activity: ["status", "done", "comment", "changed"],
  indicator: ["value", "done", "comment", "changed"],
};
const headerOf = (key: InputColumnKey): string => AREA_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** Few distinct values, so both sides often type the same thing, or clear a cell. */
const textArb = fc.constantFrom("", "a", "b", "Pågår", "I fas", "12", "mer text ");

interface CellEdit {
  readonly row: number;
  readonly column: number;
  readonly value: string;
}
const cellEditArb = fc.record({ row: fc.nat(rows.length - 1), column: fc.nat(3), value: textArb });

function keyOf(e: CellEdit): { rowId: string; key: InputColumnKey } {
  const row = rows[e.row % rows.length];
  if (row === undefined) throw new Error("no row");
  const key = COLUMNS[row.type][e.column % 4];
  if (key === undefined) throw new Error("no column");
  return { rowId: row.id, key };
}

/** Types a value into a row's cell, found by ID and header as a person finds it on the sheet. */
function type(grids: Grid[], rowId: string, key: InputColumnKey, value: string): void {
  for (const g of grids) {
    // Wherever its columns were moved: the row that holds both "ID" and "Typ".
    const h = g.cells.findIndex((r) => r.includes("ID") && r.includes("Typ"));
    if (h < 0) continue;
    const header = g.cells[h] ?? [];
    const idColumn = header.findIndex((c) => c === "ID");
    const column = header.findIndex((c) => c === headerOf(key));
    if (idColumn < 0 || column < 0) continue;
    for (let r = h + 1; r < g.cells.length; r++) {
      const cells = g.cells[r] ?? [];
      if (labelOf(cells[idColumn] ?? null) === rowId) {
        while (cells.length <= column) cells.push(null);
        cells[column] = value === "" ? null : value;
        g.cells[r] = cells;
        return;
      }
    }
  }
  throw new Error(`row ${rowId} not found`);
}

function readOf(grids: readonly Grid[]): WorkbookRead {
  return readWorkbook(grids.map((g) => ({ name: g.name, cells: g.cells, hidden: g.hidden ?? false })));
}

function written(
  values: ReadonlyMap<string, EnteredValues>,
  extra: { copy?: ReturnType<typeof copyInfoFor> } = {}
): Grid[] {
  const { plan } = followupPlan({
    programme,
    year: YEAR,
    values,
    choices: {},
    retired: [],
    closed: false,
    now: NOW,
    ...extra,
  });
  return editable(planToGrids(plan));
}

const at = (rowId: string, key: InputColumnKey): string => `${rowId}\u0000${key}`;

const scenarioArb = fc.record({
  start: fc.array(cellEditArb, { maxLength: 8 }),
  /** Per department (by index), the cells typed in its copy; rows outside its own are tried too. */
  copies: fc.array(fc.array(cellEditArb, { maxLength: 10 }), { minLength: 3, maxLength: 3 }),
  /** Which copies come back at all. */
  returned: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  master: fc.array(cellEditArb, { maxLength: 6 }),
  sortCopy: fc.option(fc.record({ copy: fc.nat(2), sheet: fc.nat(1), by: fc.nat(12), descending: fc.boolean() })),
  moveColumn: fc.option(fc.record({ copy: fc.nat(2), sheet: fc.nat(1), from: fc.nat(12), to: fc.nat(12) })),
  prefer: fc.constantFrom<Prefer>(null, "copy", "master"),
});

describe("merge of department copies (property, cells in memory)", () => {
  test(`every entry kept exactly once, every conflict reported, nothing overwritten without --prefer (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        // The master as the coordinator sent it out.
        const startValues = new Map<string, EnteredValues>();
        for (const e of s.start) {
          const { rowId, key } = keyOf(e);
          startValues.set(rowId, { ...(startValues.get(rowId) ?? {}), [key]: e.value === "" ? null : e.value });
        }
        const masterGrids = written(startValues);
        const sent = readOf(masterGrids);
        const sentValues = enteredValues(sent);
        const base = (rowId: string, key: InputColumnKey): string => cellText(sentValues.get(rowId)?.[key]);

        // One copy per department with rows; each department types in its copy.
        const departments = departmentsWithRows(programme, YEAR, sentValues);
        const copies = departments.map((department) => {
          const info = copyInfoFor({
            programme,
            year: YEAR,
            values: sentValues,
            masterGeneratedAt: sent.meta?.generatedAt ?? "",
            department,
            now: NOW,
          });
          return { department, info, grids: written(sentValues, { copy: info }) };
        });
        const copyTyped = new Map<string, { copy: number; value: string }>();
        const outsideFinal = new Map<string, string>();
        copies.forEach((c, i) => {
          if (s.returned[i] !== true) return;
          if (s.sortCopy !== null && s.sortCopy.copy === i) {
            c.grids = applyEdit(c.grids, areaNames, { kind: "sortRows", ...s.sortCopy }, new Map());
          }
          if (s.moveColumn !== null && s.moveColumn.copy === i) {
            c.grids = applyEdit(c.grids, areaNames, { kind: "moveColumn", ...s.moveColumn }, new Map());
          }
          for (const e of s.copies[i] ?? []) {
            const { rowId, key } = keyOf(e);
            type(c.grids, rowId, key, e.value);
            if (c.info.owned.includes(rowId)) copyTyped.set(at(rowId, key), { copy: i, value: e.value.trim() });
            else outsideFinal.set(`${i}\u0000${at(rowId, key)}`, e.value.trim());
          }
        });
        const outsideTyped = new Set<string>();
        for (const [k, value] of outsideFinal) {
          const [, rowId, key] = k.split("\u0000") as [string, string, InputColumnKey];
          if (value !== base(rowId, key)) outsideTyped.add(rowId);
        }

        // The coordinator edits the master meanwhile.
        const masterTyped = new Map<string, string>();
        for (const e of s.master) {
          const { rowId, key } = keyOf(e);
          type(masterGrids, rowId, key, e.value);
          masterTyped.set(at(rowId, key), e.value.trim());
        }

        const masterRead = readOf(masterGrids);
        const back = copies
          .map((c, i) => ({ c, i }))
          .filter(({ i }) => s.returned[i] === true)
          .map(({ c }) => ({ name: `${c.department}.xlsx`, read: readOf(c.grids) }));
        const result = planMerge(masterRead, programme, YEAR, back, s.prefer);
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusals)}`);

        // The master as written, read back.
        const report = result.report;
        const out = readOf(
          (() => {
            const { plan } = followupPlan({
              programme,
              year: YEAR,
              values: result.values,
              choices: masterRead.choices,
              retired: [],
              closed: false,
              now: NOW,
              merge: buildMergeSheet(report, programme.name.text, YEAR, "2019-11-02"),
            });
            return editable(planToGrids(plan));
          })()
        );
        const outValues = enteredValues(out);

        // Exactly once: every row of the programme stands in one area sheet once.
        const seen = out.areaSheets.flatMap((a) => a.rows.map((r) => labelOf(r.cells.id)));
        expect([...seen].sort()).toEqual(rows.map((r) => r.id).sort());

        const conflictKeys = new Set(report.conflicts.map((c) => at(c.rowId, c.column)));
        const expectedConflicts = new Set<string>();
        for (const row of rows) {
          for (const key of COLUMNS[row.type]) {
            const k = at(row.id, key);
            const was = base(row.id, key);
            const masterNow = masterTyped.get(k) ?? was;
            const copy = copyTyped.get(k);
            const copyNow = copy?.value ?? was;
            const got = cellText(outValues.get(row.id)?.[key]);
            const copyChanged = copyNow !== was;
            const masterChanged = masterNow !== was;
            if (!copyChanged) {
              expect(got).toBe(masterNow);
            } else if (!masterChanged || masterNow === copyNow) {
              expect(got).toBe(copyNow);
            } else {
              expectedConflicts.add(k);
              expect(got).toBe(s.prefer === "copy" ? copyNow : masterNow);
            }
          }
        }
        expect([...conflictKeys].sort()).toEqual([...expectedConflicts].sort());
        for (const c of report.conflicts) {
          expect(c.mine).toBe(copyTyped.get(at(c.rowId, c.column))?.value);
          expect(c.theirs).toBe(masterTyped.get(at(c.rowId, c.column)));
          expect(c.sheet).not.toBeNull();
        }
        // Rows a copy changed outside its department are reported, and not taken (checked above).
        const outside = new Set(report.copies.flatMap((c) => c.outside.map((o) => o.rowId)));
        expect([...outside].sort()).toEqual([...outsideTyped].sort());
      }),
      { numRuns: RUNS }
    );
  });
});
