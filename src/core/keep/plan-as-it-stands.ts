import { followupPlan } from "../plan/followup-plan";
import type { WorkbookPlan } from "../plan/types";
import type { Programme } from "../programme/schema";
import type { WorkbookRead } from "../read/types";
import { planUpdate } from "../update/plan-update";
import { copyInfoIn } from "../split/copy-info";

/**
 * The plan of a workbook as the product laid it out (its own programme, entries, choices and
 * closed flag): what tells the product's cells from people's when it is rewritten.
 */
export function planAsItStands(read: WorkbookRead, programme: Programme, year: number, now: Date): WorkbookPlan {
  const kept = planUpdate(read, programme);
  return followupPlan({
    programme,
    year,
    values: kept.ok ? kept.values : new Map(),
    choices: read.choices,
    retired: read.retired ?? [],
    closed: read.meta?.closed ?? false,
    now,
    copy: copyInfoIn(read),
    reopenings: read.reopenings ?? [],
  }).plan;
}
