import { readWorkbook } from "../../src/core";
import type { Lang, Programme, WorkbookRead } from "../../src/core";
import { demoEntries } from "../../src/cli/demo-data";
import { areaName } from "../excel-double/model/a1";
import type { ExcelDouble } from "../excel-double";
import { createExcelService, type ServiceOptions } from "../../src/excel/excel-service";
import { LAZY_WRITERS } from "../../src/taskpane/file-writers";
import type { AddinErrorCode, FollowupService, RowEdit } from "../../src/app/service";
import { AddinError } from "../../src/excel/errors";
import { officeLang } from "../../src/excel/lang";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";

/** A fixed "now", so dates written by the adapter are known. */
export const NOW = new Date(2020, 0, 15, 10, 0, 0);
export const TODAY = "2020-01-15";
export const YEAR = 2019;

/** The adapter as the task pane makes it, with its file writers unless a test gives others. */
export function service(options: Partial<ServiceOptions> = {}): FollowupService {
  return createExcelService({ now: () => NOW, ...options, writers: options.writers ?? LAZY_WRITERS });
}

/**
 * A call that must fail, as the task pane shows it: the adapter's code and the message and action
 * in `lang` (Office's display language unless given). Fails the test when the call succeeds or
 * throws anything but the adapter's own error.
 */
export async function failure(
  work: Promise<unknown>,
  lang: Lang = officeLang()
): Promise<{ code: AddinErrorCode; message: string; action: string }> {
  const error: unknown = await work.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e
  );
  if (!(error instanceof AddinError)) throw error;
  return { code: error.code, ...renderAddinError(error, lang) };
}

/** The demo's entries as the "My rows" form would save them (fields the form has; numbers only for values). */
export function demoEdits(programme: Programme): RowEdit[] {
  const edits: RowEdit[] = [];
  for (const [rowId, v] of demoEntries(programme, YEAR)) {
    const edit: { -readonly [K in keyof RowEdit]: RowEdit[K] } = { rowId };
    for (const key of ["status", "done", "comment"] as const) {
      const value = v[key];
      if (typeof value === "string") edit[key] = value;
    }
    if (typeof v.value === "number") edit.value = v.value;
    if (Object.keys(edit).length > 1) edits.push(edit);
  }
  return edits;
}

export interface CellWritten {
  readonly sheet: string;
  readonly address: string;
}

/** Every cell whose content was written (values, formulas, clears) while `work` ran. */
export async function cellsWrittenBy(double: ExcelDouble, work: () => Promise<unknown>): Promise<CellWritten[]> {
  const written: CellWritten[] = [];
  const workbook = double.workbook;
  const original = workbook.writeInput.bind(workbook);
  workbook.writeInput = (sheet, row, column, input): void => {
    written.push({ sheet: sheet.name, address: areaName({ r0: row, c0: column, r1: row, c1: column }) });
    original(sheet, row, column, input);
  };
  try {
    await work();
  } finally {
    Reflect.deleteProperty(workbook, "writeInput");
  }
  return written;
}

/** The same programme with one activity fewer and one more in every area. */
export function changedProgramme(p: Programme): Programme {
  return {
    ...p,
    areas: p.areas.map((a) => {
      const dropped = a.rows.findIndex((r) => r.type === "activity");
      const template = a.rows[dropped];
      const rows = a.rows.filter((_, i) => i !== dropped);
      return template === undefined ? a : { ...a, rows: [...rows, { ...template, id: `${a.id}.A9999` }] };
    }),
  };
}

/** The workbook in the double as the core reads it, formulas with their "=" as the core has them. */
export function readDouble(double: ExcelDouble): WorkbookRead {
  const grids = double.workbook.toSheetGrids().map((g) => ({
    ...g,
    cells: g.cells.map((r) =>
      r.map((c) => (typeof c === "object" && c !== null && "formula" in c ? { ...c, formula: `=${c.formula}` } : c))
    ),
  }));
  return readWorkbook(grids);
}
