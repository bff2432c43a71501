import { findSummarySheet } from "../read/choices-read";
import { findDataSheet } from "../read/data-sheet-read";
import { findRetiredSheet } from "../read/retired-read";
import type { AreaSheetRead, WorkbookRead } from "../read/types";
import type { SheetGrid } from "../workbook/cell";
import { MERGE_SHEET } from "../layout/merge-layout";
import { sameSheetName } from "../read/grid-access";

/** What a sheet of the file is to the product: one of its own, or someone else's. */
export type SheetRole =
  | { readonly kind: "data" }
  | { readonly kind: "summary" }
  | { readonly kind: "retired" }
  | { readonly kind: "merge" }
  | { readonly kind: "area"; readonly area: AreaSheetRead & { readonly areaId: string } }
  | { readonly kind: "own" };

/**
 * Each sheet's role, found as the reader found it: the hidden data sheet, the summary, the sheet
 * of retired rows, and the area sheets an area of the programme claims. A sheet with an area
 * table that no area claims (someone's copy to draft in) is someone's own.
 */
export function sheetRoles(grids: readonly SheetGrid[], read: WorkbookRead): Map<SheetGrid, SheetRole> {
  const data = findDataSheet(grids);
  const summary = findSummarySheet(grids.filter((g) => g !== data));
  const retired = findRetiredSheet(grids);
  const merge = grids.find((g) => sameSheetName(g.name, MERGE_SHEET)) ?? null;
  const areas = new Map<string, AreaSheetRead & { readonly areaId: string }>();
  for (const a of read.areaSheets) {
    if (a.areaId !== null) areas.set(a.sheet, { ...a, areaId: a.areaId });
  }
  const roles = new Map<SheetGrid, SheetRole>();
  for (const grid of grids) {
    const area = areas.get(grid.name);
    const role: SheetRole =
      grid === data
        ? { kind: "data" }
        : grid === summary
          ? { kind: "summary" }
          : grid === retired
            ? { kind: "retired" }
            : area !== undefined
              ? { kind: "area", area }
              : grid === merge
                ? { kind: "merge" }
                : { kind: "own" };
    roles.set(grid, role);
  }
  return roles;
}
