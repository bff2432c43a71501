import { isIsoDay } from "../../../core";
import type { ReportCover } from "../../../excel/service";

/** The cover fields as typed: every one may be left empty. */
export interface CoverDraft {
  readonly dnr: string;
  readonly date: string;
  readonly caseOfficer: string;
  readonly committee: string;
}

export const EMPTY_COVER: CoverDraft = { dnr: "", date: "", caseOfficer: "", committee: "" };

/** A typed date that is no real YYYY-MM-DD day: the export waits until it is one (or empty). */
export function coverDateInvalid(draft: CoverDraft): boolean {
  const date = draft.date.trim();
  return date !== "" && !isIsoDay(date);
}

/** The cover to export with: blanks as null (the date then is today's). */
export function coverOf(draft: CoverDraft): ReportCover {
  const value = (s: string): string | null => (s.trim() === "" ? null : s.trim());
  return {
    dnr: value(draft.dnr),
    date: value(draft.date),
    caseOfficer: value(draft.caseOfficer),
    committee: value(draft.committee),
  };
}
