/**
 * WorksheetCollection.onChanged on the double, after learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events:
 * a handler added inside Excel.run stays registered after it; changes made while
 * runtime.enableEvents is off raise nothing; removal takes effect at the next sync.
 */
import { installDouble } from "./test-helpers";

function collect(): {
  events: Excel.WorksheetChangedEventArgs[];
  handler: (e: Excel.WorksheetChangedEventArgs) => Promise<void>;
} {
  const events: Excel.WorksheetChangedEventArgs[] = [];
  return { events, handler: async (e) => void events.push(e) };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

describe("WorksheetCollection.onChanged", () => {
  test("reports a person's edit and an add-in's write once per sheet, but nothing while events are off", async () => {
    const double = installDouble();
    const { events, handler } = collect();
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return result;
    });

    double.workbook.writeInput(double.workbook.sheet("Sheet1"), 1, 2, { kind: "constant", value: "typed" });
    await tick();
    expect(events.map((e) => [e.type, e.source, e.address])).toEqual([["WorksheetChanged", "Local", "C2"]]);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await tick();
    expect(events.map((e) => e.address)).toEqual(["C2", "A1:B2"]);

    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("D4").values = [[5]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await tick();
    expect(events).toHaveLength(2);

    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    double.workbook.writeInput(double.workbook.sheet("Sheet1"), 5, 5, { kind: "constant", value: "after" });
    await tick();
    expect(events).toHaveLength(2);
  });

  test("needs ExcelApi 1.9", async () => {
    installDouble({ excelApiVersion: "1.8" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.onChanged.add(async () => undefined);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
