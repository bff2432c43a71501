/** The global Office object and installing the double. */
import { createExcelDouble } from "./index";
import { installDouble, thrownOfficeError } from "./test-helpers";

test('Office.onReady resolves with {host: "Excel", platform} and calls its callback — learn.microsoft.com/javascript/api/office#office-office-onready-function(1)', async () => {
  installDouble({ platform: "web" });
  const seen: string[] = [];
  const info = await Office.onReady((i) => seen.push(`${i.host}/${i.platform}`));
  expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
  expect(seen).toEqual(["Excel/OfficeOnline"]);
  const desktop = createExcelDouble({ platform: "desktop" });
  expect(await desktop.Office.onReady()).toEqual({ host: "Excel", platform: "PC" });
});

test("Office.context.displayLanguage is sv-SE unless configured", () => {
  installDouble();
  expect(Office.context.displayLanguage).toBe("sv-SE");
  expect(createExcelDouble({ displayLanguage: "en-GB" }).Office.context.displayLanguage).toBe("en-GB");
});

test("isSetSupported answers from the configured ExcelApi version (default 1.9) — learn.microsoft.com/javascript/api/office/office.requirementsetsupport", () => {
  installDouble();
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  expect(Office.context.requirements.isSetSupported("ExcelApi")).toBe(true);
  expect(Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
  const newer = createExcelDouble({ excelApiVersion: "1.12", otherRequirementSets: { ExcelApiOnline: "1.1" } });
  expect(newer.Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
  expect(newer.Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(true);
});

test("a member of a newer requirement set than the host has throws ApiNotFound at once (Office.js L_ApiNotFoundDetails)", async () => {
  installDouble({ excelApiVersion: "1.8" });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const error = thrownOfficeError(() => sheet.pageLayout);
    expect(error.code).toBe(Excel.ErrorCodes.apiNotFound);
    expect(error.message).toBe(
      "The method or property Worksheet.pageLayout is part of the ExcelApi 1.9 requirement set, which is not available in your version of Excel."
    );
    expect(() => context.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(/ExcelApi 1.9/);
    sheet.freezePanes.freezeRows(1); // 1.7: fine
    await context.sync();
  });
});

test("install() puts Excel, Office and OfficeExtension on the target and uninstall() restores what was there", () => {
  const target: Record<string, unknown> = { Office: "the real one" };
  const double = createExcelDouble();
  double.install(target);
  expect(target.Excel).toBe(double.Excel);
  expect(target.Office).toBe(double.Office);
  expect(target.OfficeExtension).toBe(double.OfficeExtension);
  expect(() => double.install(target)).toThrow(/already installed/);
  double.uninstall();
  expect(target).toEqual({ Office: "the real one" });
  expect("Excel" in target).toBe(false);
});

test("Excel's enums and error codes are there at run time, with Office.js's values", () => {
  const { Excel: excel, OfficeExtension: ext } = createExcelDouble();
  expect(excel.SheetVisibility).toEqual({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" });
  expect((excel.ErrorCodes as Record<string, string>).invalidOperationInCellEditMode).toBe(
    "InvalidOperationInCellEditMode"
  );
  expect(ext.ErrorCodes.requestPayloadSizeLimitExceeded).toBe("RequestPayloadSizeLimitExceeded");
  expect(ext.ErrorCodes.propertyNotLoaded).toBe("PropertyNotLoaded");
});
