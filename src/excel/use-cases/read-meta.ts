import { columnLetter, DATA_FIRST_ROW, DATA_LAYOUT, DATA_SHEET, META_KEYS, readDataSheet, textOf } from "../../core";
import type { RawCell, WorkbookMeta } from "../../core";
import { rawCellOf } from "../cells";

export interface DataSheetHead {
  readonly meta: WorkbookMeta | null;
  /** The department codes listed on the data sheet. */
  readonly departments: readonly string[];
}

/**
 * The workbook's meta data (year, closed …) and department codes from the hidden data sheet —
 * not the programme, which may be megabytes. Null when there is no data sheet. Syncs: 1 to find
 * the data sheet, 1 more to read its blocks when it is there.
 */
export async function readDataSheetHead(context: Excel.RequestContext): Promise<DataSheetHead | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DATA_SHEET);
  await context.sync();
  if (sheet.isNullObject) return null;
  const { keyColumn, valueColumn } = DATA_LAYOUT.meta;
  const rows = DATA_FIRST_ROW + META_KEYS.length - 1;
  const block = sheet.getRangeByIndexes(0, keyColumn - 1, rows, valueColumn - keyColumn + 1);
  block.load("formulas");
  const code = columnLetter(DATA_LAYOUT.departments.codeColumn);
  const codes = sheet.getRange(`${code}:${code}`).getUsedRangeOrNullObject(true);
  codes.load("rowIndex,formulas");
  await context.sync();
  const cells: RawCell[][] = block.formulas.map((line) => [
    ...new Array<RawCell>(keyColumn - 1).fill(null),
    ...line.map((f) => rawCellOf(f, undefined)),
  ]);
  const departments: string[] = [];
  if (!codes.isNullObject) {
    codes.formulas.forEach((line, i) => {
      const value = textOf(rawCellOf(line[0], undefined));
      if (codes.rowIndex + i + 1 >= DATA_FIRST_ROW && value !== null) departments.push(value);
    });
  }
  return { meta: readDataSheet({ name: DATA_SHEET, cells }).meta, departments };
}

export async function readMetaOnly(context: Excel.RequestContext): Promise<WorkbookMeta | null> {
  return (await readDataSheetHead(context))?.meta ?? null;
}
