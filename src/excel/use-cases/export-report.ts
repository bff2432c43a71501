import { buildPrintSummaryPlan, buildReportModel, collectEntries, localIsoDay, summarise } from "../../core";
import type { Lang } from "../../core";
import { DOCX_MIME, XLSX_MIME } from "../files";
import type { RunState } from "../run";
import type { FileWriters, AddinFile } from "../service";
import { takeSnapshot } from "../snapshot";
import { requireFollowup } from "./read-state";

const NAMES: Readonly<Record<Lang, { report: string; summary: string }>> = {
  sv: { report: "Uppföljning {year} – rapport.docx", summary: "Uppföljning {year} – sammanfattning.xlsx" },
  en: { report: "Follow-up {year} – report.docx", summary: "Follow-up {year} – summary.xlsx" },
};

/**
 * The committee report as .docx, from the workbook as it stands (only read, so a closed year
 * exports too). The writer (the `docx` package) is loaded on first use, so the task pane's own
 * bundle stays small. Syncs: 2.
 */
export async function exportReport(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  now: Date,
  writers: FileWriters
): Promise<AddinFile> {
  const snapshot = await takeSnapshot(context, state);
  const { programme, meta } = requireFollowup(snapshot.read);
  const choices = snapshot.read.choices;
  const entries = collectEntries(snapshot.read, programme);
  const summary = summarise(programme, entries, { year: meta.year, choices });
  const model = buildReportModel(programme, summary, entries, choices, meta.year, lang, { date: localIsoDay(now) });
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
  const plan = buildPrintSummaryPlan(programme, summary, { year: meta.year, lang, choices });
  return {
    bytes: await writers.xlsx(plan),
    fileName: NAMES[lang].summary.replace("{year}", String(meta.year)),
    mimeType: XLSX_MIME,
  };
}
