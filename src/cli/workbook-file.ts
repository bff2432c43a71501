import { followupPlan, type PlanContent } from "../core/plan/followup-plan";
import type { Programme } from "../core/programme/schema";
import type { Summary } from "../core/summary/types";
import { writeXlsx } from "../files/xlsx-writer";

export type WorkbookContent = PlanContent;

/**
 * The .xlsx bytes of a follow-up workbook and the summary written into it. The workbook itself is
 * Swedish whatever language the command line speaks.
 */
export async function buildWorkbookFile(content: WorkbookContent): Promise<{ data: Buffer; summary: Summary }> {
  const { plan, summary } = followupPlan(content);
  return { data: await writeXlsx(plan), summary };
}

export function rowCount(programme: Programme): number {
  return programme.areas.reduce((sum, a) => sum + a.rows.length, 0);
}
