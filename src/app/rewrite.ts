import { followupPlan, planAsItStands, planKeptContent } from "../core";
import type { KeepProblem, KeptContent, PlanContent, SheetExtras, SheetGrid, Summary, WorkbookPlan } from "../core";
import type { FollowupAsRead } from "./committee-report";

/** A follow-up workbook as read, with its cells: what a rewrite starts from, a file or Excel's. */
export interface WorkbookToRewrite extends FollowupAsRead {
  readonly grids: readonly SheetGrid[];
  /** Per sheet, what a file holds beyond cells (drawings, comments …); Excel's reader has none. */
  readonly extras: readonly SheetExtras[];
}

export type Rewrite =
  | { readonly ok: true; readonly plan: WorkbookPlan; readonly summary: Summary; readonly kept: KeptContent }
  | { readonly ok: false; readonly problems: readonly KeepProblem[] };

/**
 * The plan of a workbook written anew from `from` (rewritten, rolled over) and where people's own
 * sheets and cells go in it — or, when something of theirs would have nowhere to go, a refusal
 * naming every place, so the caller writes nothing. `sameLayout`: the new workbook is laid out
 * as `from` stands (summary --write), so the new plan also tells the product's cells from people's.
 */
export function planRewrite(from: WorkbookToRewrite, content: PlanContent, sameLayout = false): Rewrite {
  const { plan, summary } = followupPlan(content);
  const before = sameLayout ? plan : planAsItStands(from.read, from.programme, from.year, content.now);
  const result = planKeptContent({ grids: from.grids, read: from.read, before, after: plan, extras: from.extras });
  return result.ok ? { ok: true, plan, summary, kept: result.kept } : { ok: false, problems: result.problems };
}
