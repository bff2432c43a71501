import type { AddinFile } from "../app/service";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The minimum requirement set of Excel.createWorkbook (learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)). */
export const CREATE_WORKBOOK_SET = "1.8";

/** Base64 without Node's Buffer: Excel.createWorkbook takes the .xlsx file so. */
export function base64Of(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function canCreateWorkbook(): boolean {
  try {
    return (
      Office.context.requirements.isSetSupported("ExcelApi", CREATE_WORKBOOK_SET) &&
      typeof Excel.createWorkbook === "function"
    );
  } catch {
    return false;
  }
}

/**
 * Opens an .xlsx file as a new workbook where Excel can (ExcelApi 1.8); false where it cannot, so
 * the caller offers the file as a download instead.
 */
export async function openAsNewWorkbook(file: AddinFile): Promise<boolean> {
  if (!canCreateWorkbook()) return false;
  await Excel.createWorkbook(base64Of(file.bytes));
  return true;
}
