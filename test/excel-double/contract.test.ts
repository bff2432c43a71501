/**
 * The double against documented Excel behaviour. Each test names the page (or issue) that
 * documents what it checks; "learn.microsoft.com/…" pages are the Office Add-ins documentation,
 * "github.com/OfficeDev/office-js/issues/…" are maintainers' threads with Excel's actual output.
 */
import { installDouble, officeError } from "./test-helpers";

const RANGE_VALUES = "learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member";
const BLANK_NULL = "learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values";
const ERROR_TABLE = "learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling";

describe("Range.values", () => {
  test(`a 2-D array of another size is InvalidArgument, "The number of rows or columns in the input array doesn't match the size or dimensions of the range." — github.com/OfficeDev/office-js/issues/1025`, async () => {
    const double = installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["only", "one row"]];
        await context.sync();
      })
    );
    expect(error.code).toBe(Excel.ErrorCodes.invalidArgument);
    expect(error.message).toBe(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    expect(double.workbook.values("Sheet1", "A1:B2")).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  test(`a string starting with "=" (or "+", "-") becomes a formula: "Excel interprets this value as a formula" — ${RANGE_VALUES}`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [["=1+1", "+B2", "-x"]];
      await context.sync();
    });
    expect(double.workbook.cell("Sheet1", "A1").formula).toBe("=1+1");
    expect(double.workbook.cell("Sheet1", "B1").formula).toBe("=+B2");
    expect(double.workbook.cell("Sheet1", "C1").formula).toBe("=-x");
  });

  test(`a text-formatted ("@") cell keeps "=x" as text: values are taken as typed (${RANGE_VALUES}) and a cell formatted as Text keeps a typed formula as text (excelribbon.tips.net/T003308, "Formulas Don't Calculate as Formulas")`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["@", "General"]];
      range.values = [["=x", "=x"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([["=x", ""]]);
      expect(range.formulas).toEqual([["=x", "=x"]]);
    });
    expect(double.workbook.cell("Sheet1", "A1")).toMatchObject({ value: "=x", formula: null, numberFormat: "@" });
    expect(double.workbook.cell("Sheet1", "B1")).toMatchObject({ formula: "=x" });
  });

  test(`text is taken as typed: numbers, percentages, ISO dates ("use … a locale-neutral format like ISO (YYYY-MM-DD)") and TRUE become values of those types, an apostrophe keeps text — ${RANGE_VALUES}`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
      range.values = [["007", "1.10", "12%", "2019-05-01", "true", "'2019-05-01"]];
      range.load("values, text, numberFormat");
      await context.sync();
      expect(range.values).toEqual([[7, 1.1, 0.12, 43586, true, "2019-05-01"]]);
      expect(range.text).toEqual([["7", "1.1", "12%", "2019-05-01", "TRUE", "2019-05-01"]]);
      expect(range.numberFormat).toEqual([["General", "General", "0%", "yyyy-mm-dd", "General", "General"]]);
    });
    expect(double.workbook.cell("Sheet1", "D1").value).toBe(43586);
  });

  test(`null in the 2-D array leaves that cell unchanged; '' clears it — ${BLANK_NULL}`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [["keep", "clear me", 3]];
      await context.sync();
      range.values = [[null, "", 4]];
      await context.sync();
    });
    expect(double.workbook.values("Sheet1", "A1:C1")).toEqual([["keep", "", 4]]);
  });

  test(`null instead of the array is invalid: "range.values = null; // This is not a valid snippet." — ${BLANK_NULL}`, async () => {
    installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        (range as unknown as { values: null }).values = null;
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test(`a blank numberFormat resets it to General — ${BLANK_NULL}`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.numberFormat = [["0.00"]];
      await context.sync();
      range.numberFormat = [[""]];
    });
    expect(double.workbook.cell("Sheet1", "A1").numberFormat).toBe("General");
  });

  test(`formulas "If a cell has no formula, its value is returned instead" — learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["=SUM(1,2)", 7]];
      range.load("formulas");
      await context.sync();
      expect(range.formulas).toEqual([["=SUM(1,2)", 7]]);
    });
  });
});

const NUMBER_FORMAT = "learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member";
const ONE_BY_ONE =
  "github.com/OfficeDev/office-js-docs-reference/issues/578, github.com/OfficeDev/office-js-docs-pr/issues/5400";

describe("Range.numberFormat", () => {
  test(`a 1×1 array on a larger range applies to every cell — ${ONE_BY_ONE}; the request carries only what was set`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:J1000");
      range.numberFormat = [["@"]];
      await context.sync();
      range.values = [...Array(1000).keys()].map((r) => [...Array(10).keys()].map((c) => (c === 0 ? `1.${r}0` : null)));
      await context.sync();
    });
    expect(double.workbook.cell("Sheet1", "A1").numberFormat).toBe("@");
    expect(double.workbook.cell("Sheet1", "J1000").numberFormat).toBe("@");
    expect(double.workbook.cell("Sheet1", "K1000").numberFormat).toBe("General");
    expect(double.workbook.cell("Sheet1", "A2").value).toBe("1.10");
    expect(double.requests[0].payloadBytes).toBeLessThan(200);
  });

  test(`"If the argument is a single value, it will be applied to all cells in the range" — ${NUMBER_FORMAT}`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C3").numberFormat = "0.00" as unknown as string[][];
      sheet.getRange("E:E").numberFormat = [["@"]];
      const read = sheet.getRange("B2:C3");
      read.load("numberFormat");
      await context.sync();
      expect(read.numberFormat).toEqual([
        ["0.00", "0.00"],
        ["0.00", "0.00"],
      ]);
    });
    expect(double.workbook.cell("Sheet1", "E1048576").numberFormat).toBe("@");
    expect(double.workbook.cell("Sheet1", "D2").numberFormat).toBe("General");
  });

  test(`[[""]] over a range resets every cell to General, [[null]] leaves them — ${BLANK_NULL}; ${ONE_BY_ONE}`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.numberFormat = [["0%"]];
      await context.sync();
      range.numberFormat = [[null]] as unknown as string[][];
      await context.sync();
      expect(double.workbook.cell("Sheet1", "B2").numberFormat).toBe("0%");
      range.numberFormat = [[""]];
    });
    expect(double.workbook.cell("Sheet1", "B2").numberFormat).toBe("General");
  });

  test.each([
    ["a row of two on a 2×2 range", [["@", "@"]]],
    ["a column of two on a 2×2 range", [["@"], ["@"]]],
    [
      "a 3×3 array on a 2×2 range",
      [
        ["@", "@", "@"],
        ["@", "@", "@"],
        ["@", "@", "@"],
      ],
    ],
  ])(
    `%s is still InvalidArgument, "The number of rows or columns in the input array doesn't match the size or dimensions of the range." — github.com/OfficeDev/office-js/issues/1025`,
    async (_name, grid) => {
      const double = installDouble();
      const error = await officeError(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").numberFormat = grid;
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.errorLocation).toBe("Range.numberFormat");
      expect(double.workbook.cell("Sheet1", "A1").numberFormat).toBe("General");
    }
  );

  test(`values and formulas stay strict: a 1×1 array on a 2×2 range is InvalidArgument (the double spreads numberFormat only) — ${RANGE_VALUES}`, async () => {
    installDouble();
    for (const property of ["values", "formulas"] as const) {
      const error = await officeError(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2")[property] = [["x"]];
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.errorLocation).toBe(`Range.${property}`);
    }
  });

  test(`one format for every cell of a protected sheet is AccessDenied without allowFormatCells — ${ERROR_TABLE}; learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-allowformatcells-member`, async () => {
    const double = installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect();
        sheet.getRange("A1:C3").numberFormat = [["@"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
    expect(error.debugInfo.errorLocation).toBe("Range.numberFormat");
    expect(double.workbook.cell("Sheet1", "A1").numberFormat).toBe("General");
  });
});

describe("Range.format", () => {
  test(`a property over cells that differ reads null: "If multiple font colors are present within the range, then range.format.font.color is null" — ${BLANK_NULL}`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.color = "#FF0000";
      sheet.getRange("B1").format.font.color = "blue";
      const both = sheet.getRange("A1:B1").format.font;
      const one = sheet.getRange("B1").format.font;
      both.load("color");
      one.load("color");
      await context.sync();
      expect(both.color).toBeNull();
      expect(one.color).toBe("#0000FF");
    });
  });

  test("columnWidth is in points; columns that differ read null — learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A:A").format.columnWidth = 120;
      const a = sheet.getRange("A1").format;
      const ab = sheet.getRange("A1:B1").format;
      a.load("columnWidth");
      ab.load("columnWidth");
      await context.sync();
      expect(a.columnWidth).toBe(120);
      expect(ab.columnWidth).toBeNull();
    });
    expect(double.workbook.sheet("Sheet1").columnWidths.get(0)).toBe(120);
  });
});

describe("worksheets", () => {
  test(`getItem of a missing sheet fails the sync with ItemNotFound: "the getItem() method throws an ItemNotFound exception" — learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties`, async () => {
    installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      })
    );
    expect(error.code).toBe(Excel.ErrorCodes.itemNotFound);
    expect(error.message).toBe("The requested resource doesn't exist.");
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  test("getItemOrNullObject gives an object whose isNullObject is true after sync, without a load — learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test(`adding a sheet whose name exists is ItemAlreadyExists ("The resource being created already exists.") — ${ERROR_TABLE}; WorksheetCollection.add: "If specified, the name should be unique."`, async () => {
    const double = installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("SHEET1");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemAlreadyExists");
    expect(error.message).toBe("The resource being created already exists.");
    expect(double.workbook.sheets).toHaveLength(1);
  });

  test.each([
    ["a name of 32 characters", "x".repeat(32)],
    ["a name with a slash", "2019/2020"],
    ["a name with a colon", "Del: 1"],
    ["a name with brackets", "[Område]"],
    ["a name with a question mark", "Klar?"],
    ["a blank name", "   "],
  ])(
    `%s is InvalidArgument — Worksheet.name "must be fewer than 32 characters", learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member; forbidden characters: support.microsoft.com "Rename a worksheet"`,
    async (_what, name) => {
      const double = installDouble();
      const error = await officeError(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
      expect(double.workbook.sheets).toHaveLength(1);
    }
  );

  test("31 characters and Swedish letters are a fine sheet name", async () => {
    const double = installDouble();
    const name = "Område 1 Trygghet och säkerhet!".slice(0, 31);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(double.workbook.sheet(name).name).toHaveLength(31);
  });

  test("Range.address is sheet-qualified, quoted when the name needs it — learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Område 1");
      const quoted = sheet.getRange("b2:c3");
      const plain = context.workbook.worksheets.getItem("Sheet1").getRange("D4");
      const column = context.workbook.worksheets.getItem("Sheet1").getRange("C:D");
      quoted.load("address");
      plain.load("address");
      column.load("address, rowCount");
      await context.sync();
      expect(quoted.address).toBe("'Område 1'!B2:C3");
      expect(plain.address).toBe("Sheet1!D4");
      expect(column.address).toBe("Sheet1!C:D");
      expect(column.rowCount).toBe(1_048_576);
    });
  });

  test(`a very hidden sheet cannot be deleted: "You can't delete a worksheet with a visibility of Very Hidden by using the delete method." — learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#delete-a-worksheet`, async () => {
    const double = installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Lists");
        sheet.visibility = Excel.SheetVisibility.veryHidden;
        await context.sync();
        sheet.delete();
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperation");
    expect(double.workbook.sheet("Lists").visibility).toBe("VeryHidden");
  });

  test(`tabColor reads null for a hidden sheet and "" for an automatic colour — learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-tabcolor-member`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const hidden = context.workbook.worksheets.add("Hidden");
      hidden.tabColor = "#00AA00";
      hidden.visibility = "Hidden";
      const visible = context.workbook.worksheets.getItem("Sheet1");
      hidden.load("tabColor");
      visible.load("tabColor");
      await context.sync();
      expect(hidden.tabColor).toBeNull();
      expect(visible.tabColor).toBe("");
    });
  });

  test(`getUsedRange on a blank sheet gives the top left cell: "it will *not* throw an error"; getUsedRangeOrNullObject gives a null object — learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange();
      const orNull = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
      sheet.getRange("C3:D4").values = [
        [1, null],
        [null, 2],
      ];
      sheet.getRange("F9").format.fill.color = "yellow";
      const values = sheet.getUsedRange(true);
      const all = sheet.getUsedRange();
      values.load("address");
      all.load("address");
      await context.sync();
      expect(values.address).toBe("Sheet1!C3:D4");
      expect(all.address).toBe("Sheet1!C3:F9");
    });
  });
});

describe("protection", () => {
  test(`a write to a locked cell of a protected sheet is AccessDenied ("You cannot perform the requested operation."), to an unlocked cell it succeeds — ${ERROR_TABLE}; learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#protect-worksheet-data`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:B").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      sheet.getRange("B5").values = [["unlocked: fine"]];
      await context.sync();
    });
    expect(double.workbook.cell("Sheet1", "B5").value).toBe("unlocked: fine");
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A5:B5").values = [["locked", "unlocked"]];
        await context.sync();
      })
    );
    expect(error.code).toBe(Excel.ErrorCodes.accessDenied);
    expect(error.message).toBe("You cannot perform the requested operation.");
    expect(double.workbook.values("Sheet1", "A5:B5")).toEqual([["", "unlocked: fine"]]);
  });

  test(`protect() on a protected sheet fails: "Protects a worksheet. Fails if the worksheet has already been protected." — learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1); code AccessDenied as Excel reports it, github.com/OfficeDev/office-js/issues/6784`, async () => {
    installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const protection = context.workbook.worksheets.getItem("Sheet1").protection;
        protection.protect();
        await context.sync();
        protection.protect();
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
    expect(error.debugInfo.errorLocation).toBe("WorksheetProtection.protect");
  });

  test("unprotect, write and protect again within one batch, after checking protection.protected — the pattern of learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#protect-worksheet-data", async () => {
    const double = installDouble();
    double.workbook.sheet("Sheet1").protection.protected = true;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.load("protection/protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      sheet.protection.unprotect();
      sheet.getRange("A1").values = [["written"]];
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    const sheet = double.workbook.sheet("Sheet1");
    expect(double.workbook.cell("Sheet1", "A1").value).toBe("written");
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.options.allowFormatColumns).toBe(true);
    expect(sheet.protection.options.allowFormatCells).toBe(false);
  });

  test("a wrong password is InvalidArgument, as documented for WorksheetProtection.pauseProtection — learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-pauseprotection-member(1)", async () => {
    const double = installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const protection = context.workbook.worksheets.getItem("Sheet1").protection;
        protection.protect(undefined, "hemligt");
        await context.sync();
        protection.unprotect("fel");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(double.workbook.sheet("Sheet1").protection.protected).toBe(true);
  });
});

describe("a failed request", () => {
  test(`the statements before the failing one are applied, the ones after it are not, and the loads of that request deliver nothing; errors carry code, message and debugInfo — ${ERROR_TABLE}#api-errors`, async () => {
    const double = installDouble();
    let range: Excel.Range | undefined;
    const error = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        range = sheet.getRange("A1");
        range.load("values");
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        sheet.getRange("A2").values = [["after"]];
        await context.sync();
      })
    );
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error.name).toBe("RichApi.Error");
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo).toMatchObject({ code: "ItemNotFound", message: error.message });
    expect(double.workbook.values("Sheet1", "A1:A2")).toEqual([["before"], [""]]);
    expect(() => range?.values).toThrow(/The property 'values' is not available/);
    expect(double.requests[0].failed).toBe("ItemNotFound");
  });

  test("a batch that rejects sends nothing more (Excel.run's closing sync only follows a resolved batch; the @microsoft/office-js runtime's ClientRequestContext._runCommon)", async () => {
    const double = installDouble();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["queued"]];
        throw new Error("the add-in gave up");
      })
    ).rejects.toThrow("the add-in gave up");
    expect(double.workbook.values("Sheet1", "A1")).toEqual([[""]]);
    expect(double.requests).toHaveLength(0);
  });
});

describe("limits and cell edit mode", () => {
  const bigRows = (rows: number): string[][] => Array.from({ length: rows }, (_, i) => [`row ${i} `.padEnd(100, "x")]);

  test(`a request over 5 MB fails on Excel on the web with RequestPayloadSizeLimitExceeded ("Excel on the web has a payload size limit for requests and responses of 5MB") and nothing of it is applied — learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins`, async () => {
    const double = installDouble({ platform: "web" });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = bigRows(60_000);
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(double.requests[0].payloadBytes).toBeGreaterThan(5_000_000);
    expect(double.workbook.values("Sheet1", "A1")).toEqual([[""]]);
  });

  test("the same request succeeds on desktop, which has no such limit — the limit is Excel on the web's (same page)", async () => {
    const double = installDouble({ platform: "desktop" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = bigRows(60_000);
      await context.sync();
    });
    expect(double.largestPayload).toBeGreaterThan(5_000_000);
    expect(double.workbook.values("Sheet1", "A60000")[0][0]).toMatch(/^row 59999 x+$/);
  });

  test(`reading more than 5,000,000 cells at once fails: "A range is limited to 5,000,000 cells for read operations" — learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins`, async () => {
    installDouble({ platform: "desktop" });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
        await context.sync();
      })
    );
    expect(error.code).toBe(Excel.ErrorCodes.rangeExceedsLimit);
    await Excel.run(async (context) => {
      const column = context.workbook.worksheets.getItem("Sheet1").getRange("A:A").load("values");
      await context.sync();
      expect(column.values).toHaveLength(1_048_576);
    });
  });

  test(`on the web, an answer over 5 MB fails with ResponsePayloadSizeLimitExceeded (a whole column of blanks is already over) — same page`, async () => {
    installDouble({ platform: "web" });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A:A").load("values");
        await context.sync();
      })
    );
    expect(error.code).toBe(Excel.ErrorCodes.responsePayloadSizeLimitExceeded);
  });

  test("in cell edit mode a batch fails (InvalidOperationInCellEditMode) unless delayForCellEdit, which waits until the edit ends — learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit", async () => {
    const double = installDouble();
    double.enterCellEditMode();
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["now"]];
        await context.sync();
      })
    );
    expect(error.code).toBe(Excel.ErrorCodes.invalidOperationInCellEditMode);

    let done = false;
    const delayed = Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["later"]];
      await context.sync();
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(double.workbook.values("Sheet1", "A1")).toEqual([[""]]);
    double.exitCellEditMode();
    await delayed;
    expect(double.workbook.values("Sheet1", "A1")).toEqual([["later"]]);
  });
});

describe("tables", () => {
  test(`tables.add with hasHeaders false: "Excel will automatically generate a header and shift the data down by one row" — learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      const table = sheet.tables.add("A1:B2", false);
      const range = table.getRange().load("address");
      const body = sheet.getRange("A2:B3").load("values");
      const header = sheet.getRange("A1:B1").load("values");
      await context.sync();
      expect(header.values).toEqual([["Column1", "Column2"]]);
      expect(range.address).toBe("Sheet1!A1:B3");
      expect(body.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
    });
    expect(double.workbook.tables[0].name).toBe("Table1");
  });

  test(`a table that would overlap another fails ("the table would overlap with another table") with MergedRangeConflict, "A table can't overlap with another table" — same page; ${ERROR_TABLE}#excel-specific-error-codes-and-messages`, async () => {
    const double = installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        const tables = context.workbook.worksheets.getItem("Sheet1").tables;
        tables.add("A1:C4", true);
        tables.add("C3:D6", true);
        await context.sync();
      })
    );
    expect(error.code).toBe("MergedRangeConflict");
    expect(double.workbook.tables).toHaveLength(1);
  });

  test(`rows.add(null, values) appends and "Any rows below the inserted row are shifted downwards"; values of the wrong width are InvalidArgument — learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["ID", "Status"],
        ["1.1", "Pågår"],
      ];
      sheet.getRange("A3").values = [["below the table"]];
      const table = sheet.tables.add("A1:B2", true);
      table.rows.add(undefined, [
        ["1.2", "Klar"],
        ["1.3", ""],
      ]);
      table.rows.add(0, [["1.0", "Först"]]);
      await context.sync();
    });
    // Numeric text becomes a number, as typed into Excel: "1.0" is 1 (text-format the ID column!).
    expect(double.workbook.values("Sheet1", "A1:B6")).toEqual([
      ["ID", "Status"],
      [1, "Först"],
      [1.1, "Pågår"],
      [1.2, "Klar"],
      [1.3, ""],
      ["below the table", ""],
    ]);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Table1").rows.add(undefined, [["too", "many", "values"]]);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("data validation", () => {
  test(`clear() on part of a validated range: "If the two ranges aren't an exact match, only overlapping cells are cleared." — learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#remove-data-validation-from-a-range`, async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Genomförd,Pågår,Försenad" },
      };
      await context.sync();
      sheet.getRange("B5:B6").dataValidation.clear();
      const rest = sheet.getRange("B2:B4").dataValidation;
      const mixed = sheet.getRange("B4:B5").dataValidation;
      rest.load("type, rule");
      mixed.load("type");
      await context.sync();
      expect(rest.type).toBe("List");
      expect(rest.rule.list?.source).toBe("Genomförd,Pågår,Försenad");
      expect(mixed.type).toBe("Inconsistent");
    });
    expect(double.workbook.cell("Sheet1", "B5").validation).toBeNull();
    expect(double.workbook.cell("Sheet1", "B7").validation?.rule).toMatchObject({ type: "List" });
  });

  test("an errorAlert set before the rule is kept with it (the order of the example at learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#create-validation-error-alerts)", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C5");
      range.dataValidation.errorAlert = {
        message: "Välj ur listan",
        showAlert: true,
        style: Excel.DataValidationAlertStyle.stop,
        title: "Fel värde",
      };
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "=Sheet1!$A$1:$A$3" } };
      await context.sync();
    });
    const v = double.workbook.cell("Sheet1", "C3").validation;
    expect(v?.rule).toEqual({ type: "List", inCellDropDown: true, source: "=Sheet1!$A$1:$A$3" });
    expect(v?.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "Fel värde", message: "Välj ur listan" });
  });
});
