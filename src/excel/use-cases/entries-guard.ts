import { entriesAtRisk, renderFinding } from "../../core";
import type { Lang, WorkbookRead } from "../../core";
import { ownError } from "../errors";

/**
 * As the command line: a use case that rewrites area sheets or carries entries into a new file
 * refuses when it cannot be sure it keeps every entry, naming the first place.
 */
export function refuseIfEntriesAtRisk(
  read: WorkbookRead,
  lang: Lang,
  scope: { readonly rows: boolean } = { rows: true }
): void {
  const risks = entriesAtRisk(read, scope);
  const first = risks[0];
  if (first === undefined) return;
  throw ownError("entriesAtRisk", lang, { first: renderFinding(first, lang), count: risks.length });
}
