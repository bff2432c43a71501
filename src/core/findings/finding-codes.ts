import type { FindingCode } from "./finding";

/** Every finding code at run time (for message tables and their tests). */
export const FINDING_CODES = [
  "unknownStatus",
  "wrongVocabulary",
  "statusOnIndicator",
  "commentRequired",
  "valueNotNumeric",
  "valueNegative",
  "departmentMissing",
  "departmentUnknown",
  "duplicateId",
  "missingId",
  "unknownRow",
  "lostRow",
  "textTooLong",
  "formulaInText",
  "errorValue",
  "notReported",
  "sheetMissing",
  "sheetAmbiguous",
  "sheetRenamed",
  "sheetUnknown",
  "headerMissing",
  "dataSheetMissing",
  "programmeInvalid",
  "typeChanged",
  "limitExceeded",
  "columnRenamed",
  "columnMissing",
  "columnDuplicate",
  "columnAmbiguous",
  "summaryFormulaChanged",
  "formulaInInput",
  "closedFlagChanged",
  "closedEdited",
] as const satisfies readonly FindingCode[];

/** Fails to compile when a code is added to FindingCode but not to the list above. */
type Unlisted = Exclude<FindingCode, (typeof FINDING_CODES)[number]>;
export const ALL_CODES_LISTED: [Unlisted] extends [never] ? true : never = true;

/** Message keys with a variant beside the plain code. */
export const FINDING_VARIANTS = ["unknownStatus.didYouMean", "departmentUnknown.didYouMean"] as const;

export type MessageKey = FindingCode | (typeof FINDING_VARIANTS)[number];
