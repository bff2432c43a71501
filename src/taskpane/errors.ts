import type { AddinErrorCode, AddinErrorInfo } from "../app/service";
import type { Lang } from "../core";
import { renderAddinError } from "./i18n/error-texts";
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

/** The adapter's own errors carry a code and the reason, which renderAddinError words. */
export function isAddinErrorInfo(e: unknown): e is AddinErrorInfo {
  if (typeof e !== "object" || e === null) return false;
  const { code, reason } = e as Record<string, unknown>;
  return (
    typeof code === "string" &&
    CODES.includes(code) &&
    typeof reason === "object" &&
    reason !== null &&
    typeof (reason as Record<string, unknown>)["kind"] === "string"
  );
}

/** What an error bar shows: what happened, what to do, and for an unexpected error its own words. */
export interface ShownError {
  readonly message: string;
  readonly action: string;
  readonly detail: string | null;
}

export function describeError(e: unknown, t: Translate, lang: Lang): ShownError {
  if (isAddinErrorInfo(e)) return { ...renderAddinError(e, lang), detail: null };
  const detail = e instanceof Error ? e.message : typeof e === "string" ? e : null;
  return { message: t("error.unexpected.message"), action: t("error.unexpected.action"), detail };
}
