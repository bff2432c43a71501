import { copyOf, planRollover, rolloverContent } from "../core";
import type { Programme, RolloverRefusal, RolloverReport } from "../core";
import { planRewrite, type Rewrite, type WorkbookToRewrite } from "./rewrite";

export type RolloverPlan =
  /** A department's copy is not a year to carry on from: the coordinator's workbook is. */
  | { readonly ok: false; readonly reason: "copy"; readonly department: string }
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
  const copy = copyOf(from.read);
  if (copy.kind === "copy") return { ok: false, reason: "copy", department: copy.info.department };
  const result = planRollover(from.read, { year: options.year, programme: options.programme ?? null });
  if (!result.ok) return { ok: false, reason: "refused", refusal: result.refusal };
  const rewrite = planRewrite(from, rolloverContent(result, options.now));
  if (!rewrite.ok) return { ok: false, reason: "keptContent", problems: rewrite.problems };
  return { ok: true, rewrite, programme: result.programme, report: result.report };
}
