import { SheetLimitError } from "./sheet-limits";
import type { AddinErrorCode, AddinErrorInfo, AddinErrorReason } from "../app/service";

/**
 * Errors from Excel (Office.js error codes) and the adapter's own refusals, as the project's own
 * AddinError: a code the task pane acts on and the reason with its values. Everything the adapter
 * throws goes through here, so no raw "RichApi.Error" reaches the task pane; the task pane words
 * the reason in the user's language (taskpane/i18n/error-texts.ts).
 */

/** Office.js error codes (Excel.ErrorCodes and OfficeExtension.ErrorCodes) → our code. */
const OFFICE_CODES: Readonly<Record<string, AddinErrorCode>> = {
  AccessDenied: "accessDenied",
  ItemNotFound: "itemNotFound",
  ItemAlreadyExists: "conflict",
  InvalidOperationInCellEditMode: "cellEditMode",
  InvalidArgument: "invalidArgument",
  InvalidOperation: "invalidArgument",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  RangeExceedsLimit: "payloadTooLarge",
  NotImplemented: "notImplemented",
  ApiNotFound: "notSupported",
  Conflict: "conflict",
  GeneralException: "unknown",
  ActivityLimitReached: "busy",
};

/** Codes Office uses for the same situation as one above. */
const SAME_AS: Readonly<Record<string, string>> = {
  UnsupportedOperation: "NotImplemented",
  UnsupportedFeature: "NotImplemented",
  UnsupportedSheet: "NotImplemented",
  InsertDeleteConflict: "Conflict",
  MergedRangeConflict: "Conflict",
  FilteredRangeConflict: "Conflict",
  PivotTableRangeConflict: "Conflict",
  OperationCellsExceedLimit: "RangeExceedsLimit",
  FormulaLengthExceedsLimit: "InvalidArgument",
  InvalidReference: "ItemNotFound",
  InvalidBinding: "ItemNotFound",
  InvalidSelection: "InvalidArgument",
  RequestAborted: "ActivityLimitReached",
  ConnectionFailure: "ActivityLimitReached",
  InactiveWorkbook: "ActivityLimitReached",
};

/** The code an Office error is known by here (its alias resolved); unknown codes stay as they are. */
export function canonicalOfficeCode(officeCode: string): string {
  return OFFICE_CODES[officeCode] !== undefined ? officeCode : (SAME_AS[officeCode] ?? officeCode);
}

type OwnKind = Exclude<AddinErrorReason["kind"], "office">;

/** The adapter's own refusals → our code. */
const OWN_CODES: Readonly<Record<OwnKind, AddinErrorCode>> = {
  keptContentAtRisk: "entriesAtRisk",
  limitExceeded: "limitExceeded",
  workbookClosed: "workbookClosed",
  workbookIsCopy: "conflict",
  noDepartmentRows: "invalidArgument",
  reasonMissing: "invalidArgument",
  entriesAtRisk: "entriesAtRisk",
  copyEntriesAtRisk: "entriesAtRisk",
  notAFollowupWorkbook: "notAFollowupWorkbook",
  alreadyAFollowupWorkbook: "alreadyAFollowupWorkbook",
  sheetExists: "conflict",
  nameExists: "conflict",
  sheetMissing: "itemNotFound",
  sheetPasswordProtected: "accessDenied",
  rowsMissing: "itemNotFound",
  departmentUnknown: "invalidArgument",
  excelTooOld: "notSupported",
  tableMissing: "itemNotFound",
  programmeInvalid: "invalidArgument",
  unexpected: "unknown",
};

/** The project's own error; the task pane shows it worded by renderAddinError. */
export class AddinError extends Error implements AddinErrorInfo {
  readonly code: AddinErrorCode;
  readonly reason: AddinErrorReason;
  /** What was thrown, for support and tests. */
  readonly original: unknown;

  constructor(code: AddinErrorCode, reason: AddinErrorReason, original: unknown = null) {
    // The message is for logs and support only: the reason's kind and, from Office, its code.
    super(reason.kind === "office" ? `Office: ${reason.officeCode}` : reason.kind);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "AddinError";
    this.code = code;
    this.reason = reason;
    this.original = original;
  }

  /** The Office.js error code it came from, if any (for support; never shown alone). */
  get officeCode(): string | null {
    return this.reason.kind === "office" ? this.reason.officeCode : null;
  }
}

export function ownError(reason: Exclude<AddinErrorReason, { kind: "office" }>, original: unknown = null): AddinError {
  return new AddinError(OWN_CODES[reason.kind], reason, original);
}

/** The Office.js error code of `e`, or null when it is no Office error. */
export function officeCodeOf(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const { code, name } = e as { code?: unknown; name?: unknown };
  const isOffice =
    (typeof OfficeExtension !== "undefined" && e instanceof OfficeExtension.Error) || name === "RichApi.Error";
  return isOffice && typeof code === "string" ? code : null;
}

/** An Office.js error code as our error (codes we do not know are "unknown", keeping their code). */
export function fromOfficeCode(officeCode: string, original: unknown = null): AddinError {
  const code = OFFICE_CODES[canonicalOfficeCode(officeCode)] ?? "unknown";
  return new AddinError(code, { kind: "office", officeCode, canonicalCode: canonicalOfficeCode(officeCode) }, original);
}

/** Whatever was thrown, as our error: ours pass through, Office's are mapped, the rest is "unknown". */
export function toAddinError(e: unknown): AddinError {
  if (e instanceof AddinError) return e;
  if (e instanceof SheetLimitError) return ownError({ kind: "limitExceeded", breach: e.breach });
  const officeCode = officeCodeOf(e);
  if (officeCode !== null) return fromOfficeCode(officeCode, e);
  const detail = e instanceof Error ? e.message : String(e);
  return new AddinError("unknown", { kind: "unexpected", detail }, e);
}
