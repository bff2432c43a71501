import { buildPrintSummaryPlan, buildReportModel, collectEntries } from "../core";
import type { Lang, ReportExtras, ReportModel, Summary } from "../core";
import { writeXlsx } from "../files/xlsx-writer";
import type { LoadedWorkbook } from "./load";
import { summaryOf } from "./summary";

export interface ReportFiles {
  readonly model: ReportModel;
  readonly summary: Summary;
  readonly docx: Buffer;
  readonly printSummary: Buffer;
}

/** The committee report (.docx) and the print-ready summary (.xlsx) of a workbook as it stands. */
export async function buildReportFiles(loaded: LoadedWorkbook, lang: Lang, extras: ReportExtras): Promise<ReportFiles> {
  const { read, programme, year } = loaded;
  const entries = collectEntries(read, programme);
  const summary = summaryOf(loaded);
  const model = buildReportModel(programme, summary, entries, read.choices, year, lang, extras);
  // docx is a megabyte of code that only export and demo need: loaded here, not at every start.
  const { writeDocxReport } = await import("../files/docx-report");
  const docx = await writeDocxReport(model);
  const printSummary = await writeXlsx(
    buildPrintSummaryPlan(programme, summary, {
      year,
      lang,
      choices: read.choices,
      draftMark: model.draftMark,
    })
  );
  return { model, summary, docx, printSummary };
}
