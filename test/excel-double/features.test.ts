/**
 * The rest of the modelled surface: tables, named items, settings, conditional formats, freeze
 * panes, page layout, selection, clear, autofit. Behaviour that the documentation pins down is
 * cited; the rest is what the double promises (README.md).
 */
import { installDouble, officeError } from "./test-helpers";

describe("tables", () => {
  test("header cells become unique column names; tables are found by name, case-insensitively", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D2").values = [
        ["Status", "", "Status", 2019],
        ["a", "b", "c", "d"],
      ];
      const table = sheet.tables.add("Sheet1!A1:D2", true);
      table.name = "Rader";
      await context.sync();
      const found = context.workbook.tables.getItem("RADER");
      found.columns.load("items/name");
      found.load("name, style, showFilterButton, showBandedRows");
      found.rows.load("count");
      await context.sync();
      expect(found.columns.items.map((c) => c.name)).toEqual(["Status", "Column2", "Status2", "2019"]);
      expect([found.name, found.style, found.showFilterButton, found.showBandedRows]).toEqual([
        "Rader",
        "TableStyleMedium2",
        true,
        true,
      ]);
      expect(found.rows.count).toBe(1);
    });
  });

  test("a table name that is taken is ItemAlreadyExists, one that is not a valid name InvalidArgument", async () => {
    installDouble();
    const taken = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        context.workbook.names.add("Listor", "=Sheet1!$Z$1:$Z$5");
        sheet.tables.add("A1:B3", true).name = "listor";
        await context.sync();
      })
    );
    expect(taken.code).toBe("ItemAlreadyExists");
    const invalid = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("D1:E3", true).name = "Min tabell";
        await context.sync();
      })
    );
    expect(invalid.code).toBe("InvalidArgument");
  });

  test("new table rows take the format, validation and conditional formats of the row above (table auto-expansion)", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["ID", "Status"],
        ["1", ""],
      ];
      const table = sheet.tables.add("A1:B2", true);
      sheet.getRange("A2").numberFormat = [["@"]];
      const status = sheet.getRange("B2");
      status.format.protection.locked = false;
      status.dataValidation.rule = { list: { inCellDropDown: true, source: "Genomförd,Pågår" } };
      const cf = status.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=$B2="Pågår"';
      cf.custom.format.fill.color = "#FFEB9C";
      await context.sync();
      table.rows.add(undefined, [
        ["1.10", "Pågår"],
        ["1.20", "Genomförd"],
      ]);
      await context.sync();
    });
    // Text-formatted IDs keep their trailing zero; numbers would have lost it.
    expect(double.workbook.values("Sheet1", "A3:A4")).toEqual([["1.10"], ["1.20"]]);
    expect(double.workbook.cell("Sheet1", "B4")).toMatchObject({ locked: false });
    expect(double.workbook.cell("Sheet1", "B4").validation?.rule).toMatchObject({
      type: "List",
      source: "Genomförd,Pågår",
    });
    expect(double.workbook.sheet("Sheet1").conditionalFormats[0].areas).toEqual([{ r0: 1, c0: 1, r1: 3, c1: 1 }]);
    expect(double.workbook.tableNamed("Table1").area).toEqual({ r0: 0, c0: 0, r1: 3, c1: 1 });
  });

  test("TableRow.delete removes the row and moves the rows below up", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A4").values = [["ID"], ["a"], ["b"], ["c"]];
      const table = sheet.tables.add("A1:A4", true);
      await context.sync();
      table.rows.getItemAt(1).delete();
      await context.sync();
      const body = sheet.getRange("A2:A3").load("values");
      await context.sync();
      expect(body.values).toEqual([["a"], ["c"]]);
    });
    expect(double.workbook.values("Sheet1", "A4")).toEqual([[""]]);
  });

  test("a table cannot be added on a protected sheet (AccessDenied)", async () => {
    installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect();
        sheet.tables.add("A1:B2", true);
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
  });
});

describe("named items and settings", () => {
  test("names.add(name, range) stores an absolute reference; getItemOrNullObject finds it; getRange() gives the range", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const lists = context.workbook.worksheets.add("Listor");
      context.workbook.names.add("Status", lists.getRange("A2:A6"), "activity statuses");
      const found = context.workbook.names.getItemOrNullObject("status");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      found.load("name, formula, type, value, comment");
      const range = found.getRange().load("address");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect([found.name, found.formula, found.type, found.value, found.comment]).toEqual([
        "Status",
        "=Listor!$A$2:$A$6",
        "Range",
        "Listor!$A$2:$A$6",
        "activity statuses",
      ]);
      expect(range.address).toBe("Listor!A2:A6");
      const viaSheet = context.workbook.worksheets.getItem("Listor").getRange("Status").load("address");
      await context.sync();
      expect(viaSheet.address).toBe("Listor!A2:A6");
    });
    expect(double.workbook.findName("STATUS")?.formula).toBe("=Listor!$A$2:$A$6");
  });

  test("a name that exists is ItemAlreadyExists; a name that looks like a cell is InvalidArgument", async () => {
    installDouble();
    const dup = await officeError(
      Excel.run(async (context) => {
        context.workbook.names.add("Lista", "=Sheet1!$A$1");
        context.workbook.names.add("LISTA", "=Sheet1!$A$2");
        await context.sync();
      })
    );
    expect(dup.code).toBe("ItemAlreadyExists");
    const cellLike = await officeError(
      Excel.run(async (context) => {
        context.workbook.names.add("AB12", "=Sheet1!$A$1");
        await context.sync();
      })
    );
    expect(cellLike.code).toBe("InvalidArgument");
  });

  test("settings keep JSON values; add() replaces; getItemOrNullObject tells a missing key", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("state", { year: 2019, departments: ["Kultur", "Skola"] });
      settings.add("state", { year: 2020, departments: ["Kultur"] });
      const state = settings.getItemOrNullObject("state");
      const none = settings.getItemOrNullObject("other");
      state.load("value");
      await context.sync();
      expect(state.value).toEqual({ year: 2020, departments: ["Kultur"] });
      expect(none.isNullObject).toBe(true);
    });
    expect(double.workbook.settings).toHaveLength(1);
  });
});

describe("conditional formats", () => {
  test("add(custom) with rule formula, fill and font colour; a range's collection lists the formats touching it; clearAll removes them from it only", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cf = sheet.getRange("C2:C20").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=AND($C2<>"",$D2="")';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      const second = sheet.getRange("D2:D20").conditionalFormats.add("Custom");
      second.custom.rule.formula = "=D2<0";
      const touching = sheet.getRange("C5:D5").conditionalFormats;
      touching.load("items/type");
      await context.sync();
      expect(touching.items.map((f) => f.type)).toEqual(["Custom", "Custom"]);
      sheet.getRange("C10:C20").conditionalFormats.clearAll();
      cf.load("priority");
      await context.sync();
      expect(cf.priority).toBe(1); // the later one went first
    });
    const [first, second] = double.workbook.sheet("Sheet1").conditionalFormats;
    expect(second).toMatchObject({
      type: "Custom",
      formula: '=AND($C2<>"",$D2="")',
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      areas: [{ r0: 1, c0: 2, r1: 8, c1: 2 }],
    });
    expect(first.formula).toBe("=D2<0");
  });

  test("conditional formats cannot be added on a protected sheet (AccessDenied)", async () => {
    installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect();
        sheet.getRange("A1").conditionalFormats.add("Custom");
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
  });
});

describe("sheet view and print", () => {
  test(`freezeRows, freezeAt ("The range provided corresponds to cells that will be frozen in the top- and left-most pane"), unfreeze — learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      panes.freezeRows(3);
      await context.sync();
      expect(double.workbook.sheet("Sheet1").freeze).toEqual({ rows: 3, columns: 0 });
      panes.freezeAt("A1:B4");
      await context.sync();
      expect(double.workbook.sheet("Sheet1").freeze).toEqual({ rows: 4, columns: 2 });
      panes.unfreeze();
    });
    expect(double.workbook.sheet("Sheet1").freeze).toEqual({ rows: 0, columns: 0 });
  });

  test("page layout: orientation, paper size, fit to pages, print titles, headers and footers", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = Excel.PageOrientation.landscape;
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$2");
      layout.headersFooters.defaultForAllPages.centerHeader = "Uppföljning 2019";
      layout.headersFooters.defaultForAllPages.rightFooter = "Sida &P av &N";
      await context.sync();
    });
    const p = double.workbook.sheet("Sheet1").pageLayout;
    expect(p).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { r0: 0, r1: 1 },
    });
    expect(p.defaultHeaderFooter).toMatchObject({ centerHeader: "Uppföljning 2019", rightFooter: "Sida &P av &N" });
    const bad = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Sideways" as Excel.PageOrientation;
        await context.sync();
      })
    );
    expect(bad.code).toBe("InvalidArgument");
  });

  test("Range.select() selects and activates", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Område 2");
      sheet.getRange("C7").select();
      await context.sync();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Område 2");
    });
    expect(double.workbook.selection.area).toEqual({ r0: 6, c0: 2, r1: 6, c1: 2 });
  });
});

describe("cells", () => {
  test("clear(Contents) keeps formats; clear() removes both; fill.clear() removes only the fill", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:B1");
      range.values = [["x", "y"]];
      range.format.fill.color = "#FF0000";
      range.format.font.bold = true;
      sheet.getRange("A1").clear(Excel.ClearApplyTo.contents);
      sheet.getRange("B1").format.fill.clear();
      await context.sync();
    });
    expect(double.workbook.cell("Sheet1", "A1")).toMatchObject({ value: "", fill: "#FF0000", bold: true });
    expect(double.workbook.cell("Sheet1", "B1")).toMatchObject({ value: "y", fill: null, bold: true });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").clear();
    });
    expect(double.workbook.cell("Sheet1", "B1")).toMatchObject({ value: "", fill: null, bold: false });
  });

  test("getRangeByIndexes addresses the cells Excel would", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(9, 0, 2, 3);
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A10:C11");
    });
  });

  test("a range that would leave the grid is InvalidArgument", async () => {
    installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1048575, 0, 2, 1).load("address");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("a formula's value comes from the evaluator when a test gives one (the double does not calculate)", async () => {
    installDouble({ evaluateFormula: (formula) => (formula === "=1+1" ? 2 : null) });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["=1+1", "=NOW()"]];
      range.load("values, text");
      await context.sync();
      expect(range.values).toEqual([[2, ""]]);
      expect(range.text).toEqual([["2", ""]]);
    });
  });
});

/** One area, one status: the smallest block a chart plots (categories in A, one series in B). */
function oneAreaChart(sheet: Excel.Worksheet): Excel.Chart {
  sheet.getRange("A1:B2").values = [
    ["", "Klar"],
    ["Ett", 1],
  ];
  return sheet.charts.add("BarStacked100", sheet.getRange("A1:B2"), "Columns");
}

describe("charts", () => {
  test("a chart over a block plots a series per column after the categories, named by the first row; it is set up and read back", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = [
        ["Område", "Klar", "Pågår"],
        ["Ett", 2, 1],
        ["Två", 0, 3],
      ];
      const chart = sheet.charts.add("BarStacked100", sheet.getRange("A1:C3"), "Columns");
      chart.name = "Status";
      chart.title.text = "Status per område";
      chart.legend.position = "Bottom";
      chart.setPosition("A5", "F20");
      chart.series.getItemAt(1).format.fill.setSolidColor("#FFC000");
      await context.sync();
      const found = sheet.charts.getItem("Status");
      found.load("name,chartType");
      found.title.load("text");
      found.legend.load("position");
      found.series.load("items/name");
      await context.sync();
      expect([found.name, found.chartType, found.title.text, found.legend.position]).toEqual([
        "Status",
        "BarStacked100",
        "Status per område",
        "Bottom",
      ]);
      expect(found.series.items.map((s) => s.name)).toEqual(["Klar", "Pågår"]);
      expect(double.workbook.sheet("Sheet1").charts.map((c) => c.series[1]?.fill)).toEqual(["#FFC000"]);
    });
  });

  test("a chart type Excel does not know, a series past the last and a protected sheet are refused; a missing name is a null object", async () => {
    const double = installDouble();
    const badType = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("BarStacked200" as "BarStacked100", sheet.getRange("A1:B2"), "Columns");
        await context.sync();
      })
    );
    expect(badType.code).toBe("InvalidArgument");
    const pastLast = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const chart = oneAreaChart(sheet);
        chart.series.getItemAt(1).format.fill.setSolidColor("#000000");
        await context.sync();
      })
    );
    expect(pastLast.code).toBe("ItemNotFound");
    const locked = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect();
        sheet.charts.add("BarStacked100", sheet.getRange("A1:B2"), "Columns");
        await context.sync();
      })
    );
    expect(locked.code).toBe("AccessDenied");
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Sheet1").charts.getItemOrNullObject("Finns inte");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    // The first failing batch stopped at its error: the chart of the second batch was added before it.
    expect(double.workbook.sheet("Sheet1").charts).toHaveLength(1);
  });

  test("a deleted chart is gone from the collection, and its proxy reports ItemNotFound", async () => {
    const double = installDouble();
    const gone = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const chart = oneAreaChart(sheet);
        await context.sync();
        chart.delete();
        await context.sync();
        expect(double.workbook.sheet("Sheet1").charts).toHaveLength(0);
        chart.name = "Efteråt";
        await context.sync();
      })
    );
    expect(gone.code).toBe("ItemNotFound");
  });
});
