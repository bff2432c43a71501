import { planKeptContent } from "../../../src/core/keep/plan-kept-content";
import type { SheetExtras } from "../../../src/core/keep/kept-content";
import { renderKeepProblem } from "../../../src/core/i18n/keep-messages";
import { followupPlan } from "../../../src/core/plan/followup-plan";
import type { WorkbookPlan } from "../../../src/core/plan/types";
import type { Programme } from "../../../src/core/programme/schema";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import type { RawCell, SheetGrid } from "../../../src/core/workbook/cell";
import { AREA_COLUMNS, AREA_TABLE_HEADER_ROW } from "../../../src/core/layout/workbook-layout";
import { smallProgramme } from "../../support/plan-fixtures";
import { planToGrids, replaceSheet, setCell } from "../../support/plan-grids";

/** Which cells of a rewritten workbook are people's own, and where they go. */

const NOW = new Date("2020-01-20T10:00:00Z");
const programme = smallProgramme();
const AREA = "1 Trygghet";
const TABLE_END = AREA_COLUMNS.length;
const HEADER = AREA_TABLE_HEADER_ROW;

function planOf(p: Programme): WorkbookPlan {
  return followupPlan({
    programme: p,
    year: 2019,
    values: new Map(),
    choices: {},
    retired: [],
    closed: false,
    now: NOW,
  }).plan;
}

const before = planOf(programme);
const generated = planToGrids(before);

function keep(grids: readonly SheetGrid[], after: WorkbookPlan = before, extras: readonly SheetExtras[] = []) {
  return planKeptContent({ grids, read: readWorkbook(grids), before, after, extras });
}

function rowOf(grids: readonly SheetGrid[], sheet: string, id: string): number {
  const g = grids.find((x) => x.name === sheet);
  return (g?.cells.findIndex((r) => r[0] === id) ?? -2) + 1;
}

function withOwnSheet(grids: readonly SheetGrid[], at: number, name: string): SheetGrid[] {
  const out = [...grids];
  out.splice(at, 0, { name, cells: [["mina anteckningar"]] });
  return out;
}

/** Inserts an empty column inside the area table, as Excel's "Insert column" does, with a header and one value. */
function withColumnInside(
  grids: readonly SheetGrid[],
  at: number,
  header: string,
  rowId: string,
  value: RawCell
): SheetGrid[] {
  return replaceSheet(grids, AREA, (g) => ({
    ...g,
    cells: g.cells.map((r, i) => {
      const row = [...r];
      while (row.length < at - 1) row.push(null);
      const v = i + 1 === HEADER ? header : r[0] === rowId ? value : null;
      row.splice(at - 1, 0, i + 1 >= HEADER ? v : null);
      return row;
    }),
  }));
}

describe("planKeptContent", () => {
  test("a workbook as generated has nothing of anyone's own", () => {
    expect(keep(generated)).toEqual({ ok: true, kept: { sheets: [], cells: [], movedColumns: [] } });
  });

  test("own sheets are kept in their places among the product's", () => {
    const grids = withOwnSheet(withOwnSheet(generated, 0, "Först"), 3, "Anteckningar");
    const result = keep(grids);
    expect(result).toMatchObject({
      ok: true,
      kept: {
        sheets: [
          { name: "Först", after: null },
          { name: "Anteckningar", after: grids[2]?.name },
        ],
      },
    });
  });

  test("a column inserted inside the table goes beside the rewritten table, each cell with its row", () => {
    const grids = withColumnInside(generated, 5, "Kontaktperson", "1.A2", "Kim");
    const result = keep(grids);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const beside = TABLE_END + 1;
    expect(result.kept.movedColumns).toEqual([{ sheet: AREA, from: "E", to: "R" }]);
    expect(result.kept.cells).toEqual([
      {
        fromSheet: AREA,
        from: { row: HEADER, column: 5 },
        toSheet: AREA,
        to: { row: HEADER, column: beside },
        value: "Kontaktperson",
      },
      {
        fromSheet: AREA,
        from: { row: rowOf(grids, AREA, "1.A2"), column: 5 },
        toSheet: AREA,
        to: { row: rowOf(generated, AREA, "1.A2"), column: beside },
        value: "Kim",
      },
    ]);
  });

  test("a cell beside a row follows the row's ID after the rows were sorted", () => {
    const sorted = replaceSheet(generated, AREA, (g) => {
      const rows = g.cells.slice(HEADER);
      return { ...g, cells: [...g.cells.slice(0, HEADER), ...[...rows].reverse()] };
    });
    const grids = replaceSheet(sorted, AREA, (g) =>
      setCell(g, rowOf(sorted, AREA, "1.M1"), TABLE_END + 2, "Fråga Kim")
    );
    const result = keep(grids);
    expect(result.ok && result.kept.cells).toEqual([
      {
        fromSheet: AREA,
        from: { row: rowOf(grids, AREA, "1.M1"), column: TABLE_END + 2 },
        toSheet: AREA,
        to: { row: rowOf(generated, AREA, "1.M1"), column: TABLE_END + 2 },
        value: "Fråga Kim",
      },
    ]);
  });

  test("a cell below the table keeps its distance from the table's end as rows are added", () => {
    const last = rowOf(generated, AREA, "1.I1");
    const grids = replaceSheet(generated, AREA, (g) => setCell(g, last + 3, 2, "Under tabellen"));
    const bigger = structuredClone(programme) as Programme;
    const area = bigger.areas[0];
    if (area === undefined) throw new Error("no area");
    area.rows.push({
      id: "1.A3",
      type: "activity",
      text: { text: "Ny aktivitet", provenance: "example" },
      department: "KSF",
      goalId: "1.M1",
      indicator: null,
    });
    const result = keep(grids, planOf(bigger));
    expect(result.ok && result.kept.cells.map((c) => [c.to.row, c.to.column, c.value])).toEqual([
      [last + 4, 2, "Under tabellen"],
    ]);
  });

  test("what it cannot place for certain is a problem naming the cell, and nothing is kept", () => {
    const fewer = structuredClone(programme) as Programme;
    const area = fewer.areas[0];
    if (area === undefined) throw new Error("no area");
    area.rows = area.rows.filter((r) => r.id !== "1.A2");
    const beside = replaceSheet(generated, AREA, (g) =>
      setCell(g, rowOf(generated, AREA, "1.A2"), TABLE_END + 2, "Kim")
    );
    const noId = replaceSheet(generated, AREA, (g) => {
      const cells = g.cells.map((r) => [...r]);
      cells.splice(HEADER + 1, 0, []);
      return setCell({ ...g, cells }, HEADER + 2, TABLE_END + 2, "mellan raderna");
    });
    const gone = fewer.areas.filter((a) => a.id !== "1");
    const withoutArea = { ...fewer, areas: gone };
    const cases: [SheetGrid[], WorkbookPlan, string][] = [
      [
        beside,
        planOf(fewer),
        `'1 Trygghet'!S${rowOf(generated, AREA, "1.A2")}: det som står här hör till raden 1.A2, som inte finns kvar`,
      ],
      [noId, before, `'1 Trygghet'!S${HEADER + 2}: det som står här står på en rad utan rad-ID`],
      [
        beside,
        planOf(withoutArea),
        `'1 Trygghet'!S${rowOf(generated, AREA, "1.A2")}: bladet finns inte kvar efter ändringen`,
      ],
      [
        withOwnSheet(generated, 1, "G1 Klotter (2)"),
        planOf({
          ...programme,
          areas: [
            ...programme.areas,
            { ...(programme.areas[1] as Programme["areas"][number]), id: "G2", sheetName: "G1 Klotter (2)", rows: [] },
          ],
        }),
        `'G1 Klotter (2)': bladet heter som ett blad som kommandot lägger till`,
      ],
    ];
    for (const [grids, after, message] of cases) {
      const result = keep(grids, after);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(
        renderKeepProblem(result.problems[0] ?? { reason: "placeTaken", sheet: "", cell: null, params: {} }, "sv")
      ).toContain(message);
    }
  });

  test("a summary note where the rewritten summary needs the cell is refused; elsewhere it stays", () => {
    const summary = before.sheets.find((s) => s.role === "summary");
    const table = summary?.tables[0];
    if (summary === undefined || table === undefined) throw new Error("no summary table");
    const below = 8 + table.rows.length + 1;
    const grids = replaceSheet(generated, summary.name, (g) => setCell(g, below, 1, "not"));
    const ok = keep(grids);
    expect(ok.ok && ok.kept.cells.map((c) => [c.toSheet, c.to.row, c.to.column])).toEqual([[summary.name, below, 1]]);
    const more = structuredClone(programme) as Programme;
    more.areas.push({
      ...structuredClone(programme.areas[1] as Programme["areas"][number]),
      id: "G2",
      sheetName: "G2 Ny",
      rows: programme.areas[1]?.rows.map((r) => ({ ...r, id: r.id.replace("G1", "G2") })) ?? [],
    });
    const taken = keep(grids, planOf(more));
    expect(taken.ok).toBe(false);
    expect(!taken.ok && taken.problems.map((p) => [p.reason, p.sheet, p.cell])).toEqual([
      ["placeTaken", summary.name, `A${below}`],
    ]);
  });

  test("pictures, notes and tables named as the product's are named, in Swedish and English", () => {
    const grids = withOwnSheet(generated, 1, "Mitt");
    const planTable = before.sheets.flatMap((s) => s.tables)[0]?.name ?? "";
    const result = keep(grids, before, [
      { sheet: AREA, tables: [], unsupported: ["comments", "vmlDrawing"] },
      { sheet: "Mitt", tables: [planTable], unsupported: ["drawing"] },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const sv = result.problems.map((p) => renderKeepProblem(p, "sv"));
    expect(sv).toEqual([
      expect.stringContaining("'Mitt': bladet har bilder, former eller diagram, som kommandoraden inte kan föra över"),
      expect.stringContaining("'1 Trygghet': bladet har anteckningar, som"),
      expect.stringContaining(`'Mitt': tabellen ${planTable} heter som en tabell som kommandot lägger till`),
    ]);
    const notes = result.problems[1];
    expect(notes !== undefined && renderKeepProblem(notes, "en")).toMatch(
      /notes, which the command line cannot carry over/
    );
  });
});
