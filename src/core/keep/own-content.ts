import type { WorkbookRead } from "../read/types";
import { address, type SheetGrid } from "../workbook/cell";
import { planAsItStands } from "./plan-as-it-stands";
import { planKeptContent } from "./plan-kept-content";

/** What people put in a workbook beyond the product's cells: their own sheets, and cells on the product's sheets. */
export interface OwnContent {
  readonly sheets: readonly string[];
  /** "Sheet!A1". */
  readonly cells: readonly string[];
}

export const NO_OWN_CONTENT: OwnContent = { sheets: [], cells: [] };

/**
 * People's own content in a workbook, found as a rewrite finds what to keep: a department's notes
 * in its copy are not entries a merge brings in, so the merge names them rather than pass them by.
 * Where the keeping rules cannot place something, its place is named too.
 */
export function ownContentOf(grids: readonly SheetGrid[], read: WorkbookRead, now: Date): OwnContent {
  const programme = read.programme;
  const year = read.meta?.year ?? null;
  if (programme === null || year === null) return NO_OWN_CONTENT;
  const plan = planAsItStands(read, programme, year, now);
  const result = planKeptContent({ grids, read, before: plan, after: plan, extras: [] });
  if (!result.ok) {
    return {
      sheets: [],
      cells: result.problems.map((p) => (p.cell === null ? p.sheet : `${p.sheet}!${p.cell}`)),
    };
  }
  return {
    sheets: result.kept.sheets.map((s) => s.name),
    cells: result.kept.cells.map((c) => `${c.fromSheet}!${address(c.from.row, c.from.column)}`),
  };
}
