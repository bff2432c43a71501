/**
 * Office.js's proxy semantics, as the double mirrors them: what needs load() and sync(), the
 * load forms, collections, Excel.run, tracked objects. Office.js's own strings are
 * those of the @microsoft/office-js package (dist/en-us/office_strings.js).
 */
import { installDouble, officeError, thrownOfficeError } from "./test-helpers";

const LOAD_DOCS = "learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load";

describe("reading properties", () => {
  test(`reading a property that was not loaded and synced throws PropertyNotLoaded with Office.js's text — ${LOAD_DOCS}`, async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const notLoaded = thrownOfficeError(() => range.values);
      expect(notLoaded.code).toBe("PropertyNotLoaded");
      expect(notLoaded.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context."
      );
      expect(notLoaded.debugInfo.errorLocation).toBe("Range.values");
      range.load("values");
      expect(() => range.values).toThrow(/not available/); // loaded but not yet synced
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.address).toThrow(/'address' is not available/); // only what was loaded
    });
  });

  test("a property the add-in wrote is readable at once (Office.js keeps it on the proxy)", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      expect(range.values).toEqual([[5]]);
      await context.sync();
    });
  });

  test("loaded values are a snapshot: a later change shows only after the next load and sync", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["new"]];
      await context.sync();
      expect(range.values).toEqual([[""]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["new"]]);
    });
  });

  test("a load queued after a write in the same request sees the write (statements run in order)", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values");
      range.values = [["=A2", 3]];
      const after = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      after.load("formulas");
      await context.sync();
      expect(range.values).toEqual([["", ""]]); // loaded before the write: the state before it
      expect(after.formulas).toEqual([["=A2", 3]]); // loaded after the write: sees it
    });
  });

  test("isNullObject before a sync throws PropertyNotLoaded", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => sheet.isNullObject).toThrow(/'isNullObject' is not available/);
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });
});

describe("load() forms", () => {
  test('"a, b", ["a"], {select}, load options objects and navigation paths ("format/font/bold") all load what they name', async () => {
    installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      const a = sheet.getRange("A1").load("address, rowCount");
      const b = sheet.getRange("A1").load(["columnCount"]);
      const c = sheet.getRange("A1").load({ select: "rowIndex, format/font/bold" });
      const d = sheet.getRange("A1").load({ columnIndex: true, format: { fill: { color: true } } });
      const e = sheet.getRange("A1");
      e.load("format/font/bold");
      await context.sync();
      expect([a.address, a.rowCount, b.columnCount, c.rowIndex, d.columnIndex]).toEqual(["Sheet1!A1", 1, 1, 0, 0]);
      expect(c.format.font.bold).toBe(true);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(e.format.font.bold).toBe(true);
      expect(() => a.values).toThrow(/not available/);
    });
  });

  test('naming a navigation property ("format/font") loads its scalar properties', async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.format.font.italic = true;
      range.load("format/font, address");
      await context.sync();
      expect([range.format.font.italic, range.format.font.size, range.address]).toEqual([true, 11, "Sheet1!A1"]);
    });
  });

  test("load() with no argument loads every scalar property and is counted, so tests can insist on none", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load();
      context.load(context.workbook.worksheets.getItem("Sheet1").getRange("C1"));
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B2");
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
    });
    expect(double.emptyLoads).toBe(2);
  });

  test("loading a property the double does not know fails the sync instead of passing silently", async () => {
    installDouble();
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("collections and results", () => {
  test("items are there after load and sync (and throw before); load('name') loads each item's name", async () => {
    installDouble();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Två");
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Två"]);
      expect(() => sheets.items[0].visibility).toThrow(/not available/);
      // Items are ordinary proxies: they can be used in the next batch of statements.
      sheets.items[1].getRange("A1").values = [["via item"]];
      await context.sync();
    });
  });

  test('a path through a collection\'s items ("worksheets/items/name", "worksheets/items/tables/items/name") loads the items\' properties, as in Office.js\'s load paths (learn.microsoft.com/javascript/api/office/officeextension.loadoption)', async () => {
    installDouble();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
      context.workbook.load("worksheets/items/name, worksheets/items/tables/items/name");
      await context.sync();
      const sheets = context.workbook.worksheets.items;
      expect(sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(sheets[0].tables.items.map((t) => t.name)).toEqual(["Table1"]);
    });
  });

  test("set({...}) sets scalar and navigation properties together", async () => {
    const double = installDouble();
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:B1")
        .set({ values: [[1, 2]], format: { font: { bold: true }, fill: { color: "#FFFF00" }, wrapText: true } });
      await context.sync();
    });
    expect(double.workbook.cell("Sheet1", "B1")).toMatchObject({
      value: 2,
      bold: true,
      fill: "#FFFF00",
      wrapText: true,
    });
  });
});

describe("Excel.run", () => {
  test(`the batch must return a promise: RunMustReturnPromise — Office.js L_RunMustReturnPromise`, async () => {
    installDouble();
    const run = Excel.run as unknown as (batch: (context: Excel.RequestContext) => unknown) => Promise<unknown>;
    const error = await officeError(run(() => 42));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  test('after the batch resolves, Excel.run sends what is still queued (one closing sync) and returns the batch\'s value: "run functions call sync() implicitly before they resolve their returned promise" — learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync', async () => {
    const double = installDouble();
    const result = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["unsynced"]];
      return "done";
    });
    expect(result).toBe("done");
    expect(double.workbook.values("Sheet1", "A1")).toEqual([["unsynced"]]);
    expect(double.runs[0]).toMatchObject({ syncs: 1, requests: [0] });
  });

  test("an object of a finished Excel.run cannot be used (InvalidObjectPath) unless it was tracked — Office.js L_InvalidObjectPath; learn.microsoft.com/javascript/api/office/officeextension.trackedobjects", async () => {
    const double = installDouble();
    let loose: Excel.Range | undefined;
    let tracked: Excel.Range | undefined;
    await Excel.run(async (context) => {
      loose = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      tracked = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
      context.trackedObjects.add(tracked);
      await context.sync();
    });
    if (loose === undefined || tracked === undefined) throw new Error("the batch did not run");
    const t = tracked;
    t.values = [["still mine"]];
    await t.context.sync();
    expect(double.workbook.values("Sheet1", "B1")).toEqual([["still mine"]]);
    const l = loose;
    l.values = [["gone"]];
    const error = await officeError(l.context.sync());
    expect(error.code).toBe("InvalidObjectPath");
  });

  test("Excel.run(object, batch) reuses that object's context", async () => {
    installDouble();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await Excel.run(range, async (inner) => {
        expect(inner).toBe(context);
        range.values = [["inner"]];
        await inner.sync();
      });
    });
  });

  test("an object of another context as an argument is InvalidRequestContext (Office.js L_InvalidRequestContext)", async () => {
    installDouble();
    let other: Excel.Range | undefined;
    await Excel.run(async (context) => {
      other = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      context.trackedObjects.add(other);
      await context.sync();
    });
    await Excel.run(async (context) => {
      const o = other;
      if (o === undefined) throw new Error("no range");
      const error = thrownOfficeError(() => context.workbook.names.add("Lista", o));
      expect(error.code).toBe("InvalidRequestContext");
      expect(error.message).toBe("Cannot use the object across different request contexts.");
    });
  });
});
