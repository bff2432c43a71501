import { formatNumber } from "../summary/number-format";
import type { Lang } from "../lang";
import type { PhraseOf } from "../i18n/phrase";
import type { Programme } from "../programme/schema";
import type { CoordinatorChoices, RowEntry } from "../read/types";
import type { Summary } from "../summary/types";
import { ACTIVITY_STATUS, ASSESSMENT, TREND } from "../vocabulary/vocabularies";
import { appendixGroups } from "./appendix";
import { areaPart } from "./area-part";
import { reportTerm } from "./format";
import { summaryPart, listOf } from "./summary-part";
import { ATTACHMENT, reportLabels, sentences, type SentenceContext } from "./texts";
import { localIsoDay } from "../dates";
import type { ReportCover, ReportField, ReportLogo, ReportModel } from "./types";

/** What the report needs beyond the workbook: the follow-up's own details for the cover. */
export interface ReportExtras {
  /** The date on the cover, YYYY-MM-DD; today when left out. */
  readonly date?: string;
  /** The follow-up's own reference number; the programme's is shown (so labelled) when left out. */
  readonly dnr?: string | null;
  /** The department behind the report; the programme's first own department when left out. */
  readonly department?: string | null;
  /**
   * The errors the check finds when a draft is exported anyway: every page is then marked
   * "Utkast – kontrollen hittar N fel". Left out (or 0) for a report to hand over.
   */
  readonly draftErrors?: number;
  /** The case officer (handläggare), on the cover when given. */
  readonly caseOfficer?: string | null;
  /** The committee that decides on the follow-up, on the cover when given. */
  readonly committee?: string | null;
  /** The municipality's logo, on the cover when given. */
  readonly logo?: ReportLogo | null;
}

function today(): string {
  return localIsoDay(new Date());
}

function hasExamples(programme: Programme): boolean {
  const texts = [
    programme.name,
    programme.overallGoal,
    ...programme.areas.flatMap((a) => [a.name, a.delmal, a.covers, ...a.rows.map((r) => r.text)]),
  ];
  return texts.some((t) => t.provenance === "example");
}

function coverOf(
  programme: Programme,
  year: number,
  lang: Lang,
  extras: ReportExtras,
  c: SentenceContext
): ReportCover {
  const words = sentences(lang);
  const department =
    extras.department ?? programme.departments.find((d) => !d.external)?.name ?? programme.municipality;
  const fields: ReportField[] = [
    { label: words.fields.programme, value: programme.name.text },
    { label: words.fields.period, value: `${programme.period.from}–${programme.period.to}` },
    { label: words.fields.year, value: String(year) },
    { label: words.fields.adopted, value: `${programme.adopted.by} ${programme.adopted.date}` },
    extras.dnr === undefined || extras.dnr === null
      ? { label: words.programmeDnr, value: programme.dnr }
      : { label: words.dnr, value: extras.dnr },
    { label: words.fields.department, value: department },
    ...(extras.committee === undefined || extras.committee === null || extras.committee.trim() === ""
      ? []
      : [{ label: words.fields.committee, value: extras.committee.trim() }]),
    ...(extras.caseOfficer === undefined || extras.caseOfficer === null || extras.caseOfficer.trim() === ""
      ? []
      : [{ label: words.fields.caseOfficer, value: extras.caseOfficer.trim() }]),
    { label: words.fields.date, value: extras.date ?? today() },
  ];
  return {
    attachment: ATTACHMENT[lang],
    municipality: programme.municipality,
    title: words.title(c),
    subtitle: words.subtitle(c),
    fields,
    exampleNote: hasExamples(programme) ? words.exampleNote : null,
    logo: extras.logo ?? null,
  };
}

/**
 * The committee report of a follow-up year as plain data, in Swedish or English: the cover, the
 * summary (overall goal, areas, what the follow-up covers, assessments with their shapes and
 * counts, the overall assessment, the main deviations and a draft decision), one part per area,
 * the guidelines with their key figures, and an appendix with every row. Built from the same
 * summary the workbook shows, so the report and the summary sheet cannot disagree.
 */
export function buildReportModel(
  programme: Programme,
  summary: Summary,
  entries: readonly RowEntry[],
  choices: CoordinatorChoices,
  year: number,
  lang: Lang,
  extras: ReportExtras = {}
): ReportModel {
  const byId = new Map<string, RowEntry>();
  for (const e of entries) {
    if (!byId.has(e.rowId)) {
      byId.set(e.rowId, e);
    }
  }
  const sentence: SentenceContext = {
    programme: programme.name.text,
    year,
    from: programme.period.from,
    to: programme.period.to,
  };
  const words = sentences(lang);
  const parts = programme.areas.map((area) =>
    areaPart(
      area,
      summary.areas.find((a) => a.areaId === area.id),
      { entries: byId, choices, year, lang, period: programme.period }
    )
  );
  const guidelineNames = programme.areas.filter((a) => a.kind === "guideline").map((a) => a.name.text.toLowerCase());
  const labels = reportLabels(lang, year);
  return {
    lang,
    year,
    title: words.title(sentence),
    pageHeader: words.pageHeader(sentence),
    draftMark: draftMark(extras.draftErrors ?? 0, lang),
    labels,
    cover: coverOf(programme, year, lang, extras, sentence),
    summary: summaryPart({ programme, summary, entries: byId, choices, sentence, attachment: ATTACHMENT[lang], lang }),
    areas: parts.filter((p) => p.kind === "area"),
    guidelines: {
      intro: guidelineNames.length === 0 ? "" : words.guidelinesIntro(sentence, listOf(guidelineNames, lang)),
      parts: parts.filter((p) => p.kind === "guideline"),
    },
    appendix: { intro: words.appendixIntro(sentence), groups: appendixGroups(programme, summary, byId, lang) },
    legend: [
      { label: labels.column.assessment, terms: ASSESSMENT.map((t) => reportTerm(t, lang)) },
      { label: labels.column.status, terms: ACTIVITY_STATUS.map((t) => reportTerm(t, lang)) },
      { label: labels.column.trend, terms: TREND.map((t) => reportTerm(t, lang)) },
    ],
  };
}

const DRAFT_MARK: PhraseOf<number> = {
  sv: (errors) => `Utkast – kontrollen hittar ${formatNumber(errors, "sv")} fel`,
  en: (errors) => `Draft – the check finds ${formatNumber(errors, "en")} ${errors === 1 ? "error" : "errors"}`,
};

/** "Utkast – kontrollen hittar 3 fel" on every page of a draft; null for a report to hand over. */
export function draftMark(errors: number, lang: Lang): string | null {
  if (errors <= 0) {
    return null;
  }
  return DRAFT_MARK[lang](errors);
}
