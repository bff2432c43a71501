import { localIsoDay } from "../../core";
import type { Lang } from "../../core";
import {
  checkErrorCount,
  committeeReport,
  printSummaryPlan,
  summaryAsItStands,
  type FollowupAsRead,
} from "../../app/committee-report";
import { fileName } from "../../app/file-names";
import type { AddinFile, FileWriters, ReportCover } from "../../app/service";
import { DOCX_MIME, XLSX_MIME } from "../files";
import type { RunState } from "../run";
import { takeSnapshot } from "../snapshot";
import { requireFollowup } from "./read-state";

/** The workbook in Excel as the application layer reads it (only read, so a closed year exports too). */
async function followupAsRead(context: Excel.RequestContext, state: RunState): Promise<FollowupAsRead> {
  const snapshot = await takeSnapshot(context, state);
  const { programme, meta } = requireFollowup(snapshot.read);
  return { read: snapshot.read, programme, year: meta.year };
}

/**
 * The committee report as .docx, from the workbook as it stands; while the check finds errors,
 * every page says "Utkast – kontrollen hittar N fel", as the command line's `export --draft`. The
 * writer (the `docx` package) is lent by the task pane and loaded on first use. Syncs: 2.
 */
export async function exportReport(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  now: Date,
  writers: FileWriters,
  cover?: ReportCover
): Promise<AddinFile> {
  const source = await followupAsRead(context, state);
  const { model } = committeeReport(source, lang, {
    date: cover?.date ?? localIsoDay(now),
    dnr: cover?.dnr ?? null,
    caseOfficer: cover?.caseOfficer ?? null,
    committee: cover?.committee ?? null,
    logo: cover?.logo ?? null,
    draftErrors: checkErrorCount(source),
  });
  return {
    bytes: await writers.docx(model),
    fileName: fileName("report", lang, { year: source.year }),
    mimeType: DOCX_MIME,
  };
}

/** The print-ready summary (A4, fit to width, print titles) as .xlsx bytes. Syncs: 2. */
export async function printSummaryFile(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  writers: FileWriters
): Promise<AddinFile> {
  const source = await followupAsRead(context, state);
  const plan = printSummaryPlan(source, lang, summaryAsItStands(source), checkErrorCount(source));
  return {
    bytes: await writers.xlsx(plan),
    fileName: fileName("summary", lang, { year: source.year }),
    mimeType: XLSX_MIME,
  };
}
