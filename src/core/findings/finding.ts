/**
 * A problem found in a workbook or a programme, as a value. Messages are not built here: a
 * finding carries a message key and parameters, and `i18n/finding-messages.ts` renders it in the
 * user's language.
 */
export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "unknownStatus"
  | "wrongVocabulary"
  | "statusOnIndicator"
  | "commentRequired"
  | "valueNotNumeric"
  | "valueNegative"
  | "departmentMissing"
  | "departmentUnknown"
  | "duplicateId"
  | "missingId"
  | "unknownRow"
  | "lostRow"
  | "textTooLong"
  | "formulaInText"
  | "errorValue"
  | "notReported"
  | "sheetMissing"
  | "sheetAmbiguous"
  | "sheetRenamed"
  | "sheetUnknown"
  | "headerMissing"
  | "dataSheetMissing"
  | "programmeInvalid"
  | "typeChanged"
  | "limitExceeded"
  | "columnRenamed"
  | "columnMissing"
  | "columnDuplicate"
  | "columnAmbiguous"
  | "summaryFormulaChanged"
  | "formulaInInput"
  | "closedFlagChanged"
  | "closedEdited";

/**
 * Parameters each code carries (messageKey is the code, or the code plus a variant such as
 * "unknownStatus.didYouMean"). `column` is the column's Swedish header from AREA_COLUMNS.
 *   unknownStatus      {value, suggestion?, expected}   expected: the allowed labels joined by ", "
 *   wrongVocabulary    {value, rowType, expected}   expected: the allowed labels joined by ", "
 *   statusOnIndicator  {value}
 *   commentRequired    {status}
 *   valueNotNumeric    {value, column}
 *   valueNegative      {value, column}
 *   departmentMissing  {}
 *   departmentUnknown  {value, suggestion?, expected}   expected: the department codes joined by ", "
 *   duplicateId        {otherCell}                  otherCell: "Sheet!A8" of the first occurrence
 *   missingId          {}
 *   unknownRow         {}
 *   lostRow            {expectedSheet}
 *   textTooLong        {column, length, limit}
 *   formulaInText      {column, formula}
 *   errorValue         {column, value}
 *   notReported        {department, count, rows}     rows: row IDs joined by ", "; sheet and cell null
 *   sheetMissing       {expectedSheet, areaId}
 *   sheetAmbiguous     {expectedSheet, areaId, sheets}   sheets: the candidates' names, quoted, joined by ", "
 *   sheetRenamed       {expectedSheet, areaId}      sheet: the name it has now
 *   sheetUnknown       {}
 *   headerMissing      {}
 *   dataSheetMissing   {}
 *   programmeInvalid   {detail}
 *   typeChanged        {expected, found}
 *   limitExceeded      {limit, max, where}          limit: a key of core/limits LIMITS
 *   columnRenamed      {column, found}              column: the column's key; found: the header it has now
 *   columnMissing      {column, suspects}           suspects: header cells of unnamed columns holding data
 *   columnDuplicate    {column}
 *   columnAmbiguous    {column, found}              found: the headers that could be it
 *   formulaInInput     {column, formula}            a live formula in a number input column
 *   closedFlagChanged  {}                           the closed flag says open but the year was closed
 *   closedEdited       {count, rows}                rows edited after the year was closed
 *   summaryFormulaChanged {found}                   found: what the cell holds instead of the product's formula
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  /** Sheet name as it stands in the workbook; null for a finding about the whole workbook. */
  readonly sheet: string | null;
  /** A1 address within the sheet; null when no single cell is to blame. */
  readonly cell: string | null;
  readonly rowId: string | null;
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
