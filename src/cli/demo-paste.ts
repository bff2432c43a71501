import ExcelJS from "exceljs";
import { AREA_TABLE_HEADER_ROW, columnIndex, isFormula } from "../core";
import type { EnteredValues, InputColumnKey, Programme } from "../core";

/**
 * The demo's pasted formulas, put into the written workbook as a department head pastes them:
 * the product itself never writes a live formula into an input cell, so the demo's mistake is
 * made the way people make it, after the file is written.
 */
export async function pasteDemoFormulas(
  data: Uint8Array,
  programme: Programme,
  entered: ReadonlyMap<string, EnteredValues>
): Promise<Uint8Array> {
  const pasted: { sheet: string; row: number; column: number; formula: string }[] = [];
  for (const area of programme.areas) {
    area.rows.forEach((row, i) => {
      const entry = entered.get(row.id);
      for (const [key, cell] of Object.entries(entry ?? {})) {
        if (cell !== undefined && isFormula(cell)) {
          pasted.push({
            sheet: area.sheetName,
            row: AREA_TABLE_HEADER_ROW + 1 + i,
            column: columnIndex(key as InputColumnKey) + 1,
            formula: cell.formula.replace(/^=/, ""),
          });
        }
      }
    });
  }
  if (pasted.length === 0) return data;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  for (const p of pasted) {
    const ws = wb.getWorksheet(p.sheet);
    if (ws !== undefined) ws.getCell(p.row, p.column).value = { formula: p.formula } as ExcelJS.CellFormulaValue;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
