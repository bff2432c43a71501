import { isIsoDay } from "../../../core";
import type { ReportLogo } from "../../../core";
import { imageSize } from "../../../files/image-size";
import type { ReportCover } from "../../../app/service";

/** The cover fields as typed: every one may be left empty. */
export interface CoverDraft {
  readonly dnr: string;
  readonly date: string;
  readonly caseOfficer: string;
  readonly committee: string;
  /** The logo chosen, with its file name to show; null when none. */
  readonly logo: { readonly name: string; readonly image: ReportLogo } | null;
}

export const EMPTY_COVER: CoverDraft = { dnr: "", date: "", caseOfficer: "", committee: "", logo: null };

/** A chosen file as the cover's logo, or null when it is no PNG or JPEG image. */
export function logoOf(bytes: Uint8Array): ReportLogo | null {
  const size = imageSize(bytes);
  return size === null ? null : { data: bytes, type: size.type };
}

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
    logo: draft.logo?.image ?? null,
  };
}
