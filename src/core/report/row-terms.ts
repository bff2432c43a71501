import type { Lang } from "../lang";
import type { RowType } from "../programme/schema";
import { ACTIVITY_STATUS, ASSESSMENT } from "../vocabulary/vocabularies";
import { reportTerm } from "./format";
import type { ReportTerm } from "./types";

/** A goal's assessment or an activity's status as a term; null when not reported (or an indicator). */
export function statusTerm(type: RowType, status: string | null | undefined, lang: Lang): ReportTerm | null {
  const terms = type === "goal" ? ASSESSMENT : type === "activity" ? ACTIVITY_STATUS : [];
  const term = terms.find((t) => t.code === status);
  return term === undefined ? null : reportTerm(term, lang);
}
