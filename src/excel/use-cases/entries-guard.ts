import { entriesAtRisk } from "../../core";
import type { WorkbookRead } from "../../core";
import { ownError } from "../errors";

/**
 * As the command line: a use case that rewrites area sheets or carries entries into a new file
 * refuses when it cannot be sure it keeps every entry, naming the first place.
 */
export function refuseIfEntriesAtRisk(read: WorkbookRead, scope: { readonly rows: boolean } = { rows: true }): void {
  const risks = entriesAtRisk(read, scope);
  if (risks.length > 0) throw ownError({ kind: "entriesAtRisk", risks });
}
