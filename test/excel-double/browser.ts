/**
 * Entry point for a browser page (bundled by webpack for the end-to-end tests): creates the double
 * with the options a page may put on `globalThis.excelDoubleOptions` beforehand, installs it as
 * the globals Excel / Office / OfficeExtension, and leaves it on `globalThis.excelDouble` so a
 * test driving the page (playwright-core's page.evaluate) can inspect the workbook and counters.
 * Load this bundle before the task pane's bundle, in place of office.js.
 */
import { ExcelDoubleOptions, createExcelDouble } from "./index";

const host = globalThis as unknown as Record<string, unknown>;
const options = (host.excelDoubleOptions ?? {}) as ExcelDoubleOptions;
const double = createExcelDouble(options);
double.install(globalThis);
host.excelDouble = double;
