/**
 * The Excel test double: an in-memory workbook behind an object model that behaves like
 * Office.js's Excel API, so code written against @types/office-js runs on it unchanged. See
 * README.md beside this file for what it models, where it differs from Excel, and how to install
 * it in jest and in a browser page. No Node imports here: it is bundled for the browser too
 * (save-xlsx.ts, which uses ExcelJS, is the one Node-side file).
 */
export { createExcelDouble } from "./double";
export type { ExcelDouble, ExcelDoubleOptions, ExcelNamespaceDouble, OfficeExtensionDouble } from "./double";
export { InMemoryWorkbook } from "./model/workbook";
export type { CellView, FormulaEvaluator, NameModel, SettingModel, TableModel } from "./model/workbook";
export { SheetModel } from "./model/sheet";
export type {
  ConditionalFormatModel,
  PageLayoutModel,
  ProtectionOptionsModel,
  SheetProtectionModel,
  ValidationModel,
  ValidationRuleModel,
} from "./model/sheet";
export type { CellModel, CellValue } from "./model/cell";
export type { CellStyle } from "./model/style";
export {
  charactersToPoints,
  pointsToCharacters,
  DEFAULT_COLUMN_WIDTH_POINTS,
  DEFAULT_ROW_HEIGHT_POINTS,
} from "./model/style";
export type { Area } from "./model/area";
export { areaName, columnLetters, parseAreaName, qualifiedAddress } from "./model/a1";
export { RichApiError } from "./runtime/errors";
export type { Platform, RequestRecord, RunRecord } from "./runtime/host";
export type { OfficeDouble } from "./office";
