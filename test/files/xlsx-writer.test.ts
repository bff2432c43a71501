import type ExcelJS from "exceljs";
import {
  ACTIVITY_STATUS,
  address,
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  areaTableName,
  ASSESSMENT,
  buildWorkbookPlan,
  cellsOf,
  columnLetter,
  DATA_SHEET,
  defaultProgramme,
  parseRange,
  SUMMARY_SHEET,
} from "../../src/core";
import type { WorkbookPlan } from "../../src/core";
import { writeXlsx } from "../../src/files/xlsx-writer";
import { fromExcelCell } from "../../src/files/xlsx-values";
import { loadWorkbook, worksheet } from "../support/exceljs-load";
import { handSummary } from "../support/plan-fixtures";
import { zipEntries, zipText } from "../support/zip";
import { XlsxXml } from "../support/xlsx-xml";

const YEAR = 2019;
const programme = defaultProgramme();
const area = programme.areas[0];
if (area === undefined) {
  throw new Error("the default programme has no area");
}
const plan: WorkbookPlan = buildWorkbookPlan(programme, {
  year: YEAR,
  summary: handSummary(programme, YEAR, { [area.id]: { activities: { ongoing: 3 }, reported: 3 } }),
  meta: { generatedAt: "2020-01-15T10:00:00.000Z" },
});

let file: Buffer;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  file = await writeXlsx(plan);
  wb = await loadWorkbook(file);
});

const firstRow = AREA_TABLE_HEADER_ROW + 1;
const lastRow = AREA_TABLE_HEADER_ROW + area.rows.length;
const colOf = (key: string): number => AREA_COLUMNS.findIndex((c) => c.key === key) + 1;

describe("writeXlsx", () => {
  test("sheets in plan order, the data sheet hidden (not very hidden), the others visible", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(wb.worksheets.map((w) => w.state)).toEqual(
      plan.sheets.map((s) => (s.name === DATA_SHEET ? "hidden" : "visible"))
    );
  });

  test("each area sheet has its table with every column's filter button", () => {
    for (const a of programme.areas) {
      const t = worksheet(wb, a.sheetName).getTable(areaTableName(a.id)) as unknown as {
        table: { tableRef: string; columns: { name: string; filterButton: boolean }[] };
      };
      expect(t.table.tableRef).toBe(
        `A${AREA_TABLE_HEADER_ROW}:${columnLetter(AREA_COLUMNS.length)}${AREA_TABLE_HEADER_ROW + a.rows.length}`
      );
      expect(t.table.columns.map((c) => c.name)).toEqual(AREA_COLUMNS.map((c) => c.header));
      expect(t.table.columns.every((c) => c.filterButton)).toBe(true);
    }
  });

  test("text columns hold the text format in every data row", () => {
    const ws = worksheet(wb, area.sheetName);
    AREA_COLUMNS.forEach((c, i) => {
      for (let r = firstRow; r <= lastRow; r++) {
        expect([c.key, r, ws.getCell(r, i + 1).numFmt === "@"]).toEqual([c.key, r, c.text]);
      }
    });
  });

  test("list validations point at the data sheet's ranges", () => {
    const ws = worksheet(wb, area.sheetName);
    area.rows.forEach((row, i) => {
      const status = ws.getCell(firstRow + i, colOf("status")).dataValidation;
      if (row.type === "indicator") {
        expect(status).toBeUndefined();
      } else {
        expect(status).toMatchObject({
          type: "list",
          showErrorMessage: true,
          errorStyle: "stop",
          formulae: [expect.stringMatching(/^Programdata!\$[A-Z]+\$2:\$[A-Z]+\$[0-9]+$/)],
        });
      }
      const dept = ws.getCell(firstRow + i, colOf("department")).dataValidation;
      expect(dept).toMatchObject({
        type: "list",
        formulae: [`Programdata!$S$2:$S$${1 + programme.departments.length}`],
      });
    });
  });

  test("conditional formats are expression rules with the terms' fills", () => {
    const ws = worksheet(wb, area.sheetName) as ExcelJS.Worksheet & {
      conditionalFormattings: {
        ref: string;
        rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
      }[];
    };
    const rules = ws.conditionalFormattings.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, ...r })));
    expect(rules.length).toBe(plan.sheets.find((s) => s.name === area.sheetName)?.conditionalFormats.length);
    expect(rules.every((r) => r.type === "expression")).toBe(true);
    const status = `${columnLetter(colOf("status"))}${firstRow}:${columnLetter(colOf("status"))}${lastRow}`;
    for (const t of [...ACTIVITY_STATUS, ...ASSESSMENT]) {
      expect(
        rules.filter(
          (r) =>
            r.ref === status &&
            r.formulae[0] === `$${columnLetter(colOf("status"))}${firstRow}="${t.sv}"` &&
            r.style.fill.bgColor.argb === `FF${t.colour}`
        )
      ).toHaveLength(1);
    }
  });

  test("frozen panes, column widths and print setup", () => {
    const ws = worksheet(wb, area.sheetName);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: AREA_TABLE_HEADER_ROW });
    AREA_COLUMNS.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBeCloseTo(c.width, 1));
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${AREA_TABLE_HEADER_ROW}:${AREA_TABLE_HEADER_ROW}`,
    });
    expect(ws.headerFooter.oddHeader).toBe(`&C${programme.name.text.replace(/&/g, "&&")} – uppföljning ${YEAR}`);
    expect(ws.headerFooter.oddFooter).toBe("&CSida &P av &N");
  });

  test("sheets are protected without a password; exactly the input cells are unlocked", () => {
    const xml = new XlsxXml(file);
    for (const s of plan.sheets) {
      expect([s.name, xml.sheetProtected(s.name)]).toEqual([s.name, true]);
      expect(xml.text(xml.sheetPath(s.name))).not.toMatch(/<sheetProtection[^>]*(hashValue|password)=/);
    }
    const ws = worksheet(wb, area.sheetName);
    for (let r = firstRow; r <= lastRow; r++) {
      AREA_COLUMNS.forEach((c, i) => {
        expect([c.key, ws.getCell(r, i + 1).protection?.locked === false]).toEqual([c.key, c.input]);
      });
    }
    // The summary: only the coordinator's cells.
    const summary = plan.sheets.find((s) => s.name === SUMMARY_SHEET);
    const unlocked = new Set(
      summary?.protection.unlockedRanges.flatMap((r) =>
        cellsOf(parseRange(r) ?? { top: 0, left: 0, bottom: -1, right: -1 }).map((c) => address(c.row, c.column))
      )
    );
    const sws = worksheet(wb, SUMMARY_SHEET);
    sws.eachRow((row) =>
      row.eachCell((cell) => {
        expect([cell.address, cell.protection?.locked === false]).toEqual([cell.address, unlocked.has(cell.address)]);
      })
    );
  });

  test("formulas carry the core's results, zeros included", () => {
    const sws = worksheet(wb, SUMMARY_SHEET);
    const row = sws.getColumn(1).values.findIndex((v) => v === area.id);
    expect(fromExcelCell(sws.getCell(row, 4))).toEqual({
      formula:
        '=COUNTIFS(Uppf_1[Typ],"Aktivitet",Uppf_1[Status/bedömning],"Pågår")' +
        '+COUNTIFS(Uppf_1[Typ],"Aktivitet",Uppf_1[Status/bedömning],"In progress")',
      result: 3,
    });
    expect(fromExcelCell(sws.getCell(row, 3))).toMatchObject({ result: 0 });
  });

  test("defined names for the lists, and a full recalculation when Excel opens the file", () => {
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
    for (const n of plan.names) {
      expect(names.find((x) => x.name === n.name)?.ranges).toEqual([n.refersTo.slice(1)]);
    }
    expect(zipText(file, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("text that XML cannot carry, or that looks like an escape, is stored so it reads back the same", async () => {
    const texts = [
      "a\u0001b",
      "x_x0041_y",
      "_x005F_",
      "rad\r\nbrytning",
      "  kant  ",
      "=1+1",
      "+46",
      "-",
      "@x",
      "\uD800ensam",
    ];
    const entries = new Map(texts.map((t, i) => [area.rows[i]?.id ?? "", { done: t }]));
    const file2 = await writeXlsx(
      buildWorkbookPlan(programme, { year: YEAR, summary: handSummary(programme, YEAR), values: entries })
    );
    const wb2 = await loadWorkbook(file2);
    const ws = worksheet(wb2, area.sheetName);
    texts.forEach((t, i) => expect(ws.getCell(firstRow + i, colOf("done")).value).toBe(t));
    expect(zipEntries(file2).size).toBeGreaterThan(0);
  });
});
