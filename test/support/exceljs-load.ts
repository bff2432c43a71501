import ExcelJS from "exceljs";

/** Opens an .xlsx buffer with ExcelJS, for tests that look at what a file holds beyond cell values. */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = new Uint8Array(data.byteLength);
  bytes.set(data);
  await wb.xlsx.load(bytes.buffer);
  return wb;
}

export function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) {
    throw new Error(`no sheet ${name}; the workbook has ${wb.worksheets.map((w) => w.name).join(", ")}`);
  }
  return ws;
}
