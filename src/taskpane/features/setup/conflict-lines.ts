import { renderConflict } from "../../../core";
import type { Lang, UpdateConflict } from "../../../core";

/** Each row an update cannot match, as "sheet!cell (ID): why" in the user's language. */
export function conflictLines(conflicts: readonly UpdateConflict[], lang: Lang): string[] {
  return conflicts.map((c) => {
    const where = c.cell === null ? c.sheet : `${c.sheet}!${c.cell}`;
    const row = c.rowId === null ? "" : ` (${c.rowId})`;
    return `${where}${row}: ${renderConflict(c, lang)}`;
  });
}
