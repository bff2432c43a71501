import type { AddinErrorCode, AddinErrorInfo } from "../excel/service";
import type { Translate } from "./i18n/translate";

/** Every code, as a record so that a code added to AddinErrorCode and not here fails to compile. */
const KNOWN: Readonly<Record<AddinErrorCode, true>> = {
  accessDenied: true,
  itemNotFound: true,
  cellEditMode: true,
  invalidArgument: true,
  payloadTooLarge: true,
  notImplemented: true,
  notSupported: true,
  workbookClosed: true,
  entriesAtRisk: true,
  notAFollowupWorkbook: true,
  alreadyAFollowupWorkbook: true,
  conflict: true,
  busy: true,
  limitExceeded: true,
  unknown: true,
};
const CODES: readonly string[] = Object.keys(KNOWN);

/** The adapter's own errors carry a message and what to do, already in the user's language. */
export function isAddinErrorInfo(e: unknown): e is AddinErrorInfo {
  if (typeof e !== "object" || e === null) return false;
  const { code, message, action } = e as Record<string, unknown>;
  return typeof code === "string" && CODES.includes(code) && typeof message === "string" && typeof action === "string";
}

/** What an error bar shows: what happened, what to do, and for an unexpected error its own words. */
export interface ShownError {
  readonly message: string;
  readonly action: string;
  readonly detail: string | null;
}

export function describeError(e: unknown, t: Translate): ShownError {
  if (isAddinErrorInfo(e)) return { message: e.message, action: e.action, detail: null };
  const detail = e instanceof Error ? e.message : typeof e === "string" ? e : null;
  return { message: t("error.unexpected.message"), action: t("error.unexpected.action"), detail };
}
