import { planRollover, rolloverContent } from "../core";
import type { Programme, RolloverRefusal, RolloverReport } from "../core";
import { guardRefusal, type GuardRefusal } from "./guards";
import { planRewrite, type Rewrite, type WorkbookToRewrite } from "./rewrite";

export type RolloverPlan =
  /** What a roll-over refuses before it plans (guards.ts): a department's copy, entries at risk. */
  | { readonly ok: false; readonly reason: "guard"; readonly refusal: GuardRefusal }
  | { readonly ok: false; readonly reason: "refused"; readonly refusal: RolloverRefusal }
  | {
      readonly ok: false;
      readonly reason: "keptContent";
      readonly problems: Extract<Rewrite, { ok: false }>["problems"];
    }
  | {
      readonly ok: true;
      readonly rewrite: Extract<Rewrite, { ok: true }>;
      readonly programme: Programme;
      readonly report: RolloverReport;
    };

/**
 * Next year's workbook from this one, the same from the command line (`followup rollover`) and
 * the task pane: the core's planRollover decides (this workbook's programme or `programme`, last
 * year's entries beside the new inputs, finished activities closed), and people's own sheets and
 * cells come along or the roll-over is refused where they would be lost. The workbook itself is
 * only read.
 */
export function planRolloverWorkbook(
  from: WorkbookToRewrite,
  options: { readonly year: number; readonly programme?: Programme | null; readonly now: Date }
): RolloverPlan {
  const refusal = guardRefusal("rollover", from.read);
  if (refusal !== null) return { ok: false, reason: "guard", refusal };
  const result = planRollover(from.read, { year: options.year, programme: options.programme ?? null });
  if (!result.ok) return { ok: false, reason: "refused", refusal: result.refusal };
  const rewrite = planRewrite(from, rolloverContent(result, options.now));
  if (!rewrite.ok) return { ok: false, reason: "keptContent", problems: rewrite.problems };
  return { ok: true, rewrite, programme: result.programme, report: result.report };
}
