import ExcelJS from "exceljs";
import type { KeptContent, SheetGrid } from "../core";
import { sourceWorkbook, type XlsxSource } from "./xlsx-reader";
import { toExcelValue } from "./xlsx-values";

/**
 * Puts what people added to a workbook into its rewrite (core/keep decides what and where):
 * their own sheets whole, with formats, widths, merges, validations and tables; their cells on
 * the product's sheets with value and format, left unlocked so they stay theirs to edit.
 */

/** The value as the source cell holds it; a shared formula spelled out for its new place. */
function valueOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    return result === undefined
      ? { formula: cell.formula, date1904: false }
      : { formula: cell.formula, result, date1904: false };
  }
  return cell.value;
}

/** The source cell's format, unlocked: on a protected sheet a person's own cell stays theirs to edit. */
function unlockedStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return { ...cell.style, protection: { ...cell.style.protection, locked: false } };
}

/** A kept cell's column takes its source column's width where the rewrite sets none. */
function widenLike(target: ExcelJS.Column, source: ExcelJS.Column): void {
  if (target.width === undefined && source.width !== undefined) target.width = source.width;
}

function carryCells(wb: ExcelJS.Workbook, source: ExcelJS.Workbook, kept: KeptContent): void {
  for (const k of kept.cells) {
    const from = source.getWorksheet(k.fromSheet);
    const to = wb.getWorksheet(k.toSheet);
    if (from === undefined || to === undefined) {
      throw new Error(`carry error: sheet ${k.fromSheet} or ${k.toSheet} is missing`);
    }
    const target = to.getCell(k.to.row, k.to.column);
    target.value = valueOf(from.getCell(k.from.row, k.from.column));
    target.style = unlockedStyle(from.getCell(k.from.row, k.from.column));
    widenLike(to.getColumn(k.to.column), from.getColumn(k.from.column));
  }
}

/** Sheets in their kept places among the rewrite's. */
function orderSheets(wb: ExcelJS.Workbook, kept: KeptContent): void {
  const order = wb.worksheets.filter((ws) => !kept.sheets.some((s) => s.name === ws.name)).map((ws) => ws.name);
  for (const s of kept.sheets) {
    const at = s.after === null ? 0 : order.indexOf(s.after) + 1;
    order.splice(at, 0, s.name);
  }
  // ExcelJS orders sheets by orderNo, which its typings leave out.
  for (const ws of wb.worksheets) (ws as unknown as { orderNo: number }).orderNo = order.indexOf(ws.name);
}

function carrySheets(wb: ExcelJS.Workbook, source: ExcelJS.Workbook, kept: KeptContent): void {
  for (const s of kept.sheets) {
    const from = source.getWorksheet(s.name);
    if (from === undefined) throw new Error(`carry error: sheet ${s.name} is missing`);
    const ws = wb.addWorksheet(s.name);
    const model = from.model;
    // ExcelJS gives a sheet's merges as `merges` and takes them back as `mergeCells`.
    ws.model = { ...model, name: s.name, mergeCells: model.merges } as ExcelJS.WorksheetModel;
    ws.state = from.state;
  }
  orderSheets(wb, kept);
}

/**
 * The same from the cells alone, where no file is at hand (the add-in reads the open workbook's
 * values and formulas, not its formats): values and formulas are kept, formats are not.
 */
export function carryKeptCells(wb: ExcelJS.Workbook, grids: readonly SheetGrid[], kept: KeptContent): void {
  for (const s of kept.sheets) {
    const grid = grids.find((g) => g.name === s.name);
    if (grid === undefined) throw new Error(`carry error: sheet ${s.name} is missing`);
    const ws = wb.addWorksheet(s.name, { state: grid.hidden === true ? "hidden" : "visible" });
    grid.cells.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== null) ws.getRow(r + 1).getCell(c + 1).value = toExcelValue(value);
      })
    );
  }
  orderSheets(wb, kept);
  for (const k of kept.cells) {
    const to = wb.getWorksheet(k.toSheet);
    if (to === undefined) throw new Error(`carry error: sheet ${k.toSheet} is missing`);
    const target = to.getCell(k.to.row, k.to.column);
    target.value = toExcelValue(k.value);
    target.protection = { locked: false };
  }
}

export async function carryKept(wb: ExcelJS.Workbook, source: XlsxSource, kept: KeptContent): Promise<void> {
  if (kept.sheets.length === 0 && kept.cells.length === 0) return;
  const from = await sourceWorkbook(source);
  carrySheets(wb, from, kept);
  carryCells(wb, from, kept);
}
