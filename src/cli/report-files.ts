import type { Lang, ReportExtras, ReportModel, Summary } from "../core";
import { committeeReport, printSummaryPlan } from "../app/committee-report";
import { writeXlsx } from "../files/xlsx-writer";
import type { LoadedWorkbook } from "./load";

export interface ReportFiles {
  readonly model: ReportModel;
  readonly summary: Summary;
  readonly docx: Buffer;
  readonly printSummary: Buffer;
}

/** The committee report (.docx) and the print-ready summary (.xlsx) of a workbook as it stands. */
export async function buildReportFiles(loaded: LoadedWorkbook, lang: Lang, extras: ReportExtras): Promise<ReportFiles> {
  const { model, summary } = committeeReport(loaded, lang, extras);
  // docx is a megabyte of code that only export and demo need: loaded here, not at every start.
  const { writeDocxReport } = await import("../files/docx-report");
  const docx = await writeDocxReport(model);
  const printSummary = await writeXlsx(printSummaryPlan(loaded, lang, summary, extras.draftErrors ?? 0));
  return { model, summary, docx, printSummary };
}
