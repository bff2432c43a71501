import { copyInfoFor, enteredValues, followupPlan, readWorkbook } from "../../src/core";
import type { EnteredValues, Programme, SheetGrid, WorkbookMeta, WorkbookPlan, WorkbookRead } from "../../src/core";
import { planToGrids } from "./plan-grids";

export interface WrittenWorkbook {
  readonly plan: WorkbookPlan;
  readonly meta: WorkbookMeta;
  readonly grids: SheetGrid[];
  readonly read: WorkbookRead;
}

/**
 * A follow-up workbook as the product writes it (the plan's cells, as a file or Excel would hold
 * them) and as the reader reads it back: open or closed, the coordinator's or a department's copy,
 * with the entries given.
 */
export function writtenWorkbook(
  programme: Programme,
  options: {
    readonly year?: number;
    readonly now?: Date;
    readonly closed?: boolean;
    /** A copy for this department, split from the same workbook without entries. */
    readonly copyFor?: string;
    readonly values?: ReadonlyMap<string, EnteredValues>;
  } = {}
): WrittenWorkbook {
  const year = options.year ?? 2019;
  const now = options.now ?? new Date("2019-12-01T08:00:00Z");
  const base = { programme, year, values: options.values ?? new Map(), choices: {}, retired: [], closed: false, now };
  const copy =
    options.copyFor === undefined
      ? null
      : copyInfoFor({
          programme,
          year,
          values: enteredValues(readWorkbook(planToGrids(followupPlan(base).plan))),
          masterGeneratedAt: "",
          department: options.copyFor,
          now,
        });
  const { plan, meta } = followupPlan({ ...base, closed: options.closed ?? false, copy });
  const grids = planToGrids(plan);
  return { plan, meta, grids, read: readWorkbook(grids) };
}
