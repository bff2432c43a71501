import type ExcelJS from "exceljs";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  buildPrintSummaryPlan,
  isFormula,
  PRINT_TABLE_HEADER_ROW,
  symbolOf,
} from "../../src/core";
import { writeXlsx } from "../../src/files/xlsx-writer";
import { readXlsx } from "../../src/files/xlsx-reader";
import { loadWorkbook } from "../support/exceljs-load";
import { COORDINATOR_CHOICES, reportInputs, YEAR } from "./report-fixture";

/** The print-ready summary as a file: page setup, header and footer, values and assessments with colour and shape. */

const inputs = reportInputs(COORDINATOR_CHOICES);

async function sheetOf(lang: "sv" | "en"): Promise<{ ws: ExcelJS.Worksheet; data: Buffer }> {
  const plan = buildPrintSummaryPlan(inputs.programme, inputs.summary, { year: YEAR, lang, choices: inputs.choices });
  const data = await writeXlsx(plan);
  const wb = await loadWorkbook(data);
  const ws = wb.worksheets[0];
  if (ws === undefined || wb.worksheets.length !== 1) {
    throw new Error("the print-ready summary should have exactly one sheet");
  }
  return { ws, data };
}

function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = PRINT_TABLE_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value === label) {
      return ws.getRow(r);
    }
  }
  throw new Error(`no row ${label}`);
}

describe("the print-ready summary workbook", () => {
  test("A4 landscape, one page wide, the table's header row printed on every page", async () => {
    const { ws } = await sheetOf("sv");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe(`${PRINT_TABLE_HEADER_ROW}:${PRINT_TABLE_HEADER_ROW}`);
  });

  test("the page header names the programme and the year; the footer numbers the pages", async () => {
    const { ws } = await sheetOf("sv");
    expect(ws.headerFooter.oddHeader).toContain(inputs.programme.name.text);
    expect(ws.headerFooter.oddHeader).toContain(String(YEAR));
    expect(ws.headerFooter.oddFooter).toMatch(/&P/);
    expect(ws.headerFooter.oddFooter).toMatch(/&N/);
    const en = await sheetOf("en");
    expect(en.ws.headerFooter.oddFooter).toContain("Page &P of &N");
  });

  test("it holds values only: no formula anywhere, so it stands on its own", async () => {
    const { data } = await sheetOf("sv");
    const grids = await readXlsx(data);
    expect(grids.flatMap((g) => g.cells.flat()).some((c) => isFormula(c))).toBe(false);
  });

  test("every area's counts are the summary's, and its assessment shows its shape on its colour", async () => {
    const { ws } = await sheetOf("sv");
    for (const area of inputs.summary.areas) {
      const row = rowOf(ws, area.areaId);
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      const counts = [
        ...ACTIVITY_STATUS.map((t) => area.activities[t.code]),
        ...ASSESSMENT.map((t) => area.goals[t.code]),
        area.reported,
        area.rows,
      ];
      expect(values.slice(2, 2 + counts.length)).toEqual(counts);
      const code = inputs.choices[area.areaId]?.assessment ?? area.suggestion.assessment;
      const term = ASSESSMENT.find((t) => t.code === code);
      const shown = values.map(String).find((v) => term !== undefined && v.startsWith(`${symbolOf(term)} ${term.sv}`));
      expect(shown).toBeDefined();
      const fill = row.getCell(values.map(String).indexOf(shown ?? "") + 1).fill;
      expect(fill).toMatchObject({ type: "pattern", fgColor: { argb: `FF${term?.colour ?? ""}` } });
      expect(shown?.endsWith("(förslag)")).toBe(inputs.choices[area.areaId] === undefined);
    }
  });

  test("each area's text stands on the row below it, across the table: the coordinator's as 'Text', else the reason as 'Skäl'", async () => {
    const { ws } = await sheetOf("sv");
    const one = rowOf(ws, "1").number;
    expect(ws.getCell(one + 1, 1).value).toBe("Text");
    expect(ws.getCell(one + 1, 2).value).toBe(COORDINATOR_CHOICES["1"]?.text);
    const last = ws.getRow(PRINT_TABLE_HEADER_ROW).cellCount;
    expect(ws.getCell(one + 1, last).isMerged).toBe(true);
    expect(ws.getCell(one + 1, last).master.address).toBe(`B${one + 1}`);
    const two = rowOf(ws, "2").number;
    expect(ws.getCell(two + 1, 1).value).toBe("Skäl");
    expect(String(ws.getCell(two + 1, 2).value)).toMatch(/bedömda mål och aktiviteter/);
  });

  test("English labels in English", async () => {
    const { ws } = await sheetOf("en");
    expect(ws.name).toBe("Summary");
    const header = (ws.getRow(PRINT_TABLE_HEADER_ROW).values as ExcelJS.CellValue[]).map(String);
    expect(header).toContain("Completed");
    expect(header).toContain("On track");
    expect(header).not.toContain("Genomförd");
  });
});
