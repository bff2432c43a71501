/**
 * The double against @types/office-js: (1) at compile time, each proxy class is assignable to the
 * Office.js class for every member the double models (same names, compatible signatures — tsc
 * fails this file otherwise); (2) at run time, code typed against the global Excel namespace runs
 * unchanged on the installed double.
 */
import {
  ChartCollectionProxy,
  ChartFillProxy,
  ChartLegendProxy,
  ChartProxy,
  ChartSeriesCollectionProxy,
  ChartSeriesFormatProxy,
  ChartSeriesProxy,
  ChartTitleProxy,
} from "./api/charts";
import { ApplicationProxy, RuntimeProxy, WorkbookProtectionProxy } from "./api/application";
import {
  ConditionalFormatCollectionProxy,
  ConditionalFormatProxy,
  ConditionalFormatRuleProxy,
  ConditionalRangeFillProxy,
  ConditionalRangeFontProxy,
  ConditionalRangeFormatProxy,
  CustomConditionalFormatProxy,
} from "./api/conditional-formats";
import { DataValidationProxy } from "./api/data-validation";
import { NamedItemCollectionProxy, NamedItemProxy, SettingCollectionProxy, SettingProxy } from "./api/names";
import { HeaderFooterGroupProxy, HeaderFooterProxy, PageLayoutProxy } from "./api/page-layout";
import { RangeProxy } from "./api/range";
import { RangeAreasProxy, RangeCollectionProxy } from "./api/range-areas";
import { FormatProtectionProxy, RangeFillProxy, RangeFontProxy, RangeFormatProxy } from "./api/range-format";
import {
  TableCollectionProxy,
  TableColumnCollectionProxy,
  TableColumnProxy,
  TableProxy,
  TableRowCollectionProxy,
  TableRowProxy,
} from "./api/tables";
import { WorkbookProxy } from "./api/workbook";
import { WorksheetCollectionProxy, WorksheetProxy } from "./api/worksheet";
import { FreezePanesProxy, WorksheetProtectionProxy } from "./api/worksheet-parts";
import { RequestContextDouble } from "./runtime/context";
import { installDouble } from "./test-helpers";

/** true when Impl has every listed member of the Office.js class with a compatible type. */
type Conforms<Impl, Office, K extends keyof Office> = [Impl] extends [Pick<Office, K>] ? true : false;

type Common = "context" | "isNullObject" | "load";

export const conformance: Record<string, true> = {
  RequestContext: true as Conforms<
    RequestContextDouble,
    Excel.RequestContext,
    | "workbook"
    | "application"
    | "runtime"
    | "sync"
    | "load"
    | "trackedObjects"
    | "trace"
    | "requestHeaders"
    | "debugInfo"
  >,
  Workbook: true as Conforms<
    WorkbookProxy,
    Excel.Workbook,
    Common | "worksheets" | "tables" | "names" | "settings" | "application" | "protection" | "name"
  >,
  WorksheetCollection: true as Conforms<
    WorksheetCollectionProxy,
    Excel.WorksheetCollection,
    Common | "items" | "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "onChanged"
  >,
  Worksheet: true as Conforms<
    WorksheetProxy,
    Excel.Worksheet,
    | Common
    | "set"
    | "id"
    | "name"
    | "position"
    | "visibility"
    | "tabColor"
    | "tables"
    | "protection"
    | "freezePanes"
    | "pageLayout"
    | "getRange"
    | "getRanges"
    | "getRangeByIndexes"
    | "getUsedRange"
    | "getUsedRangeOrNullObject"
    | "delete"
    | "activate"
  >,
  WorksheetProtection: true as Conforms<
    WorksheetProtectionProxy,
    Excel.WorksheetProtection,
    Common | "protected" | "options" | "protect" | "unprotect"
  >,
  WorksheetFreezePanes: true as Conforms<
    FreezePanesProxy,
    Excel.WorksheetFreezePanes,
    "context" | "isNullObject" | "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze"
  >,
  PageLayout: true as Conforms<
    PageLayoutProxy,
    Excel.PageLayout,
    Common | "set" | "orientation" | "paperSize" | "zoom" | "headersFooters" | "setPrintTitleRows"
  >,
  HeaderFooterGroup: true as Conforms<
    HeaderFooterGroupProxy,
    Excel.HeaderFooterGroup,
    Common | "set" | "state" | "defaultForAllPages"
  >,
  HeaderFooter: true as Conforms<
    HeaderFooterProxy,
    Excel.HeaderFooter,
    Common | "set" | "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter"
  >,
  Range: true as Conforms<
    RangeProxy,
    Excel.Range,
    | Common
    | "set"
    | "address"
    | "values"
    | "formulas"
    | "numberFormat"
    | "text"
    | "rowCount"
    | "columnCount"
    | "cellCount"
    | "rowIndex"
    | "columnIndex"
    | "format"
    | "dataValidation"
    | "conditionalFormats"
    | "worksheet"
    | "select"
    | "clear"
    | "getUsedRange"
    | "getUsedRangeOrNullObject"
    | "getSpecialCellsOrNullObject"
    | "delete"
  >,
  RangeAreas: true as Conforms<
    RangeAreasProxy,
    Excel.RangeAreas,
    Common | "set" | "address" | "areaCount" | "cellCount" | "areas" | "dataValidation" | "format" | "worksheet"
  >,
  RangeCollection: true as Conforms<RangeCollectionProxy, Excel.RangeCollection, Common | "items" | "getItemAt">,
  RangeFormat: true as Conforms<
    RangeFormatProxy,
    Excel.RangeFormat,
    | Common
    | "set"
    | "columnWidth"
    | "rowHeight"
    | "wrapText"
    | "horizontalAlignment"
    | "verticalAlignment"
    | "font"
    | "fill"
    | "protection"
  >,
  RangeFont: true as Conforms<
    RangeFontProxy,
    Excel.RangeFont,
    Common | "set" | "bold" | "italic" | "color" | "size" | "name"
  >,
  RangeFill: true as Conforms<RangeFillProxy, Excel.RangeFill, Common | "set" | "color" | "clear">,
  FormatProtection: true as Conforms<FormatProtectionProxy, Excel.FormatProtection, Common | "set" | "locked">,
  DataValidation: true as Conforms<
    DataValidationProxy,
    Excel.DataValidation,
    Common | "set" | "rule" | "errorAlert" | "ignoreBlanks" | "type" | "clear"
  >,
  ConditionalFormatCollection: true as Conforms<
    ConditionalFormatCollectionProxy,
    Excel.ConditionalFormatCollection,
    Common | "items" | "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "clearAll"
  >,
  ConditionalFormat: true as Conforms<
    ConditionalFormatProxy,
    Excel.ConditionalFormat,
    Common | "set" | "id" | "type" | "priority" | "custom" | "delete" | "getRange"
  >,
  CustomConditionalFormat: true as Conforms<
    CustomConditionalFormatProxy,
    Excel.CustomConditionalFormat,
    Common | "set" | "rule" | "format"
  >,
  ConditionalFormatRule: true as Conforms<
    ConditionalFormatRuleProxy,
    Excel.ConditionalFormatRule,
    Common | "set" | "formula"
  >,
  ConditionalRangeFormat: true as Conforms<
    ConditionalRangeFormatProxy,
    Excel.ConditionalRangeFormat,
    Common | "set" | "numberFormat" | "fill" | "font"
  >,
  ConditionalRangeFill: true as Conforms<
    ConditionalRangeFillProxy,
    Excel.ConditionalRangeFill,
    Common | "set" | "color" | "clear"
  >,
  ConditionalRangeFont: true as Conforms<
    ConditionalRangeFontProxy,
    Excel.ConditionalRangeFont,
    Common | "set" | "color" | "bold" | "italic" | "clear"
  >,
  TableCollection: true as Conforms<
    TableCollectionProxy,
    Excel.TableCollection,
    Common | "items" | "count" | "add" | "getItem" | "getItemOrNullObject" | "getItemAt"
  >,
  Table: true as Conforms<
    TableProxy,
    Excel.Table,
    | Common
    | "set"
    | "id"
    | "name"
    | "style"
    | "showFilterButton"
    | "showBandedRows"
    | "showBandedColumns"
    | "highlightFirstColumn"
    | "highlightLastColumn"
    | "columns"
    | "rows"
    | "worksheet"
    | "getRange"
    | "delete"
  >,
  TableColumnCollection: true as Conforms<
    TableColumnCollectionProxy,
    Excel.TableColumnCollection,
    Common | "items" | "count" | "getItem" | "getItemOrNullObject" | "getItemAt"
  >,
  TableColumn: true as Conforms<
    TableColumnProxy,
    Excel.TableColumn,
    Common | "set" | "id" | "index" | "name" | "getRange"
  >,
  TableRowCollection: true as Conforms<
    TableRowCollectionProxy,
    Excel.TableRowCollection,
    Common | "items" | "count" | "add" | "getItemAt"
  >,
  TableRow: true as Conforms<
    TableRowProxy,
    Excel.TableRow,
    Common | "set" | "index" | "values" | "getRange" | "delete"
  >,
  NamedItemCollection: true as Conforms<
    NamedItemCollectionProxy,
    Excel.NamedItemCollection,
    Common | "items" | "add" | "getItem" | "getItemOrNullObject"
  >,
  NamedItem: true as Conforms<
    NamedItemProxy,
    Excel.NamedItem,
    Common | "set" | "name" | "formula" | "comment" | "visible" | "scope" | "type" | "value" | "getRange" | "delete"
  >,
  SettingCollection: true as Conforms<
    SettingCollectionProxy,
    Excel.SettingCollection,
    Common | "items" | "add" | "getItem" | "getItemOrNullObject"
  >,
  Setting: true as Conforms<SettingProxy, Excel.Setting, Common | "set" | "key" | "value" | "delete">,
  Application: true as Conforms<
    ApplicationProxy,
    Excel.Application,
    Common | "set" | "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync"
  >,
  Runtime: true as Conforms<RuntimeProxy, Excel.Runtime, Common | "set" | "enableEvents">,
  WorkbookProtection: true as Conforms<
    WorkbookProtectionProxy,
    Excel.WorkbookProtection,
    Common | "protected" | "protect" | "unprotect"
  >,
  ChartCollection: true as Conforms<
    ChartCollectionProxy,
    Excel.ChartCollection,
    Common | "items" | "count" | "add" | "getItem" | "getItemOrNullObject" | "getItemAt"
  >,
  Chart: true as Conforms<
    ChartProxy,
    Excel.Chart,
    Common | "id" | "name" | "chartType" | "title" | "legend" | "series" | "setPosition" | "delete"
  >,
  ChartTitle: true as Conforms<ChartTitleProxy, Excel.ChartTitle, Common | "text" | "visible">,
  ChartLegend: true as Conforms<ChartLegendProxy, Excel.ChartLegend, Common | "position" | "visible">,
  ChartSeriesCollection: true as Conforms<
    ChartSeriesCollectionProxy,
    Excel.ChartSeriesCollection,
    Common | "items" | "count" | "getItemAt"
  >,
  ChartSeries: true as Conforms<ChartSeriesProxy, Excel.ChartSeries, "context" | "isNullObject" | "name" | "format">,
  ChartSeriesFormat: true as Conforms<ChartSeriesFormatProxy, Excel.ChartSeriesFormat, "context" | "fill">,
  ChartFill: true as Conforms<ChartFillProxy, Excel.ChartFill, "context" | "setSolidColor" | "clear">,
};

test("every proxy class conforms to its @types/office-js class for the members it models (checked by tsc)", () => {
  expect(Object.values(conformance).every((v) => v === true)).toBe(true);
  expect(Object.keys(conformance)).toHaveLength(45);
});

/**
 * Written as an adapter would: only the global types of @types/office-js, no import of the double,
 * and clean under the office-addins lint rules (load before read, sync before read).
 */
async function markProblems(
  context: Excel.RequestContext,
  sheetName: string,
  cells: readonly string[]
): Promise<string[]> {
  const sheet: Excel.Worksheet = context.workbook.worksheets.getItem(sheetName);
  const ranges: Excel.Range[] = cells.map((address) => {
    const range = sheet.getRange(address);
    range.format.fill.color = "#FFC7CE";
    range.load("address");
    return range;
  });
  const tables: Excel.TableCollection = context.workbook.worksheets.getItem(sheetName).tables;
  tables.load("items/name");
  sheet.load("protection/protected");
  await context.sync();
  if (sheet.protection.protected) throw new Error("protected");
  return ranges.map((r) => `${r.address} (${tables.items.length} tables)`);
}

test("a batch typed with Excel.RequestContext runs unchanged on the installed double", async () => {
  const double = installDouble();
  const marked = await Excel.run((context) => markProblems(context, "Sheet1", ["B2", "C3:C4"]));
  expect(marked).toEqual(["Sheet1!B2 (0 tables)", "Sheet1!C3:C4 (0 tables)"]);
  expect(double.workbook.cell("Sheet1", "C4").fill).toBe("#FFC7CE");
  expect(double.syncCount).toBe(1);
});

test("errors are instances of the installed OfficeExtension.Error and carry Excel.ErrorCodes", async () => {
  installDouble();
  const caught = await Excel.run((context) => markProblems(context, "Saknas", ["A1"])).catch((e: unknown) => e);
  expect(caught).toBeInstanceOf(OfficeExtension.Error);
  expect((caught as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
});
