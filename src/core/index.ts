/**
 * The core's front door: everything the command line, the Excel adapter, the file writers, the
 * task pane and their tests use of the core, and nothing else. The core's folders are its own
 * business; code outside src/core imports from here only (scripts/check-imports.js enforces it),
 * so a module can move inside the core without touching its callers.
 *
 * Grouped by the folder that holds each concept; docs/ARCHITECTURE.md says what each folder is.
 */
export { inflateBounded } from "./bounded-inflate";
export { checkRowValues } from "./check/check-row-values";
export { checkWorkbook } from "./check/check-workbook";
export { collectEntries } from "./check/entries";
export { normaliseStatus, termsFor } from "./check/normalise-status";
export { indexProgramme } from "./check/programme-index";
export type { ProgrammeIndex } from "./check/programme-index";
export { closeFingerprint, rowsEditedSinceClose } from "./close/close-fingerprint";
export { closeReadiness, closeReadinessOf } from "./close/close-readiness";
export type { CloseReadiness } from "./close/close-readiness";
export { closedEditFindings } from "./close/closed-edits";
export { formulaInputs } from "./close/formula-inputs";
export { isIsoDay, localIsoDay } from "./dates";
export type { Finding, FindingCode, Severity } from "./findings/finding";
export { renderFinding } from "./i18n/finding-messages";
export { renderKeepProblem, renderKept } from "./i18n/keep-messages";
export { renderLimitBreach } from "./i18n/limit-messages";
export type { KeepProblem, KeptContent, SheetExtras } from "./keep/kept-content";
export { planAsItStands } from "./keep/plan-as-it-stands";
export { NO_OWN_CONTENT, ownContentOf } from "./keep/own-content";
export type { OwnContent } from "./keep/own-content";
export { planKeptContent } from "./keep/plan-kept-content";
export { isLang, langFromDisplayLanguage, LANGS } from "./lang";
export type { Lang } from "./lang";
export { inLanguage } from "./i18n/phrase";
export { NUMBER_SIGNS } from "./i18n/number-signs";
export type { Phrase, PhraseOf, PhraseTable } from "./i18n/phrase";
export {
  DATA_FIRST_ROW,
  DATA_HEADER_ROW,
  DATA_HEADERS,
  DATA_LAYOUT,
  META_KEYS,
  vocabularyListSource,
} from "./layout/data-sheet-layout";
export { RETIRED_SHEET } from "./layout/retired-layout";
export {
  DEPARTMENT_BLOCK_HEADERS,
  DONE_BLOCK_HEADERS,
  OVERALL_LABEL,
  PICTURE_TITLE,
  STATUS_CHART,
  SUMMARY_COLUMNS,
  SUMMARY_TABLE_HEADER_ROW,
  summaryColumnNumber,
} from "./layout/summary-layout";
export {
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  areaTableName,
  columnIndex,
  DATA_SHEET,
  SUMMARY_SHEET,
} from "./layout/workbook-layout";
export type { AreaColumnKey } from "./layout/workbook-layout";
export { limitBreachOf, LIMITS } from "./limits";
export type { LimitBreach } from "./limits";
export { cellsOf, parseAddress, parseRange } from "./plan/a1";
export type { CellPosition } from "./plan/a1";
export { buildWorkbookPlan } from "./plan/build-plan";
export { areaClosedNote, CLOSED_YEAR_NOTE, summaryClosedNote, summaryReopenedNote } from "./plan/closed-note";
export { followupPlan } from "./plan/followup-plan";
export type { PlanContent } from "./plan/followup-plan";
export { splitIntoChunks } from "./plan/json-chunks";
export { buildPrintSummaryPlan, PRINT_TABLE_HEADER_ROW } from "./plan/print-summary";
export { rangeAddress } from "./plan/ranges";
export { rolloverContent } from "./plan/rollover-content";
export { summaryFormulaFindings } from "./plan/summary-drift";
export type {
  CellBlock,
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  ListValidationPlan,
  PrintPlan,
  ProtectionPlan,
  RowHeightPlan,
  SheetPlan,
  TablePlan,
  ValidationAlert,
  WorkbookPlan,
} from "./plan/types";
export { defaultProgramme } from "./programme/default-programme";
export { parseProgramme } from "./programme/parse-programme";
export type { ProgrammeParseResult } from "./programme/parse-programme";
export { programmeFromTable } from "./programme/programme-table";
export { programmeToTable } from "./programme/programme-to-table";
export { ProgrammeSchema } from "./programme/schema";
export type { Area, Department, Programme, ProgrammeInput, ProgrammeRow, RowType } from "./programme/schema";
export { COMPRESSED_MARKER } from "./programme/stored-programme";
export { readDataSheet } from "./read/data-sheet-read";
export { enteredValues } from "./read/entered-values";
export { readWorkbook } from "./read/read-workbook";
export type {
  AreaSheetRead,
  AreaSheetRow,
  CoordinatorChoice,
  CoordinatorChoices,
  EnteredValues,
  InputColumnKey,
  Reopening,
  RowEntry,
  WorkbookMeta,
  WorkbookRead,
} from "./read/types";
export { buildReportModel, draftMark } from "./report/build-report";
export { buildDecisionMemo } from "./report/decision-memo";
export { keepTogether, NBSP } from "./report/keep-together";
export type { ReportExtras } from "./report/build-report";
export { termText } from "./report/format";
export type {
  AreaPart,
  AssessmentLine,
  DecisionMemo,
  IndicatorItem,
  ReportLogo,
  ReportModel,
  ReportTerm,
  TermCount,
} from "./report/types";
export { renderRolloverRefusal } from "./rollover/messages";
export { planRollover } from "./rollover/plan-rollover";
export type { RolloverRefusal, RolloverReport } from "./rollover/types";
export { indicatorTrend } from "./summary/indicator-trend";
export { formatPercent } from "./summary/number-format";
export { summarise } from "./summary/summarise";
export { draftOverallText, renderReason } from "./summary/summary-messages";
export type { AreaSummary, Counts, DepartmentProgress, Suggestion, Summary } from "./summary/types";
export { isBlankCell, prefilledValues } from "./update/entered";
export { entriesAtRisk } from "./update/entries-at-risk";
export { renderConflict } from "./update/messages";
export { planUpdate } from "./update/plan-update";
export type { UpdateConflict } from "./update/types";
export { ACTIVITY_STATUS, ASSESSMENT, ROW_TYPE_LABEL, symbolOf, termByCode, TREND } from "./vocabulary/vocabularies";
export type { ActivityStatus, Assessment, Term } from "./vocabulary/vocabularies";
export {
  address,
  columnLetter,
  displayValue,
  EXCEL_CELL_TEXT_LIMIT,
  isFormula,
  sheetAddress,
  textOf,
} from "./workbook/cell";
export type { CellScalar, RawCell, SheetGrid } from "./workbook/cell";
export { parseNumberText } from "./workbook/parse-number";
export {
  copyInfoFor,
  copyInfoIn,
  copyOf,
  departmentsWithRows,
  programmeFingerprint,
  rowOwners,
} from "./split/copy-info";
export type { CopyInfo, CopyRead } from "./split/copy-info";
export { columnHeader, conflictKey, planMerge } from "./split/plan-merge";
export type {
  CopyReport,
  CopyToMerge,
  MergeConflict,
  MergeDecisions,
  MergeRefusal,
  MergeReport,
  MergeResult,
  MergeTaken,
  Prefer,
} from "./split/plan-merge";
export { buildMergeSheet } from "./plan/merge-sheet";
export { MERGE_SHEET } from "./layout/merge-layout";
export { isClosedRow } from "./rollover/closed-rows";
export { changedCells, gridCell, sameCell, wantedCells } from "./plan/cell-diff";
export type { CellWrite, DiffOptions, WantedCell, WantedCells } from "./plan/cell-diff";
