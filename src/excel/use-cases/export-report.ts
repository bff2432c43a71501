import {
  buildPrintSummaryPlan,
  buildReportModel,
  checkWorkbook,
  collectEntries,
  draftMark,
  localIsoDay,
  summarise,
} from "../../core";
import type { Lang, Programme } from "../../core";
import { DOCX_MIME, XLSX_MIME } from "../files";
import type { RunState } from "../run";
import type { FileWriters, AddinFile, ReportCover } from "../service";
import { takeSnapshot, type Snapshot } from "../snapshot";
import { requireFollowup } from "./read-state";

const NAMES: Readonly<Record<Lang, { report: string; summary: string }>> = {
  sv: { report: "Uppföljning {year} – rapport.docx", summary: "Uppföljning {year} – sammanfattning.xlsx" },
  en: { report: "Follow-up {year} – report.docx", summary: "Follow-up {year} – summary.xlsx" },
};

/** The check's errors: a report of a workbook that has them is a draft, marked so on every page. */
function errorsIn(snapshot: Snapshot, programme: Programme): number {
  return checkWorkbook(snapshot.read, programme).filter((f) => f.severity === "error").length;
}

/**
 * The committee report as .docx, from the workbook as it stands (only read, so a closed year
 * exports too); while the check finds errors, every page says "Utkast – kontrollen hittar N fel",
 * as the command line's `export --draft`. The writer (the `docx` package) is loaded on first use, so the task pane's own
 * bundle stays small. Syncs: 2.
 */
export async function exportReport(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  now: Date,
  writers: FileWriters,
  cover?: ReportCover
): Promise<AddinFile> {
  const snapshot = await takeSnapshot(context, state);
  const { programme, meta } = requireFollowup(snapshot.read);
  const choices = snapshot.read.choices;
  const entries = collectEntries(snapshot.read, programme);
  const summary = summarise(programme, entries, { year: meta.year, choices });
  const model = buildReportModel(programme, summary, entries, choices, meta.year, lang, {
    date: cover?.date ?? localIsoDay(now),
    dnr: cover?.dnr ?? null,
    caseOfficer: cover?.caseOfficer ?? null,
    committee: cover?.committee ?? null,
    logo: cover?.logo ?? null,
    draftErrors: errorsIn(snapshot, programme),
  });
  return {
    bytes: await writers.docx(model),
    fileName: NAMES[lang].report.replace("{year}", String(meta.year)),
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
  const snapshot = await takeSnapshot(context, state);
  const { programme, meta } = requireFollowup(snapshot.read);
  const choices = snapshot.read.choices;
  const summary = summarise(programme, collectEntries(snapshot.read, programme), { year: meta.year, choices });
  const plan = buildPrintSummaryPlan(programme, summary, {
    year: meta.year,
    lang,
    choices,
    draftMark: draftMark(errorsIn(snapshot, programme), lang),
  });
  return {
    bytes: await writers.xlsx(plan),
    fileName: NAMES[lang].summary.replace("{year}", String(meta.year)),
    mimeType: XLSX_MIME,
  };
}
