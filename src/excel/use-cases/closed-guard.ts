import type { WorkbookMeta } from "../../core";
import { ownError } from "../errors";

/**
 * A closed year is locked: every use case that writes refuses it the same way, as the command
 * line's closed-guard does.
 */
export function refuseIfClosed(meta: Pick<WorkbookMeta, "closed" | "year">): void {
  if (meta.closed) throw ownError({ kind: "workbookClosed", year: meta.year });
}
