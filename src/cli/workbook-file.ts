import { followupPlan } from "../core";
import type { KeptContent, PlanContent, Programme, Summary } from "../core";
import { writeXlsx } from "../files/xlsx-writer";
import type { CommandContext, FileArg } from "./context";
import { planRewrite } from "../app/rewrite";
import { keptContentRefusal, toRewrite } from "./kept-content";
import type { LoadedWorkbook } from "./load";

export type WorkbookContent = PlanContent;

/** The workbook a rewrite starts from: what people added to it is kept, or the command refuses. */
export interface RewriteOf {
  readonly ctx: CommandContext;
  readonly loaded: LoadedWorkbook;
  readonly file: FileArg;
  /**
   * The rewrite lays the workbook out as it stands (summary --write: same programme, entries,
   * choices and closed flag), so the plan written also tells the product's cells from people's.
   */
  readonly sameLayout?: boolean;
}

/**
 * The .xlsx bytes of a follow-up workbook and the summary written into it. The workbook itself is
 * Swedish whatever language the command line speaks. A rewrite of an existing workbook keeps every
 * sheet and cell of people's own, or throws the refusal naming where it cannot.
 */
export async function buildWorkbookFile(
  content: WorkbookContent,
  rewriteOf?: RewriteOf
): Promise<{ data: Buffer; summary: Summary; kept: KeptContent | null }> {
  if (rewriteOf === undefined) {
    const { plan, summary } = followupPlan(content);
    return { data: await writeXlsx(plan), summary, kept: null };
  }
  const rewrite = planRewrite(toRewrite(rewriteOf.loaded), content, rewriteOf.sameLayout === true);
  if (!rewrite.ok) throw keptContentRefusal(rewriteOf.ctx, rewriteOf.file, rewrite.problems);
  const { plan, summary, kept } = rewrite;
  return { data: await writeXlsx(plan, { source: rewriteOf.loaded.source, kept }), summary, kept };
}

export function rowCount(programme: Programme): number {
  return programme.areas.reduce((sum, a) => sum + a.rows.length, 0);
}
