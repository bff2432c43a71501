/**
 * RangeAreas (ExcelApi 1.9) against documented Excel behaviour: Worksheet.getRanges,
 * Range.getSpecialCellsOrNullObject, and what a RangeAreas reads and sets
 * (address, areas, dataValidation, format). Each test names the page or issue it relies on.
 */
import ExcelJS from "exceljs";
import { loadWorkbook, worksheet } from "../support/exceljs-load";
import { saveDoubleAsXlsx } from "./save-xlsx";
import { installDouble, officeError, thrownOfficeError } from "./test-helpers";

const GET_RANGES = "learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1)";
const MULTIPLE_RANGES = "learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges";
const SPECIAL_CELLS_REF =
  "learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)";
const SPECIAL_CELLS = "learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells";
const RANGE_AREAS = "learn.microsoft.com/javascript/api/excel/excel.rangeareas";
const ADDRESS_LIMIT_ISSUE = "github.com/OfficeDev/office-js/issues/5198";

/** "A1"-style cell names of the areas' cells, each as often as an area covers it. */
function cellsOf(
  areas: readonly { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[]
): string[] {
  const out: string[] = [];
  for (const a of areas)
    for (let r = a.rowIndex; r < a.rowIndex + a.rowCount; r++)
      for (let c = a.columnIndex; c < a.columnIndex + a.columnCount; c++)
        out.push(`${String.fromCharCode(65 + c)}${r + 1}`);
  return out.sort();
}

describe("Worksheet.getRanges", () => {
  test(`comma-separated addresses (spaces allowed) give one area each; address is sheet-qualified per area, joined by "," (${RANGE_AREAS}#excel-excel-rangeareas-address-member: "Address value will contain the worksheet name for each rectangular block of cells"; the "," separator Office.js returns, github.com/OfficeDev/office-js/issues/1167) — ${GET_RANGES}`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRanges("E8:E9, E12, E20:E30");
      areas.load("address, areaCount, cellCount");
      areas.load(
        "areas/items/address,areas/items/rowIndex,areas/items/columnIndex,areas/items/values,areas/items/formulas"
      );
      await context.sync();
      expect(areas.address).toBe("Sheet1!E8:E9,Sheet1!E12,Sheet1!E20:E30");
      expect(areas.areaCount).toBe(3);
      expect(areas.cellCount).toBe(14);
      expect(areas.areas.items.map((r) => [r.address, r.rowIndex, r.columnIndex])).toEqual([
        ["Sheet1!E8:E9", 7, 4],
        ["Sheet1!E12", 11, 4],
        ["Sheet1!E20:E30", 19, 4],
      ]);
      expect(areas.areas.items[0].values).toEqual([[""], [""]]);
      expect(areas.areas.items[1].formulas).toEqual([[""]]);
    });
  });

  test(`sheet-qualified and quoted addresses, semicolons ("comma-separated or semicolon-separated addresses or names"), a defined name ("you can include the name, instead of the address", ${MULTIPLE_RANGES}#create-rangeareas) — ${GET_RANGES}`, async () => {
    const double = installDouble();
    double.workbook.addSheet("Område 1");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Område 1");
      context.workbook.names.add("Statusar", sheet.getRange("D2:D4"));
      const areas = sheet.getRanges("'Område 1'!A1:B2; C3, Statusar");
      areas.load("address, areaCount");
      await context.sync();
      expect(areas.address).toBe("'Område 1'!A1:B2,'Område 1'!C3,'Område 1'!D2:D4");
      expect(areas.areaCount).toBe(3);
    });
  });

  test(`no address: "If not specified, a RangeAreas object for the entire worksheet is returned." — ${GET_RANGES}`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRanges();
      areas.load("areaCount, cellCount");
      await context.sync();
      // The whole grid: more cells than 2^31 - 1, which cellCount reports as -1.
      expect([areas.areaCount, areas.cellCount]).toEqual([1, -1]);
    });
  });

  test.each([
    ["not an address", "A1:B2, nonsense!!"],
    ["an empty item in the list", "A1,,B2"],
    ["an address on another sheet", "Other!A1, B2"],
  ])(
    `%s is InvalidArgument ("The argument is invalid or missing or has an incorrect format.", ${ADDRESS_LIMIT_ISSUE})`,
    async (_what, address) => {
      const double = installDouble();
      double.workbook.addSheet("Other");
      const error = await officeError(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRanges(address);
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
      expect(error.message).toBe("The argument is invalid or missing or has an incorrect format.");
      expect(error.debugInfo.errorLocation).toBe("Worksheet.getRanges");
    }
  );

  /** "A1,A2,…" padded with spaces after commas to exactly `length` characters. */
  function addressOfLength(length: number): string {
    const parts: string[] = [];
    let n = 1;
    while (parts.join(",").length + `,A${n}`.length <= length - 40) parts.push(`A${n++}`);
    let text = parts.join(",");
    text = text.replace(",", `,${" ".repeat(length - text.length)}`);
    expect(text).toHaveLength(length);
    return text;
  }

  test(`the address-length limit is undocumented; Excel refused 8,207 characters with InvalidArgument (${ADDRESS_LIMIT_ISSUE}); the double takes 8,192 and refuses more`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const ok = context.workbook.worksheets.getItem("Sheet1").getRanges(addressOfLength(8192));
      ok.load("areaCount");
      await context.sync();
      expect(ok.areaCount).toBeGreaterThan(1000);
    });
    for (const length of [8193, 8207]) {
      const error = await officeError(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRanges(addressOfLength(length));
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.errorLocation).toBe("Worksheet.getRanges");
    }
  });

  test(`getRanges needs ExcelApi 1.9 ("[Api set: ExcelApi 1.9]", ${GET_RANGES}): ApiNotFound at once on 1.8`, () => {
    installDouble({ excelApiVersion: "1.8" });
    const context = new Excel.RequestContext();
    const error = thrownOfficeError(() => context.workbook.worksheets.getItem("Sheet1").getRanges("A1, B2"));
    expect(error.code).toBe("ApiNotFound");
  });

  test(`RangeAreas.areas is a RangeCollection: items, getItemAt(index) ("throws an error if index is larger than areasCount-1", ${MULTIPLE_RANGES}#create-rangeareas)`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRanges("A1:B2, D4");
      const second = areas.areas.getItemAt(1);
      second.load("address");
      areas.areas.load("address");
      areas.load("worksheet/name");
      await context.sync();
      expect(second.address).toBe("Sheet1!D4");
      expect(areas.areas.items.map((r) => r.address)).toEqual(["Sheet1!A1:B2", "Sheet1!D4"]);
      expect(areas.worksheet.name).toBe("Sheet1");
    });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRanges("A1:B2, D4").areas.getItemAt(2);
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("RangeAreas.format", () => {
  test(`"Setting a property on a RangeAreas object sets the corresponding property on all the ranges"; a property read is "null unless all ranges share the same value" — ${MULTIPLE_RANGES}#read-properties-of-rangeareas`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const columns = sheet.getRanges("F:F, H:H");
      columns.format.fill.color = "pink";
      sheet.getRange("H:H").format.fill.color = "#FFFF00";
      const both = sheet.getRanges("F3:F5, H3:H5");
      both.format.fill.color = "pink";
      both.format.font.bold = true;
      const mixed = sheet.getRanges("F3:F5, H:H");
      both.load("format/fill/color, format/font/bold");
      columns.load("format/fill/color");
      mixed.load("format/fill/color, address");
      await context.sync();
      expect(both.format.fill.color).toBe("#FFC0CB");
      expect(both.format.font.bold).toBe(true);
      expect(columns.format.fill.color).toBeNull();
      expect(mixed.format.fill.color).toBeNull();
      expect(mixed.address).toBe("Sheet1!F3:F5,Sheet1!H:H");
    });
    expect(double.workbook.cell("Sheet1", "F4").fill).toBe("#FFC0CB");
    expect(double.workbook.cell("Sheet1", "H3").bold).toBe(true);
    expect(double.workbook.cell("Sheet1", "G4").fill).toBeNull();
  });
});

describe("RangeAreas.dataValidation", () => {
  const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: "Genomförd,Pågår,Försenad" } };
  const alert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Fel status",
    message: "Välj ur listan",
  };

  test(`rule, errorAlert and ignoreBlanks apply to every area: "Returns a data validation object for all ranges in the RangeAreas" (${RANGE_AREAS}#excel-excel-rangeareas-datavalidation-member); reading gives one object "only if every range has the same rule" (${MULTIPLE_RANGES})`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const areas = sheet.getRanges("E8:E9, E12, E20:E30");
      areas.dataValidation.rule = rule;
      areas.dataValidation.errorAlert = alert;
      areas.dataValidation.ignoreBlanks = false;
      const one = sheet.getRange("E20:E30");
      areas.load("dataValidation/type, dataValidation/rule, dataValidation/errorAlert, dataValidation/ignoreBlanks");
      one.load("dataValidation/type");
      await context.sync();
      expect(areas.dataValidation.type).toBe("List");
      const loadedRule = areas.dataValidation.rule;
      expect(loadedRule.list?.source).toBe("Genomförd,Pågår,Försenad");
      expect(areas.dataValidation.errorAlert).toEqual(alert);
      expect(areas.dataValidation.ignoreBlanks).toBe(false);
      expect(one.dataValidation.type).toBe("List");

      sheet.getRange("E12").dataValidation.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } };
      const mixed = sheet.getRanges("E8:E9, E12");
      mixed.load("dataValidation/type, dataValidation/rule");
      await context.sync();
      expect(mixed.dataValidation.type).toBe("Inconsistent");
      expect(mixed.dataValidation.rule).toBeNull();
    });
    for (const cell of ["E8", "E9", "E20", "E30"]) {
      expect(double.workbook.cell("Sheet1", cell).validation).toMatchObject({
        rule: { type: "List", source: "Genomförd,Pågår,Försenad" },
        errorAlert: alert,
        ignoreBlanks: false,
      });
    }
    expect(double.workbook.cell("Sheet1", "E12").validation?.rule).toMatchObject({ source: "Ja,Nej" });
    expect(double.workbook.cell("Sheet1", "E10").validation).toBeNull();
  });

  test(`clear() clears every area, and only their cells ("only overlapping cells are cleared", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#remove-data-validation-from-a-range)`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B20").dataValidation.rule = rule;
      await context.sync();
      sheet.getRanges("B2:B3, B10, B15:B20").dataValidation.clear();
      await context.sync();
    });
    const validated = [...Array(20).keys()]
      .map((i) => `B${i + 1}`)
      .filter((cell) => double.workbook.cell("Sheet1", cell).validation !== null);
    expect(validated).toEqual(["B1", "B4", "B5", "B6", "B7", "B8", "B9", "B11", "B12", "B13", "B14"]);
  });

  test(`on a protected sheet setting or clearing it is AccessDenied, as for a Range ("You cannot perform the requested operation.", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").dataValidation.rule = rule;
      sheet.protection.protect();
      await context.sync();
    });
    const changes: ((sheet: Excel.Worksheet) => void)[] = [
      (sheet) => {
        sheet.getRanges("A1, C3:C4").dataValidation.rule = rule;
      },
      (sheet) => sheet.getRanges("A1, C3:C4").dataValidation.clear(),
      (sheet) => {
        sheet.getRange("C3:C4").dataValidation.rule = rule;
      },
    ];
    const locations: string[] = [];
    for (const change of changes) {
      const error = await officeError(
        Excel.run(async (context) => {
          change(context.workbook.worksheets.getItem("Sheet1"));
          await context.sync();
        })
      );
      expect(error.code).toBe("AccessDenied");
      locations.push(error.debugInfo.errorLocation ?? "");
    }
    expect(locations).toEqual(["DataValidation.rule", "DataValidation.clear", "DataValidation.rule"]);
    expect(double.workbook.cell("Sheet1", "A1").validation).not.toBeNull();
    expect(double.workbook.cell("Sheet1", "C3").validation).toBeNull();
  });

  test("saveDoubleAsXlsx writes a validation set through RangeAreas as it writes the same one set per range (read back with ExcelJS)", async () => {
    const double = installDouble();
    double.workbook.addSheet("PerRange");
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRanges("E8:E9, E12, G20:H21");
      areas.dataValidation.rule = rule;
      areas.dataValidation.errorAlert = alert;
      const perRange = context.workbook.worksheets.getItem("PerRange");
      for (const address of ["E8:E9", "E12", "G20:H21"]) {
        perRange.getRange(address).dataValidation.rule = rule;
        perRange.getRange(address).dataValidation.errorAlert = alert;
      }
      await context.sync();
    });
    const wb: ExcelJS.Workbook = await loadWorkbook(await saveDoubleAsXlsx(double.workbook));
    const expected = {
      type: "list",
      formulae: ['"Genomförd,Pågår,Försenad"'],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Fel status",
      error: "Välj ur listan",
    };
    for (const cell of ["E8", "E9", "E12", "G20", "H21"]) {
      expect(worksheet(wb, "Sheet1").getCell(cell).dataValidation).toMatchObject(expected);
      expect(worksheet(wb, "Sheet1").getCell(cell).dataValidation).toEqual(
        worksheet(wb, "PerRange").getCell(cell).dataValidation
      );
    }
    for (const cell of ["E10", "E11", "F20"])
      expect(worksheet(wb, "Sheet1").getCell(cell).dataValidation).toBeUndefined();
  });
});

describe("Range.getSpecialCellsOrNullObject", () => {
  /** Formulas in A1:B2, A4 and C4; constants in D1 (number), D2 (text), D3 (TRUE), D4 (#N/A); E5 formatted only. */
  async function seed(): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D4").formulas = [
        ["=1", "=2", null, 5],
        ["=3", "=4", null, "text"],
        [null, null, null, true],
        ["=x", null, "=y", "#N/A"],
      ];
      sheet.getRange("E5").format.fill.color = "yellow";
      await context.sync();
    });
  }

  test(`Formulas: a RangeAreas covering every formula cell exactly once; its areas load with rowIndex, columnIndex and values in the same sync as other loads and count in the response estimate — ${SPECIAL_CELLS_REF}; ${SPECIAL_CELLS}`, async () => {
    const double = installDouble({ evaluateFormula: (f) => (f === "=1" ? 1 : null) });
    await seed();
    double.resetCounters();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange();
      const formulas = used.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
      formulas.load("address, areaCount");
      formulas.load(
        "areas/items/rowIndex,areas/items/columnIndex,areas/items/values,areas/items/rowCount,areas/items/columnCount"
      );
      const other = sheet.getRange("D1:D4");
      other.load("values");
      sheet.load("name");
      await context.sync();
      const items = formulas.areas.items.map((r) => ({
        rowIndex: r.rowIndex,
        columnIndex: r.columnIndex,
        rowCount: r.rowCount,
        columnCount: r.columnCount,
        values: r.values,
      }));
      expect(cellsOf(items)).toEqual(["A1", "A2", "A4", "B1", "B2", "C4"]);
      expect(formulas.address).toBe("Sheet1!A1:B2,Sheet1!A4,Sheet1!C4");
      expect(formulas.areaCount).toBe(3);
      expect(items[0].values).toEqual([
        [1, ""],
        ["", ""],
      ]);
      const otherValues = other.values;
      expect(otherValues).toEqual([[5], ["text"], [true], ["#N/A"]]);
      expect(sheet.name).toBe("Sheet1");
      expect(double.syncCount).toBe(1);
      const loaded = JSON.stringify(
        items.map(({ rowIndex, columnIndex, values }) => ({ rowIndex, columnIndex, values }))
      );
      expect(double.requests[0].responseBytes).toBeGreaterThan(loaded.length + JSON.stringify(otherValues).length);
    });
  });

  test(`Constants narrowed by cellValueType ("Numbers", "Text", "LogicalText", "Errors"; "All" is the default) — ${SPECIAL_CELLS}#narrow-the-target-cells-with-cell-value-types`, async () => {
    installDouble();
    await seed();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E5");
      const all = range.getSpecialCellsOrNullObject("Constants");
      const numbers = range.getSpecialCellsOrNullObject("Constants", "Numbers");
      const logicalText = range.getSpecialCellsOrNullObject("Constants", Excel.SpecialCellValueType.logicalText);
      const errors = range.getSpecialCellsOrNullObject("Constants", "Errors");
      all.load("address");
      numbers.load("address");
      logicalText.load("address");
      errors.load("address");
      await context.sync();
      expect(all.address).toBe("Sheet1!D1:D4");
      expect(numbers.address).toBe("Sheet1!D1");
      expect(logicalText.address).toBe("Sheet1!D2:D3");
      expect(errors.address).toBe("Sheet1!D4");
    });
  });

  test(`getSpecialCellsOrNullObject gives isNullObject true after the sync, without a load ("No error, returns isNullObject = true") — ${SPECIAL_CELLS}#find-ranges-with-special-cells`, async () => {
    installDouble();
    await seed();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const none = sheet.getRange("F1:H9").getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
      none.areas.load("address");
      const some = sheet.getRange("A1:D4").getSpecialCellsOrNullObject("Formulas");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(none.areas.items).toEqual([]);
      expect(some.isNullObject).toBe(false);
    });
  });

  test(`Blanks: "Cells with no content", inside the used range (the double's choice); a cellValueType "can only be used if the Excel.SpecialCellType is … formulas or … constants" (InvalidArgument) — ${SPECIAL_CELLS}`, async () => {
    installDouble();
    await seed();
    await Excel.run(async (context) => {
      const blanks = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A:E")
        .getSpecialCellsOrNullObject("Blanks");
      blanks.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
      await context.sync();
      const items = blanks.areas.items.map((r) => ({
        rowIndex: r.rowIndex,
        columnIndex: r.columnIndex,
        rowCount: r.rowCount,
        columnCount: r.columnCount,
      }));
      expect(cellsOf(items)).toEqual(
        ["A3", "A5", "B3", "B4", "B5", "C1", "C2", "C3", "C5", "D5", "E1", "E2", "E3", "E4", "E5"].sort()
      );
    });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1:E5")
          .getSpecialCellsOrNullObject("Blanks", "Numbers");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test(`an unknown cell type is InvalidArgument; types the double does not model are NotImplemented — ${SPECIAL_CELLS_REF}`, async () => {
    installDouble();
    for (const [cellType, code] of [
      ["Everything", "InvalidArgument"],
      ["Visible", "NotImplemented"],
    ] as const) {
      const error = await officeError(
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
          range.getSpecialCellsOrNullObject(cellType as Excel.SpecialCellType);
          await context.sync();
        })
      );
      expect(error.code).toBe(code);
    }
  });
});
