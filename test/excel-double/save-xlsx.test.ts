/**
 * saveDoubleAsXlsx: what an adapter wrote into the double, as an .xlsx file that ExcelJS reads
 * back and LibreOffice recalculates. Fails (never skips) when LibreOffice is missing.
 */
import ExcelJS from "exceljs";
import { loadWorkbook, worksheet } from "../support/exceljs-load";
import { convertWithLibreOffice } from "../support/libreoffice";
import { XlsxXml } from "../support/xlsx-xml";
import { saveDoubleAsXlsx } from "./save-xlsx";
import { installDouble } from "./test-helpers";
import { ExcelDouble } from "./index";

/** What an adapter might write: a hidden list sheet, a table with inputs, a summary with formulas. */
async function buildFollowUp(): Promise<ExcelDouble> {
  const double = installDouble();
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const lists = sheets.add("Listor");
    lists.getRange("A1:A4").values = [["Status"], ["Genomförd"], ["Pågår"], ["Försenad"]];
    lists.visibility = Excel.SheetVisibility.veryHidden;
    context.workbook.names.add("Statuslista", lists.getRange("A2:A4"));

    const area = sheets.add("Område 1");
    area.getRange("A1").values = [["Trygghet i offentlig miljö"]];
    area.getRange("A1").format.font.bold = true;
    area.getRange("A3:A6").numberFormat = [["@"], ["@"], ["@"], ["@"]];
    area.getRange("A3:D6").values = [
      ["ID", "Status", "Värde", "Kommentar"],
      ["1.10", "Pågår", 3, ""],
      ["1.20", "Försenad", 4.5, "Väntar på beslut"],
      ["1.30", "Genomförd", "", ""],
    ];
    const table = area.tables.add("A3:D6", true);
    table.name = "Uppf_1";
    table.style = "TableStyleLight9";
    const status = area.getRange("B4:B6");
    status.dataValidation.rule = { list: { inCellDropDown: true, source: "=Statuslista" } };
    status.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Fel status",
      message: "Välj ur listan",
    };
    const cf = status.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = '=$B4="Försenad"';
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.font.color = "#9C0006";
    area.getRange("B4:D6").format.protection.locked = false;
    area.getRange("C:C").format.columnWidth = 96;
    area.getRange("D4:D6").format.wrapText = true;
    area.freezePanes.freezeRows(3);
    area.pageLayout.orientation = "Landscape";
    area.pageLayout.headersFooters.defaultForAllPages.centerFooter = "Sida &P";
    area.protection.protect({ allowFormatColumns: true });

    const summary = sheets.add("Sammanfattning");
    summary.position = 0;
    summary.getRange("A1:B4").formulas = [
      ["Summa värden", "=SUM(Uppf_1[Värde])"],
      ["Pågår", '=COUNTIFS(Uppf_1[Status],"Pågår")'],
      ["Statusar i listan", "=COUNTA(Statuslista)"],
      ["Dubbla summan", "=B1*2"],
    ];
    summary.getRange("B1:B4").numberFormat = [["0.0"], ["0"], ["0"], ["0.0"]];
    summary.tabColor = "#1F4E79";
    summary.activate();
    sheets.getItem("Sheet1").delete();
    await context.sync();
  });
  return double;
}

describe("saveDoubleAsXlsx", () => {
  let file: Buffer;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const double = await buildFollowUp();
    file = await saveDoubleAsXlsx(double.workbook);
    wb = await loadWorkbook(file);
    double.uninstall();
  });

  test("sheets in order with their visibility and tab colour; the active sheet", () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Sammanfattning", "visible"],
      ["Listor", "veryHidden"],
      ["Område 1", "visible"],
    ]);
    expect(worksheet(wb, "Sammanfattning").properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(wb.views[0]?.activeTab).toBe(0);
  });

  test("values, text-formatted IDs, formulas without '=' and number formats", () => {
    const area = worksheet(wb, "Område 1");
    expect(area.getCell("A4").value).toBe("1.10");
    expect(area.getCell("A4").numFmt).toBe("@");
    expect(area.getCell("C5").value).toBe(4.5);
    expect(area.getCell("A1").font?.bold).toBe(true);
    const summary = worksheet(wb, "Sammanfattning");
    expect(summary.getCell("B1").value).toEqual({ formula: "SUM(Uppf_1[Värde])" });
    expect(summary.getCell("B1").numFmt).toBe("0.0");
  });

  test("the table with its name, style, columns and filter buttons", () => {
    const t = worksheet(wb, "Område 1").getTable("Uppf_1") as unknown as {
      table: { tableRef: string; style: { theme: string }; columns: { name: string; filterButton: boolean }[] };
    };
    expect(t.table.tableRef).toBe("A3:D6");
    expect(t.table.style.theme).toBe("TableStyleLight9");
    expect(t.table.columns.map((c) => [c.name, c.filterButton])).toEqual([
      ["ID", true],
      ["Status", true],
      ["Värde", true],
      ["Kommentar", true],
    ]);
  });

  test("the list validation and its alert, the conditional format as an expression rule", () => {
    const area = worksheet(wb, "Område 1") as ExcelJS.Worksheet & {
      conditionalFormattings: {
        ref: string;
        rules: {
          type: string;
          formulae: string[];
          style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } };
        }[];
      }[];
    };
    expect(area.getCell("B5").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Statuslista"],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Fel status",
      error: "Välj ur listan",
    });
    expect(area.getCell("C5").dataValidation).toBeUndefined();
    expect(area.conditionalFormattings).toHaveLength(1);
    expect(area.conditionalFormattings[0]).toMatchObject({
      ref: "B4:B6",
      rules: [{ type: "expression", formulae: ['$B4="Försenad"'] }],
    });
    expect(area.conditionalFormattings[0].rules[0].style.fill.bgColor.argb).toBe("FFFFC7CE");
    expect(area.conditionalFormattings[0].rules[0].style.font.color.argb).toBe("FF9C0006");
  });

  test("protection with exactly the input cells unlocked; frozen rows; widths; wrap; page setup", () => {
    const xml = new XlsxXml(file);
    expect(xml.sheetProtected("Område 1")).toBe(true);
    expect(xml.sheetProtected("Sammanfattning")).toBe(false);
    expect(["A4", "B4", "C5", "D6", "A1"].map((a) => xml.cellLocked("Område 1", a))).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
    const area = worksheet(wb, "Område 1");
    expect(area.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 0 });
    expect(area.getColumn(3).width).toBeCloseTo((96 / 0.75 - 5) / 7, 1);
    expect(area.getCell("D5").alignment?.wrapText).toBe(true);
    expect(area.pageSetup.orientation).toBe("landscape");
    expect(area.headerFooter.oddFooter).toBe("&CSida &P");
  });

  test("defined names that refer to ranges", () => {
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toEqual([{ name: "Statuslista", ranges: ["Listor!$A$2:$A$4"] }]);
  });

  test("LibreOffice opens the file and recalculates the formulas over the table and the name", async () => {
    const recalculated = await loadWorkbook(await convertWithLibreOffice(file));
    const summary = worksheet(recalculated, "Sammanfattning");
    const results = ["B1", "B2", "B3", "B4"].map((a) => {
      const v = summary.getCell(a).value;
      return typeof v === "object" && v !== null && "result" in v ? v.result : v;
    });
    expect(results).toEqual([7.5, 1, 3, 15]);
  });
});
