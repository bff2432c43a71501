/**
 * The workbook's sheets as the adapter needs to know them before it reads or writes: names,
 * visibility and protection. One load, in the first request of a use case.
 */
export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  readonly protected: boolean;
  /** The options the sheet is protected with, so it can be protected again exactly so. */
  readonly protectionOptions: Excel.WorksheetProtectionOptions;
  /** The names of its charts (a summary sheet written again keeps its chart). */
  readonly charts: readonly string[];
}

export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load(
    "items/name,items/visibility,items/protection/protected,items/protection/options,items/charts/items/name"
  );
  return sheets;
}

/** After the sync that carried queueSheetList. */
export function sheetInfos(sheets: Excel.WorksheetCollection): SheetInfo[] {
  return sheets.items.map((ws) => ({
    name: ws.name,
    hidden: ws.visibility !== "Visible",
    protected: ws.protection.protected,
    protectionOptions: ws.protection.options,
    charts: ws.charts.items.map((c) => c.name),
  }));
}

export function findSheet(infos: readonly SheetInfo[], name: string): SheetInfo | undefined {
  const key = name.toLowerCase();
  return infos.find((s) => s.name.toLowerCase() === key);
}
