import { DATA_SHEET, readWorkbook } from "../core";
import type { SheetGrid, WorkbookRead } from "../core";
import { queueSettings, settingsOf, type AddinSettings } from "./addin-state";
import { readGrids } from "./read-grids";
import { queueSheetList, sheetInfos, type SheetInfo } from "./sheets";
import type { RunState } from "./run";
import type { WriteSession } from "./write-session";

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Data rows (without the header). */
  readonly rows: number;
  readonly columns: number;
}

export interface NameInfo {
  readonly name: string;
  readonly formula: string;
}

/** The workbook as one use case sees it at its start. */
export interface Snapshot {
  readonly sheets: readonly SheetInfo[];
  readonly grids: readonly SheetGrid[];
  readonly read: WorkbookRead;
  readonly settings: AddinSettings;
  readonly tables: readonly TableInfo[];
  readonly names: readonly NameInfo[];
}

/**
 * Two requests, whatever the size of the workbook (unless its cells pass the 5 MB response limit,
 * see read-grids.ts): the sheets, their protection, tables, names and the add-in's settings; then every sheet's
 * used range, hidden sheets included. The core reads the grids. A use case that writes next passes
 * its session, so that events are off from the first request on.
 */
export async function takeSnapshot(
  context: Excel.RequestContext,
  state: RunState,
  session?: WriteSession
): Promise<Snapshot> {
  const list = queueSheetList(context);
  const settingsList = queueSettings(context);
  const tableList = context.workbook.tables;
  tableList.load("items/name,items/worksheet/name,items/rows/count,items/columns/count");
  const nameList = context.workbook.names;
  nameList.load("items/name,items/formula");
  session?.open();
  await context.sync();
  const sheets = sheetInfos(list);
  const settings = settingsOf(settingsList);
  const tables = tableList.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    rows: t.rows.count,
    columns: t.columns.count,
  }));
  const names = nameList.items.map((n) => ({ name: n.name, formula: n.formula }));
  const grids = await readGrids(
    context,
    sheets.map((s) => ({
      name: s.name,
      hidden: s.hidden,
      // The data sheet holds only constants the adapter wrote: formulas alone give every value.
      results: s.name.toLowerCase() !== DATA_SHEET.toLowerCase(),
    })),
    state.limits.responseBytes,
    state.readSize.expected(tables)
  );
  state.readSize.remember(grids, tables);
  return { sheets, grids, read: readWorkbook(grids), settings, tables, names };
}
