/**
 * The ExcelApi requirement set of each modelled member newer than 1.1 (from the "[Api set: …]"
 * remarks of @types/office-js). With a lower `excelApiVersion`, using one of them throws
 * ApiNotFound at once, as Office.js does on an Excel that lacks the set — so an adapter's
 * isSetSupported fallbacks can be tested.
 */
export const REQUIREMENTS: Readonly<Record<string, string>> = {
  "Worksheet.pageLayout": "1.9",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.tabColor": "1.7",
  "Worksheet.protection": "1.2",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getRanges": "1.9",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.showGridlines": "1.8",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.onChanged": "1.9",
  "Workbook.settings": "1.4",
  "Workbook.protection": "1.7",
  "Range.dataValidation": "1.8",
  "Range.conditionalFormats": "1.6",
  "Range.getSpecialCellsOrNullObject": "1.9",
  "Range.getUsedRangeOrNullObject": "1.4",
  "Range.columnHidden": "1.2",
  "Range.rowHidden": "1.2",
  "RangeFormat.protection": "1.2",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItem.getRange": "1.3",
  "TableCollection.getItemOrNullObject": "1.4",
  "ChartCollection.getItemOrNullObject": "1.4",
  "TableColumnCollection.getItemOrNullObject": "1.4",
  "Table.worksheet": "1.2",
  "Table.showFilterButton": "1.3",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "Runtime.enableEvents": "1.8",
  "DataValidation.rule": "1.8",
};

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
