import { ExcelDouble, ExcelDoubleOptions, createExcelDouble } from "./index";
import { RichApiError } from "./runtime/errors";

/** A double installed as the globals Excel / Office / OfficeExtension for the current test. */
export function installDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const double = createExcelDouble(options);
  double.install();
  installed.push(double);
  return double;
}

const installed: ExcelDouble[] = [];

afterEach(() => {
  while (installed.length > 0) installed.pop()?.uninstall();
});

/** Awaits `work` and returns the Office-style error it rejected with; fails when it resolved. */
export async function officeError(work: Promise<unknown>): Promise<RichApiError> {
  try {
    await work;
  } catch (e) {
    if (e instanceof RichApiError) return e;
    throw e;
  }
  throw new Error("expected an Office error, but the call succeeded");
}

/** Runs a function and returns the Office-style error it threw synchronously. */
export function thrownOfficeError(work: () => unknown): RichApiError {
  try {
    work();
  } catch (e) {
    if (e instanceof RichApiError) return e;
    throw e;
  }
  throw new Error("expected an Office error, but nothing was thrown");
}
