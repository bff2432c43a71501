import { HostError } from "../model/host-error";

/**
 * Errors shaped like Office.js's (OfficeExtension.Error, name "RichApi.Error"): `code`, `message`,
 * `debugInfo` {code, message, errorLocation, statement}, `traceMessages`, `innerError`,
 * `httpStatusCode`. Client-side messages are Office.js's own strings (en-US, from the
 * @microsoft/office-js package's office_strings.js); host-side messages come from the table at
 * learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
 */
export interface DoubleDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  toString(): string;
}

export interface RichApiErrorInit {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
  readonly statement?: string;
  readonly httpStatusCode?: number;
  /** The double's own explanation; kept apart so `message` stays Excel's text. */
  readonly detail?: string;
}

const HTTP_STATUS: Readonly<Record<string, number>> = {
  AccessDenied: 401,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  PropertyNotLoaded: 400,
};

export class RichApiError extends Error {
  readonly code: string;
  readonly debugInfo: DoubleDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: RichApiError | null = null;
  readonly httpStatusCode: number;
  readonly detail: string | undefined;

  constructor(init: RichApiErrorInit) {
    super(init.message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "RichApi.Error";
    this.code = init.code;
    this.detail = init.detail;
    this.httpStatusCode = init.httpStatusCode ?? HTTP_STATUS[init.code] ?? 500;
    const debugInfo: DoubleDebugInfo = {
      code: init.code,
      message: init.message,
      toString(): string {
        return JSON.stringify(this);
      },
    };
    if (init.errorLocation !== undefined) debugInfo.errorLocation = init.errorLocation;
    if (init.statement !== undefined) debugInfo.statement = init.statement;
    this.debugInfo = debugInfo;
  }

  toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** Office.js's client-side strings (L_PropertyNotLoaded and friends). */
export const CLIENT_MESSAGES = {
  propertyNotLoaded: (name: string): string =>
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  invalidObjectPath: (path: string): string =>
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  invalidRequestContext: "Cannot use the object across different request contexts.",
  runMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  requestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  responsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  invalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  apiNotFound: (member: string, set: string): string =>
    `The method or property ${member} is part of the ${set} requirement set, which is not available in your version of Excel.`,
  invalidArgument: (name: string): string =>
    `The argument '${name}' doesn't work for this situation, is missing, or isn't in the right format.`,
} as const;

export function propertyNotLoaded(className: string, property: string): RichApiError {
  return new RichApiError({
    code: "PropertyNotLoaded",
    message: CLIENT_MESSAGES.propertyNotLoaded(property),
    errorLocation: `${className}.${property}`,
    httpStatusCode: 400,
  });
}

/** A host error, placed at the statement that raised it. */
export function fromHostError(error: HostError, errorLocation: string, statement: string): RichApiError {
  return new RichApiError({ code: error.code, message: error.message, errorLocation, statement, detail: error.detail });
}

/** A mistake in how the double itself is used (not something Excel would report). */
export class DoubleUsageError extends Error {
  constructor(message: string) {
    super(`Excel test double: ${message}`);
    this.name = "DoubleUsageError";
  }
}
