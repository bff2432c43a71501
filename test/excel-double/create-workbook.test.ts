/**
 * Excel.createWorkbook(base64?) — "Creates and opens a new workbook. Optionally, the workbook can be
 * pre-populated with a base64-encoded .xlsx file." Requirement set ExcelApi 1.8:
 * learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1). The new workbook
 * opens in its own window, so the double only records the file it was given.
 */
import { installDouble, officeError } from "./test-helpers";

const CREATE_WORKBOOK = "learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)";

test(`createWorkbook records the base64 file it opens, and needs no Excel.run — ${CREATE_WORKBOOK}`, async () => {
  const double = installDouble();
  const base64 = btoa("PK\u0003\u0004 a zip");
  await Excel.createWorkbook(base64);
  await Excel.createWorkbook();
  expect(double.createdWorkbooks).toEqual([base64, ""]);
  expect(double.syncCount).toBe(0);
});

test(`createWorkbook is missing below ExcelApi 1.8, the set it belongs to — ${CREATE_WORKBOOK}`, () => {
  const old = installDouble({ excelApiVersion: "1.7" });
  expect(old.Excel["createWorkbook"]).toBeUndefined();
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
});

test(`createWorkbook refuses a string that is not base64 with InvalidArgument — ${CREATE_WORKBOOK}`, async () => {
  const double = installDouble();
  const error = await officeError(Excel.createWorkbook("not base64!"));
  expect(error.code).toBe("InvalidArgument");
  expect(double.createdWorkbooks).toEqual([]);
});
