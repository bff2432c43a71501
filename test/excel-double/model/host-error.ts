/**
 * An error the simulated Excel host raises while it carries out a request. The runtime turns it
 * into an OfficeExtension.Error-like object with the location of the failing statement.
 */
export type HostErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NotImplemented"
  | "InsertDeleteConflict"
  | "RangeExceedsLimit"
  | "UnsupportedOperation";

/**
 * Messages as the documentation table gives them (learn.microsoft.com/office/dev/add-ins/testing/
 * application-specific-api-error-handling, "Error codes and messages").
 */
export const HOST_MESSAGES: Readonly<Record<HostErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  RangeExceedsLimit:
    "The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  UnsupportedOperation: "The operation being attempted is not supported.",
};

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message?: string,
    /** Why, in the double's words (kept out of `message`, which mirrors Excel's text). */
    readonly detail?: string
  ) {
    super(message ?? HOST_MESSAGES[code]);
    this.name = "HostError";
  }
}

export function hostError(code: HostErrorCode, detail?: string, message?: string): HostError {
  return new HostError(code, message, detail);
}
