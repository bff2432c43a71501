import type ExcelJS from "exceljs";
import {
  ACTIVITY_STATUS,
  address,
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  ASSESSMENT,
  buildWorkbookPlan,
  cellsOf,
  DATA_SHEET,
  defaultProgramme,
  displayValue,
  enteredValues,
  parseRange,
  readWorkbook,
  SUMMARY_SHEET,
} from "../../src/core";
import type { EnteredValues, RawCell } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { writeXlsx } from "../../src/files/xlsx-writer";
import { loadWorkbook, worksheet } from "../support/exceljs-load";
import { LibreOfficeMissingError, convertWithLibreOffice } from "../support/libreoffice";
import { handSummary } from "../support/plan-fixtures";
import { XlsxXml } from "../support/xlsx-xml";

/**
 * The workbook survives LibreOffice opening and saving it: list validations still point at the
 * data sheet's vocabulary ranges, text columns keep the text format, the sheets stay protected
 * with the input cells unlocked, and the entries read back unchanged. (A LibreOffice save drops
 * frozen panes, so those are checked on the file as written.) Fails when LibreOffice is missing.
 */

const YEAR = 2019;
const programme = defaultProgramme();
const area = programme.areas[0];
if (area === undefined) {
  throw new Error("the default programme has no area");
}
const firstActivity = area.rows.find((r) => r.type === "activity");
const firstGoal = area.rows.find((r) => r.type === "goal");
const indicators = area.rows.filter((r) => r.indicator !== null);
const higher = indicators.find(
  (r) => r.indicator?.betterWhen === "higher" && r.indicator.history[String(YEAR - 1)] !== undefined
);
const lower = indicators.find(
  (r) => r.indicator?.betterWhen === "lower" && r.indicator.history[String(YEAR - 1)] !== undefined
);
const lastYearOf = (id: string | undefined): number =>
  indicators.find((r) => r.id === id)?.indicator?.history[String(YEAR - 1)] ?? 0;
const entries = new Map<string, EnteredValues>([
  [firstActivity?.id ?? "", { status: "Försenad", done: "=inte en formel", comment: "+ väntar på beslut" }],
  [firstGoal?.id ?? "", { status: "Delvis i fas", comment: "-" }],
  // Both rise: better where higher is better, worse where lower is.
  [higher?.id ?? "", { value: lastYearOf(higher?.id) + 2 }],
  [lower?.id ?? "", { value: lastYearOf(lower?.id) + 7 }],
]);
const plan = buildWorkbookPlan(programme, { year: YEAR, summary: handSummary(programme, YEAR), values: entries });

const firstRow = AREA_TABLE_HEADER_ROW + 1;
const lastRow = AREA_TABLE_HEADER_ROW + area.rows.length;
const colOf = (key: string): number => AREA_COLUMNS.findIndex((c) => c.key === key) + 1;

let original: Buffer;
let saved: Buffer;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  original = await writeXlsx(plan);
  saved = await convertWithLibreOffice(original, { to: "xlsx", filter: "Calc MS Excel 2007 XML" });
  wb = await loadWorkbook(saved);
}, 180_000);

/** The values a "Programdata!$B$2:$B$6" source points at, read from the saved file itself. */
function listValues(source: string): unknown[] {
  const m = /^'?([^'!]+)'?!(.+)$/.exec(source);
  const range = m?.[2] === undefined ? null : parseRange(m[2]);
  if (m?.[1] === undefined || range === null) {
    throw new Error(`not a range source: ${source}`);
  }
  const ws = worksheet(wb, m[1]);
  return cellsOf(range).map((c) => ws.getCell(c.row, c.column).value);
}

describe("a generated workbook opened and saved by LibreOffice", () => {
  test("list validations still point at the vocabulary and department ranges on the data sheet", () => {
    const ws = worksheet(wb, area.sheetName);
    area.rows.forEach((row, i) => {
      const r = firstRow + i;
      const status = ws.getCell(r, colOf("status")).dataValidation;
      if (row.type === "indicator") {
        expect(status).toBeUndefined();
      } else {
        expect(status?.type).toBe("list");
        const source = String(status?.formulae[0]);
        expect(source).toMatch(/^Programdata!\$[A-Z]+\$[0-9]+:\$[A-Z]+\$[0-9]+$/);
        expect(listValues(source)).toEqual((row.type === "goal" ? ASSESSMENT : ACTIVITY_STATUS).map((t) => t.sv));
      }
      const dept = ws.getCell(r, colOf("department")).dataValidation;
      expect(listValues(String(dept?.formulae[0]))).toEqual(programme.departments.map((d) => d.code));
    });
  });

  test("the summary's choice cells keep their assessment list", () => {
    const ws = worksheet(wb, SUMMARY_SHEET);
    const summary = plan.sheets.find((s) => s.name === SUMMARY_SHEET);
    const ranges = summary?.validations.map((v) => v.range) ?? [];
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) {
      for (const c of cellsOf(parseRange(r) ?? { top: 1, left: 1, bottom: 0, right: 0 })) {
        expect(listValues(String(ws.getCell(c.row, c.column).dataValidation?.formulae[0]))).toEqual(
          ASSESSMENT.map((t) => t.sv)
        );
      }
    }
  });

  test("text columns keep the text format in every data row", () => {
    const ws = worksheet(wb, area.sheetName);
    AREA_COLUMNS.filter((c) => c.text).forEach((c) => {
      for (let r = firstRow; r <= lastRow; r++) {
        expect([c.key, r, ws.getCell(r, colOf(c.key)).numFmt]).toEqual([c.key, r, "@"]);
      }
    });
  });

  test("every sheet stays protected, with exactly the input cells unlocked", () => {
    const xml = new XlsxXml(saved);
    for (const s of plan.sheets) {
      expect([s.name, xml.sheetProtected(s.name)]).toEqual([s.name, true]);
    }
    for (let r = firstRow; r <= lastRow; r++) {
      AREA_COLUMNS.forEach((c, i) => {
        expect([c.key, r, xml.cellLocked(area.sheetName, address(r, i + 1))]).toEqual([c.key, r, !c.input]);
      });
    }
  });

  test("the data sheet stays hidden and the entries read back exactly", async () => {
    expect(worksheet(wb, DATA_SHEET).state).toBe("hidden");
    const before = enteredValues(readWorkbook(await readXlsx(original)));
    const read = readWorkbook(await readXlsx(saved));
    expect(read.findings).toEqual([]);
    expect(read.programme).toEqual(programme);
    expect(enteredValues(read)).toEqual(before);
    expect(enteredValues(read).get(firstActivity?.id ?? "")?.done).toBe("=inte en formel");
  });

  test("frozen panes are in the file as written (a LibreOffice save drops them)", async () => {
    const ws = worksheet(await loadWorkbook(original), area.sheetName);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: AREA_TABLE_HEADER_ROW });
  });
});

describe("the workbook recalculated by LibreOffice", () => {
  test("the summary's COUNTIFS over the area tables count what was entered", async () => {
    const grids = await readXlsx(saved);
    const summary = grids.find((g) => g.name === SUMMARY_SHEET);
    const header = summary?.cells.findIndex((r) => r[0] === "Område") ?? -1;
    const headers = (summary?.cells[header] ?? []).map((c) => String(c));
    const rowOf = (id: string): readonly RawCell[] => summary?.cells.find((r, i) => i > header && r[0] === id) ?? [];
    const value = (row: readonly RawCell[], h: string): unknown => displayValue(row[headers.indexOf(h)] ?? null);
    for (const a of programme.areas) {
      const row = rowOf(a.id);
      const mine = [...entries].filter(([id]) => a.rows.some((r) => r.id === id)).map(([, e]) => e);
      for (const t of [...ACTIVITY_STATUS, ...ASSESSMENT]) {
        expect([a.id, t.sv, value(row, t.sv)]).toEqual([a.id, t.sv, mine.filter((e) => e.status === t.sv).length]);
      }
      expect([a.id, value(row, "Rapporterade rader")]).toEqual([a.id, mine.length]);
      expect([a.id, value(row, "Rader totalt")]).toEqual([a.id, a.rows.length]);
    }
    expect(value(rowOf("1"), "Delvis i fas")).toBe(1);
    expect(value(rowOf("Hela programmet"), "Rapporterade rader")).toBe(entries.size);
    // The department block: rows owned and filled per department.
    const deptHeader = summary?.cells.findIndex((r) => r[0] === "Avdelning") ?? -1;
    for (const d of programme.departments) {
      const row = summary?.cells.find((r, i) => i > deptHeader && r[0] === d.code) ?? [];
      const owned = programme.areas.flatMap((a) => a.rows).filter((r) => r.department === d.code);
      expect([d.code, displayValue(row[2] ?? null), displayValue(row[3] ?? null)]).toEqual([
        d.code,
        owned.length,
        owned.filter((r) => entries.has(r.id)).length,
      ]);
    }
  });

  test("the trend formulas give the trend of each indicator", async () => {
    const grids = await readXlsx(saved);
    const sheet = readWorkbook(grids).areaSheets.find((s) => s.areaId === area.id);
    const trend = (id: string | undefined): unknown =>
      displayValue(sheet?.rows.find((r) => r.cells.id === id)?.cells.trend ?? null);
    // The cell shows the term's shape and label.
    expect(trend(higher?.id)).toBe("↑ Bättre");
    expect(trend(lower?.id)).toBe("↓ Sämre");
    const untouched = indicators.find((r) => !entries.has(r.id));
    expect(trend(untouched?.id)).toBe("▲ Uppgift saknas");
  });
});

describe("the LibreOffice helper", () => {
  test("fails with a clear error when soffice is missing", async () => {
    const before = process.env.SOFFICE;
    process.env.SOFFICE = "/nonexistent/soffice";
    try {
      await expect(convertWithLibreOffice(Buffer.from("x"))).rejects.toBeInstanceOf(LibreOfficeMissingError);
    } finally {
      if (before === undefined) {
        delete process.env.SOFFICE;
      } else {
        process.env.SOFFICE = before;
      }
    }
  });
});
