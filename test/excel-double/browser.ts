/**
 * Entry point for a browser page (bundled by webpack for the end-to-end tests): creates the double
 * with the options a page may put on `globalThis.excelDoubleOptions` beforehand, installs it as
 * the globals Excel / Office / OfficeExtension, and leaves it on `globalThis.excelDouble` so a
 * test driving the page (playwright-core's page.evaluate) can inspect the workbook and counters.
 * Load this bundle before the task pane's bundle, in place of office.js.
 */
import { ExcelDoubleOptions, createExcelDouble, InMemoryWorkbook } from "./index";

/** A page's options are plain data: a first sheet of someone's own, by name and rows of values. */
interface PageOptions extends Omit<ExcelDoubleOptions, "workbook"> {
  readonly firstSheet?: { readonly name: string; readonly rows: readonly (readonly (string | number)[])[] };
}

function workbookFrom(first: PageOptions["firstSheet"]): InMemoryWorkbook | undefined {
  if (first === undefined) return undefined;
  const workbook = new InMemoryWorkbook(first.name);
  const sheet = workbook.sheet(first.name);
  first.rows.forEach((row, r) =>
    row.forEach((value, c) => workbook.writeInput(sheet, r, c, { kind: "constant", value }))
  );
  return workbook;
}

const host = globalThis as unknown as Record<string, unknown>;
const { firstSheet, ...options } = (host.excelDoubleOptions ?? {}) as PageOptions;
const double = createExcelDouble({ ...options, workbook: workbookFrom(firstSheet) });
double.install(globalThis);
host.excelDouble = double;
