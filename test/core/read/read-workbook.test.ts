import fc from "fast-check";
import { buildWorkbookPlan } from "../../../src/core/plan/build-plan";
import { DATA_FIRST_ROW, DATA_LAYOUT } from "../../../src/core/layout/data-sheet-layout";
import { OVERALL_KEY, SUMMARY_COLUMNS } from "../../../src/core/layout/summary-layout";
import type { Programme } from "../../../src/core/programme/schema";
import { enteredValues } from "../../../src/core/read/entered-values";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { entriesAtRisk } from "../../../src/core/update/entries-at-risk";
import type { EnteredValues } from "../../../src/core/read/types";
import type { RawCell, SheetGrid } from "../../../src/core/workbook/cell";
import {
  AREA_TABLE_HEADER_ROW,
  DATA_SHEET,
  SUMMARY_SHEET,
  columnIndex,
} from "../../../src/core/layout/workbook-layout";
import { syntheticProgramme } from "../../../bench/synthetic-programme";
import { handSummary, smallProgramme } from "../../support/plan-fixtures";
import {
  insertRowAbove,
  moveColumn,
  planToGrids,
  renameSheet,
  replaceSheet,
  setCell,
  withoutSheet,
} from "../../support/plan-grids";

const YEAR = 2019;
const ENTRIES: ReadonlyMap<string, EnteredValues> = new Map<string, EnteredValues>([
  ["1.M1", { status: "I fas", comment: "Lägesbilden delas varje månad." }],
  ["1.A1", { status: "Försenad", done: "=inte en formel", comment: "Väntar på polisen." }],
  ["1.I1", { value: 74 }],
  ["G1.A1", { status: "Genomförd", department: "BUF" }],
]);

function grids(
  programme: Programme = smallProgramme(),
  entries: ReadonlyMap<string, EnteredValues> = ENTRIES
): SheetGrid[] {
  return planToGrids(
    buildWorkbookPlan(programme, {
      year: YEAR,
      summary: handSummary(programme, YEAR),
      values: entries,
      meta: { generatedAt: "2020-01-15T10:00:00.000Z" },
    })
  );
}

function codes(read: ReturnType<typeof readWorkbook>): string[] {
  return read.findings.map((f) => f.code);
}

const STATUS_COL = columnIndex("status") + 1;
const COMMENT_COL = columnIndex("comment") + 1;

describe("readWorkbook", () => {
  test("a freshly planned workbook reads back whole, with no findings", () => {
    const programme = smallProgramme();
    const read = readWorkbook(grids(programme));
    expect(read.findings).toEqual([]);
    expect(read.programme).toEqual(programme);
    expect(read.meta).toEqual({
      schemaVersion: 1,
      year: YEAR,
      closed: false,
      generatedAt: "2020-01-15T10:00:00.000Z",
      appVersion: expect.any(String),
    });
    expect(read.areaSheets.map((s) => [s.sheet, s.areaId, s.headerRow])).toEqual(
      programme.areas.map((a) => [a.sheetName, a.id, AREA_TABLE_HEADER_ROW])
    );
    expect(read.areaSheets.map((s) => s.rows.map((r) => r.cells.id))).toEqual(
      programme.areas.map((a) => a.rows.map((r) => r.id))
    );
    expect(read.areaSheets[0]?.rows[0]?.rowNumber).toBe(AREA_TABLE_HEADER_ROW + 1);
    const values = enteredValues(read);
    for (const [id, given] of ENTRIES) {
      expect(values.get(id)).toMatchObject(given);
    }
  });

  test("a row inserted above the table moves the header down but loses nothing", () => {
    const before = readWorkbook(grids());
    const read = readWorkbook(replaceSheet(grids(), "1 Trygghet", (g) => insertRowAbove(g, 3, ["Anteckning"])));
    expect(read.findings).toEqual([]);
    const sheet = read.areaSheets.find((s) => s.areaId === "1");
    expect(sheet?.headerRow).toBe(AREA_TABLE_HEADER_ROW + 1);
    expect(sheet?.rows[0]?.rowNumber).toBe(AREA_TABLE_HEADER_ROW + 2);
    expect(enteredValues(read)).toEqual(enteredValues(before));
  });

  test("a moved column is still read by its header", () => {
    const before = readWorkbook(grids());
    const read = readWorkbook(replaceSheet(grids(), "1 Trygghet", (g) => moveColumn(g, STATUS_COL, COMMENT_COL)));
    expect(read.findings).toEqual([]);
    const sheet = read.areaSheets.find((s) => s.areaId === "1");
    expect(sheet?.columns.status).toBe(COMMENT_COL);
    expect(sheet?.rows.find((r) => r.cells.id === "1.A1")?.cells.status).toBe("Försenad");
    expect(enteredValues(read)).toEqual(enteredValues(before));
  });

  test("a renamed area sheet is found by its table and area ID, with a warning", () => {
    const read = readWorkbook(renameSheet(grids(), "1 Trygghet", "Trygghet 2019"));
    expect(read.findings).toEqual([
      {
        severity: "warning",
        code: "sheetRenamed",
        sheet: "Trygghet 2019",
        cell: null,
        rowId: null,
        messageKey: "sheetRenamed",
        params: { expectedSheet: "1 Trygghet", areaId: "1" },
      },
    ]);
    const sheet = read.areaSheets.find((s) => s.areaId === "1");
    expect(sheet?.sheet).toBe("Trygghet 2019");
    expect(sheet?.rows.map((r) => r.sheet)).toEqual([
      "Trygghet 2019",
      "Trygghet 2019",
      "Trygghet 2019",
      "Trygghet 2019",
    ]);
    expect(enteredValues(read).get("1.A1")?.status).toBe("Försenad");
  });

  test("a copy of an area sheet and the original renamed: which holds the entries is not guessed", () => {
    const copied = grids().flatMap((g) => (g.name === "1 Trygghet" ? [{ ...g, name: "1 Trygghet (2)" }, g] : [g]));
    const read = readWorkbook(renameSheet(copied, "1 Trygghet", "Trygghet"));
    expect(read.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.params.sheets])).toEqual([
      ["sheetAmbiguous", "'1 Trygghet (2)', 'Trygghet'"],
    ]);
    expect(read.areaSheets.filter((s) => s.areaId === "1")).toEqual([]);
    // Refused first for the sheet, the place a person can fix; the rows found twice come after.
    expect(entriesAtRisk(read)[0]?.code).toBe("sheetAmbiguous");
  });

  test("two area sheets that swapped names are each found by their area ID, with warnings", () => {
    const swapped = renameSheet(
      renameSheet(renameSheet(grids(), "1 Trygghet", "tmp"), "G1 Klotter", "1 Trygghet"),
      "tmp",
      "G1 Klotter"
    );
    const read = readWorkbook(swapped);
    expect(read.findings.map((f) => [f.code, f.sheet, f.params.areaId])).toEqual([
      ["sheetRenamed", "G1 Klotter", "1"],
      ["sheetRenamed", "1 Trygghet", "G1"],
    ]);
    expect(read.areaSheets.map((s) => [s.areaId, s.sheet, s.rows[0]?.cells.id])).toEqual([
      ["1", "G1 Klotter", "1.M1"],
      ["G1", "1 Trygghet", "G1.M1"],
    ]);
  });

  test("a sheet name differing only in case is the same sheet", () => {
    const read = readWorkbook(renameSheet(grids(), "G1 Klotter", "g1 klotter"));
    expect(read.findings).toEqual([]);
    expect(read.areaSheets.find((s) => s.areaId === "G1")?.sheet).toBe("g1 klotter");
  });

  test("an area sheet that is nowhere is an error", () => {
    const read = readWorkbook(withoutSheet(grids(), "G1 Klotter"));
    expect(read.findings).toEqual([
      {
        severity: "error",
        code: "sheetMissing",
        sheet: null,
        cell: null,
        rowId: null,
        messageKey: "sheetMissing",
        params: { expectedSheet: "G1 Klotter", areaId: "G1" },
      },
    ]);
    expect(read.areaSheets.map((s) => s.areaId)).toEqual(["1"]);
  });

  test("a sheet that lost its table header is an error, not a crash", () => {
    const read = readWorkbook(
      replaceSheet(grids(), "G1 Klotter", (g) => ({
        ...g,
        cells: g.cells.filter((_, i) => i !== AREA_TABLE_HEADER_ROW - 1),
      }))
    );
    expect(codes(read)).toEqual(["headerMissing"]);
    expect(read.findings[0]?.sheet).toBe("G1 Klotter");
    const sheet = read.areaSheets.find((s) => s.areaId === "G1");
    expect(sheet?.headerRow).toBeNull();
    expect(sheet?.rows).toEqual([]);
  });

  test("a copy of an area sheet is an unknown sheet: read, with a warning", () => {
    const all = grids();
    const copy = all.find((g) => g.name === "1 Trygghet");
    if (copy === undefined) {
      throw new Error("no sheet");
    }
    const read = readWorkbook([...all, { ...copy, name: "1 Trygghet (2)" }]);
    expect(read.findings).toMatchObject([
      { severity: "warning", code: "sheetUnknown", sheet: "1 Trygghet (2)", params: {} },
    ]);
    const unknown = read.areaSheets.find((s) => s.sheet === "1 Trygghet (2)");
    expect(unknown?.areaId).toBeNull();
    expect(unknown?.rows).toHaveLength(4);
    // The known sheet's rows come first: its entries are the ones kept.
    expect(read.areaSheets[0]?.sheet).toBe("1 Trygghet");
  });

  test("without the data sheet: an error, and the area sheets are still read by their header block", () => {
    const read = readWorkbook(withoutSheet(grids(), DATA_SHEET));
    expect(read.findings).toEqual([
      {
        severity: "error",
        code: "dataSheetMissing",
        sheet: null,
        cell: null,
        rowId: null,
        messageKey: "dataSheetMissing",
        params: {},
      },
    ]);
    expect(read.meta).toBeNull();
    expect(read.programme).toBeNull();
    expect(read.areaSheets.map((s) => [s.sheet, s.areaId])).toEqual([
      ["1 Trygghet", "1"],
      ["G1 Klotter", "G1"],
    ]);
    expect(enteredValues(read).get("G1.A1")?.status).toBe("Genomförd");
  });

  test("a renamed data sheet is still found by its programme column", () => {
    const read = readWorkbook(renameSheet(grids(), DATA_SHEET, "Data"));
    expect(read.findings).toEqual([]);
    expect(read.programme).not.toBeNull();
  });

  const jsonCell = { row: DATA_FIRST_ROW, column: DATA_LAYOUT.programmeJson.column };

  test("broken programme JSON is programmeInvalid naming the cell; the sheets are still read by the index", () => {
    const read = readWorkbook(
      replaceSheet(grids(), DATA_SHEET, (g) =>
        setCell(g, jsonCell.row, jsonCell.column, '{"schemaVersion": 1, "name": ')
      )
    );
    expect(read.findings).toMatchObject([
      {
        severity: "error",
        code: "programmeInvalid",
        sheet: DATA_SHEET,
        params: { detail: expect.stringMatching(/^JSON: /) },
      },
    ]);
    expect(read.findings[0]?.cell).toMatch(/^[A-Z]+2$/);
    expect(read.programme).toBeNull();
    expect(read.meta).not.toBeNull();
    expect(read.areaSheets.map((s) => s.areaId)).toEqual(["1", "G1"]);
  });

  test("a very large programme, stored compressed over several cells, reads back whole", () => {
    const programme = syntheticProgramme(2, 3000);
    const sheets = grids(programme, new Map());
    const read = readWorkbook(sheets);
    expect(read.findings).toEqual([]);
    expect(read.programme).toEqual(programme);
    const data = sheets.find((g) => g.name === DATA_SHEET);
    expect(String(data?.cells[jsonCell.row - 1]?.[jsonCell.column - 1])).toMatch(/^deflate\+base64:/);
  });

  test("a damaged compressed programme is programmeInvalid naming the cell", () => {
    const programme = syntheticProgramme(2, 3000);
    const read = readWorkbook(
      replaceSheet(grids(programme, new Map()), DATA_SHEET, (g) =>
        setCell(g, jsonCell.row, jsonCell.column, "deflate+base64:AAAA")
      )
    );
    expect(read.findings).toMatchObject([
      {
        severity: "error",
        code: "programmeInvalid",
        sheet: DATA_SHEET,
        params: { detail: expect.stringMatching(/compressed programme is damaged/) },
      },
    ]);
    expect(read.programme).toBeNull();
  });

  test("JSON that is no programme is programmeInvalid with the path of the problem", () => {
    const programme = smallProgramme();
    const bad = JSON.stringify({ ...programme, departments: [] });
    const read = readWorkbook(
      replaceSheet(grids(programme), DATA_SHEET, (g) => {
        let out = setCell(g, jsonCell.row, jsonCell.column, bad);
        for (let r = jsonCell.row + 1; r <= out.cells.length; r++) {
          out = setCell(out, r, jsonCell.column, null);
        }
        return out;
      })
    );
    expect(read.findings).toMatchObject([
      { code: "programmeInvalid", params: { detail: expect.stringContaining("departments") } },
    ]);
  });

  test("a meta year that is no year is reported and the meta left out", () => {
    const read = readWorkbook(
      replaceSheet(grids(), DATA_SHEET, (g) => setCell(g, DATA_FIRST_ROW + 1, DATA_LAYOUT.meta.valueColumn, "nästa år"))
    );
    expect(read.meta).toBeNull();
    expect(read.findings).toMatchObject([
      { code: "programmeInvalid", params: { detail: expect.stringContaining("year") } },
    ]);
  });

  test("the table ends at its first empty row, but rows with an ID below a cleared row still belong to it", () => {
    const first = AREA_TABLE_HEADER_ROW + 1;
    const edited = replaceSheet(grids(), "1 Trygghet", (g) => {
      // Clear the second data row entirely, then write notes far below the table.
      const width = g.cells[0]?.length ?? 14;
      let out: SheetGrid = { ...g, cells: g.cells.map((r, i) => (i === first ? Array<RawCell>(width).fill(null) : r)) };
      out = setCell(out, first + 10, 1, "Anteckning: ring polisen");
      return out;
    });
    const read = readWorkbook(edited);
    const rows = read.areaSheets.find((s) => s.areaId === "1")?.rows ?? [];
    expect(rows.map((r) => r.cells.id)).toEqual(["1.M1", "1.A2", "1.I1"]);
    expect(rows.map((r) => r.rowNumber)).toEqual([first, first + 2, first + 3]);
  });

  test("coordinator choices come from the summary sheet; labels in any case are recognised, anything else kept raw", () => {
    const choiceCol = SUMMARY_COLUMNS.findIndex((c) => c.key === "choice") + 1;
    const textCol = choiceCol + 1;
    const edited = replaceSheet(grids(), SUMMARY_SHEET, (g) => {
      const row1 = g.cells.findIndex((r) => r[0] === "1") + 1;
      const rowG1 = g.cells.findIndex((r) => r[0] === "G1") + 1;
      const overall = g.cells.findIndex((r) => r[0] === "Hela programmet") + 1;
      let out = setCell(g, row1, choiceCol, "  delvis I FAS ");
      out = setCell(out, row1, textCol, "Belysningen är försenad.");
      out = setCell(out, rowG1, choiceCol, "Klart");
      out = setCell(out, overall, choiceCol, "I fas");
      return setCell(out, overall, textCol, "Arbetet ligger i fas.");
    });
    const read = readWorkbook(edited);
    expect(read.choices).toEqual({
      "1": { assessment: "partly", raw: null, text: "Belysningen är försenad." },
      G1: { assessment: null, raw: "Klart", text: null },
      [OVERALL_KEY]: { assessment: "onTrack", raw: null, text: "Arbetet ligger i fas." },
    });
  });

  test("retired rows read back from their sheet", () => {
    const programme = smallProgramme();
    const plan = buildWorkbookPlan(programme, {
      year: YEAR,
      summary: handSummary(programme, YEAR),
      retired: [
        {
          rowId: "1.A9",
          type: "activity",
          areaId: "1",
          sheet: "1 Trygghet",
          text: "Gammal aktivitet",
          values: { status: "Pågår", value: 3 },
        },
      ],
    });
    const read = readWorkbook(planToGrids(plan));
    expect(read.findings).toEqual([]);
    expect(read.retired).toEqual([
      {
        rowId: "1.A9",
        type: "activity",
        areaId: "1",
        sheet: "1 Trygghet",
        text: "Gammal aktivitet",
        values: { status: "Pågår", value: 3 },
      },
    ]);
  });

  test("enteredValues leaves out a column the sheet lacks and keeps an empty cell as null", () => {
    const lastYearCol = columnIndex("lastYear") + 1;
    const read = readWorkbook(
      replaceSheet(grids(), "1 Trygghet", (g) => ({
        ...g,
        cells: g.cells.map((r) => r.filter((_, i) => i !== lastYearCol - 1)),
      }))
    );
    const values = enteredValues(read);
    expect(values.get("1.I1")).not.toHaveProperty("lastYear");
    expect(values.get("1.I1")?.value).toBe(74);
    expect(values.get("1.M1")).toHaveProperty("done", null);
    expect(values.get("G1.I1")).toHaveProperty("lastYear", 1200000);
  });

  const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.record({ formula: fc.string(), result: fc.oneof(fc.constant(null), fc.string(), fc.double(), fc.boolean()) }),
    fc.record({ error: fc.string() }),
    fc.constantFrom<RawCell>(
      "ID",
      "Typ",
      "Status/bedömning",
      "1.A1",
      "Programdata",
      "I fas",
      "Hela programmet",
      "{",
      "1"
    )
  );

  test("junk in any cell of any sheet never makes reading throw", () => {
    const base = grids();
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: base.length - 1 }),
            fc.integer({ min: 1, max: 30 }),
            fc.integer({ min: 1, max: 32 }),
            anyCell
          ),
          { maxLength: 40 }
        ),
        (edits) => {
          let g = base;
          for (const [sheet, row, column, value] of edits) {
            const name = g[sheet]?.name ?? "";
            g = replaceSheet(g, name, (x) => setCell(x, row, column, value));
          }
          const read = readWorkbook(g);
          enteredValues(read);
          expect(Array.isArray(read.findings)).toBe(true);
        }
      ),
      { numRuns: 150 }
    );
  });

  test("grids of junk, ragged rows and odd sheet names never make reading throw", () => {
    const grid: fc.Arbitrary<SheetGrid> = fc.record({
      name: fc.oneof(fc.string(), fc.constantFrom(DATA_SHEET, SUMMARY_SHEET, "1 Trygghet", "Utgångna rader")),
      cells: fc.array(fc.array(anyCell, { maxLength: 35 }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 6 }), (gs) => {
        const read = readWorkbook(gs);
        enteredValues(read);
      }),
      { numRuns: 200 }
    );
  });
});
