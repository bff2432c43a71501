import { buildPrintSummaryPlan, buildReportModel, checkWorkbook, collectEntries, draftMark, summarise } from "../core";
import type { Lang, Programme, ReportExtras, ReportModel, Summary, WorkbookPlan, WorkbookRead } from "../core";

/**
 * What goes to the committee, made the same way whether the workbook was read from a file (the
 * command line's `export`) or from Excel (the task pane's Rapport och årsskifte): the report as
 * a model for the .docx writer and the print-ready summary as a plan for the .xlsx writer. The
 * callers only read the workbook and write the bytes.
 */

/** A follow-up workbook as read, with the programme it carries and its year. */
export interface FollowupAsRead {
  readonly read: WorkbookRead;
  readonly programme: Programme;
  readonly year: number;
}

/** The check's errors: a report of a workbook that has them is a draft, marked so on every page. */
export function checkErrorCount(source: FollowupAsRead): number {
  return checkWorkbook(source.read, source.programme).filter((f) => f.severity === "error").length;
}

/** The summary of the rows as they stand, with the coordinator's choices. */
export function summaryAsItStands(source: FollowupAsRead): Summary {
  return summarise(source.programme, collectEntries(source.read, source.programme), {
    year: source.year,
    choices: source.read.choices,
  });
}

/** The committee report as a model (cover, summary, one part per area). */
export function committeeReport(
  source: FollowupAsRead,
  lang: Lang,
  extras: ReportExtras
): { readonly model: ReportModel; readonly summary: Summary } {
  const entries = collectEntries(source.read, source.programme);
  const summary = summaryAsItStands(source);
  const model = buildReportModel(source.programme, summary, entries, source.read.choices, source.year, lang, extras);
  return { model, summary };
}

/** The print-ready summary (A4, fit to width, print titles); a draft while the check finds errors. */
export function printSummaryPlan(source: FollowupAsRead, lang: Lang, summary: Summary, errors: number): WorkbookPlan {
  return buildPrintSummaryPlan(source.programme, summary, {
    year: source.year,
    lang,
    choices: source.read.choices,
    draftMark: draftMark(errors, lang),
  });
}
