import type { Lang } from "../lang";
import { inLanguage, type Phrase, type PhraseTable } from "../i18n/phrase";

/**
 * The fixed words of the committee report, in Swedish and English. Sentences that carry figures
 * are functions, so the two languages stay side by side.
 */
export interface ReportLabels {
  readonly contents: string;
  readonly summary: string;
  readonly decision: string;
  readonly decisionNote: string;
  readonly overallGoal: string;
  readonly assessmentPerArea: string;
  readonly overallAssessment: string;
  readonly draftNote: string;
  readonly suggested: string;
  readonly reason: string;
  readonly deviations: string;
  readonly noDeviations: string;
  readonly delmal: string;
  readonly covers: string;
  readonly example: string;
  readonly assessment: string;
  readonly coordinatorText: string;
  readonly goals: string;
  readonly done: string;
  readonly nothingDone: string;
  readonly activities: string;
  readonly indicators: string;
  readonly keyFigures: string;
  readonly areas: string;
  readonly guidelines: string;
  readonly appendix: string;
  readonly legend: string;
  /** The title of the chart of the activities' status per area. */
  readonly activityChart: string;
  /** The series of an indicator's values in its chart. */
  readonly chartValue: string;
  readonly notReported: string;
  readonly none: string;
  readonly page: string;
  readonly of: string;
  readonly column: {
    readonly id: string;
    readonly area: string;
    readonly assessment: string;
    readonly goals: string;
    readonly activities: string;
    readonly reported: string;
    readonly goal: string;
    readonly activity: string;
    readonly indicator: string;
    readonly responsible: string;
    readonly status: string;
    readonly comment: string;
    readonly motivation: string;
    readonly lastYear: string;
    readonly thisYear: string;
    readonly target: string;
    readonly trend: string;
    readonly type: string;
    readonly text: string;
    readonly statusOrValue: string;
    readonly done: string;
    readonly deviation: string;
  };
}

/** The report's fixed words, but for the headers of its tables; `done` names the follow-up year. */
const REPORT_LABELS = {
  contents: { sv: "Innehåll", en: "Contents" },
  summary: { sv: "Sammanfattning", en: "Summary" },
  decision: { sv: "Förslag till beslut", en: "Proposed decision" },
  decisionNote: {
    sv: "Utkast: beslutsformuleringen fastställs i tjänsteutlåtandet.",
    en: "Draft: the wording of the decision is settled in the official report.",
  },
  overallGoal: { sv: "Övergripande mål", en: "Overall goal" },
  assessmentPerArea: { sv: "Bedömning per område", en: "Assessment per area" },
  overallAssessment: { sv: "Samlad bedömning", en: "Overall assessment" },
  draftNote: {
    sv: "Utkast: samordnaren har ännu inte skrivit den samlade bedömningen, texten nedan är ett förslag.",
    en: "Draft: the coordinator has not written the overall assessment yet; the text below is a suggestion.",
  },
  suggested: { sv: "förslag", en: "suggested" },
  reason: { sv: "Skäl", en: "Why" },
  deviations: { sv: "Större avvikelser", en: "Main deviations" },
  noDeviations: {
    sv: "Inga avvikelser har rapporterats: ingen aktivitet är försenad eller ej påbörjad, inget mål är bedömt som ej eller delvis i fas och ingen indikator har blivit sämre.",
    en: "No deviations were reported: no activity is delayed or not started, no goal is assessed as not or partly on track and no indicator is worse.",
  },
  delmal: { sv: "Delmål", en: "Sub-goal" },
  covers: { sv: "Omfattar", en: "Covers" },
  example: { sv: "exempeltext", en: "example text" },
  assessment: { sv: "Bedömning", en: "Assessment" },
  coordinatorText: { sv: "Samordnarens bedömning", en: "The coordinator's assessment" },
  goals: { sv: "Mål", en: "Goals" },
  done: { sv: (year: number) => `Genomfört under ${year}`, en: (year: number) => `Done during ${year}` },
  nothingDone: {
    sv: "Inget har rapporterats som genomfört under året.",
    en: "Nothing has been reported as done during the year.",
  },
  activities: { sv: "Aktiviteter", en: "Activities" },
  indicators: { sv: "Indikatorer", en: "Indicators" },
  keyFigures: { sv: "Nyckeltal", en: "Key figures" },
  areas: { sv: "Ansvarsområden", en: "Areas of responsibility" },
  guidelines: { sv: "Riktlinjer", en: "Guidelines" },
  appendix: {
    sv: "Bilaga: samtliga mål, aktiviteter och indikatorer",
    en: "Appendix: every goal, activity and indicator",
  },
  legend: { sv: "Teckenförklaring", en: "Legend" },
  activityChart: {
    sv: "Aktiviteternas status per område (andel av aktiviteterna)",
    en: "Status of the activities per area (share of the activities)",
  },
  chartValue: { sv: "Värde", en: "Value" },
  notReported: { sv: "Ej rapporterad", en: "Not reported" },
  none: { sv: "–", en: "–" },
  page: { sv: "Sida", en: "Page" },
  of: { sv: "av", en: "of" },
} as const satisfies PhraseTable;

/** The headers of the report's tables; two name the follow-up year and the year before. */
const REPORT_COLUMNS = {
  id: { sv: "ID", en: "ID" },
  area: { sv: "Område", en: "Area" },
  assessment: { sv: "Bedömning", en: "Assessment" },
  goals: { sv: "Mål", en: "Goals" },
  activities: { sv: "Aktiviteter", en: "Activities" },
  reported: { sv: "Rapporterat", en: "Reported" },
  goal: { sv: "Mål", en: "Goal" },
  activity: { sv: "Aktivitet", en: "Activity" },
  indicator: { sv: "Indikator", en: "Indicator" },
  responsible: { sv: "Ansvarig", en: "Responsible" },
  status: { sv: "Status", en: "Status" },
  comment: { sv: "Kommentar", en: "Comment" },
  motivation: { sv: "Motivering/kommentar", en: "Motivation/comment" },
  lastYear: { sv: (year: number) => `Förra året (${year - 1})`, en: (year: number) => `Last year (${year - 1})` },
  thisYear: { sv: (year: number) => `I år (${year})`, en: (year: number) => `This year (${year})` },
  target: { sv: "Målvärde", en: "Target" },
  trend: { sv: "Trend", en: "Trend" },
  type: { sv: "Typ", en: "Type" },
  text: { sv: "Mål, aktivitet eller indikator", en: "Goal, activity or indicator" },
  statusOrValue: { sv: "Status/värde", en: "Status/value" },
  done: { sv: "Genomfört", en: "Done" },
  deviation: { sv: "Avvikelse", en: "Deviation" },
} as const satisfies PhraseTable;

/** The labels in one language, those that name a year given the follow-up year. */
export function reportLabels(lang: Lang, year: number): ReportLabels {
  const labels = inLanguage(REPORT_LABELS, lang);
  const columns = inLanguage(REPORT_COLUMNS, lang);
  return {
    ...labels,
    done: labels.done(year),
    column: { ...columns, lastYear: columns.lastYear(year), thisYear: columns.thisYear(year) },
  };
}

export interface SentenceContext {
  readonly programme: string;
  readonly year: number;
  readonly from: number;
  readonly to: number;
}

/** Sentences of the report; those that name the programme or its years take a SentenceContext. */
export const SENTENCES = {
  title: {
    sv: (c: SentenceContext) => `Uppföljning av ${c.programme} avseende ${c.year}`,
    en: (c: SentenceContext) => `Follow-up of ${c.programme} for ${c.year}`,
  },
  subtitle: {
    sv: (c: SentenceContext) => `Årlig uppföljning av arbetet under ${c.year}, programperiod ${c.from}–${c.to}`,
    en: (c: SentenceContext) => `Yearly follow-up of the work during ${c.year}, programme period ${c.from}–${c.to}`,
  },
  pageHeader: {
    sv: (c: SentenceContext) => `${c.programme} – uppföljning ${c.year}`,
    en: (c: SentenceContext) => `${c.programme} – follow-up ${c.year}`,
  },
  /** The draft decision, in the municipality's usual form (the attachment named as on the cover). */
  decision: {
    sv: (c: SentenceContext, attachment: string) =>
      `Uppföljningen av ${c.programme} avseende ${c.year}, enligt ${attachment.toLowerCase()} till kommunstyrelsens tjänsteutlåtande, godkänns.`,
    en: (c: SentenceContext, attachment: string) =>
      `The follow-up of ${c.programme} for ${c.year}, as set out in ${attachment.toLowerCase()} to the municipal executive board's official report, is approved.`,
  },
  areasIntro: {
    sv: (count: string) =>
      `Målet bryts ned i ett övergripande delmål för vart och ett av programmets ${count} ansvarsområden:`,
    en: (count: string) =>
      `The goal is broken down into one overarching sub-goal for each of the programme's ${count} areas of responsibility:`,
  },
  scope: {
    sv: (c: SentenceContext) =>
      `Programmets mål gäller för hela perioden ${c.from}–${c.to}. Den här uppföljningen tar bara upp det arbete som har genomförts under ${c.year} och som bidrar till de underliggande målen inom respektive ansvarsområde.`,
    en: (c: SentenceContext) =>
      `The programme's goals apply to the whole period ${c.from}–${c.to}. This follow-up covers only the work carried out during ${c.year} that contributes to the underlying goals of each area of responsibility.`,
  },
  guidelinesScope: {
    sv: (names: string) => `I uppföljningen ingår också den årliga uppföljningen av riktlinjerna om ${names}.`,
    en: (names: string) => `The follow-up also includes the yearly follow-up of the guidelines on ${names}.`,
  },
  reporting: {
    sv: (reported: string, rows: string, share: string) =>
      `${reported} av programmets ${rows} mål, aktiviteter och indikatorer är rapporterade (${share}).`,
    en: (reported: string, rows: string, share: string) =>
      `${reported} of the programme's ${rows} goals, activities and indicators have been reported (${share}).`,
  },
  guidelinesIntro: {
    sv: (c: SentenceContext, names: string) =>
      `Riktlinjerna om ${names} följs upp varje år tillsammans med programmet. Här redovisas arbetet under ${c.year} och riktlinjernas nyckeltal.`,
    en: (c: SentenceContext, names: string) =>
      `The guidelines on ${names} are followed up every year together with the programme. This part gives the work during ${c.year} and the guidelines' key figures.`,
  },
  appendixIntro: {
    sv: (c: SentenceContext) =>
      `Samtliga mål, aktiviteter och indikatorer i uppföljningen ${c.year}, per område, med det som de ansvariga har rapporterat.`,
    en: (c: SentenceContext) =>
      `Every goal, activity and indicator of the ${c.year} follow-up, per area, with what those responsible have reported.`,
  },
  exampleNote: {
    sv: "Rapporten innehåller exempeltexter ur mallen (markerade som exempeltext); ersätt dem med programmets lydelse.",
    en: "The report holds example texts from the template (marked as example text); replace them with the programme's wording.",
  },
  programmeDnr: { sv: "Programmets dnr", en: "Programme reference (dnr)" },
  dnr: { sv: "Dnr", en: "Reference (dnr)" },
} as const satisfies PhraseTable;

/** The labels of the cover's fields. */
const REPORT_FIELDS = {
  programme: { sv: "Program", en: "Programme" },
  period: { sv: "Programperiod", en: "Programme period" },
  year: { sv: "Uppföljningsår", en: "Follow-up year" },
  adopted: { sv: "Antaget", en: "Adopted" },
  department: { sv: "Förvaltning", en: "Department" },
  date: { sv: "Tjänsteutlåtandets datum", en: "Date of the official report" },
  caseOfficer: { sv: "Handläggare", en: "Case officer" },
  committee: { sv: "Beslutande organ", en: "Deciding body" },
} as const satisfies PhraseTable;

/** The tjänsteutlåtande's draft: its title and headings, and the attachment line. */
const MEMO = {
  title: {
    sv: (c: SentenceContext) => `Tjänsteutlåtande: Uppföljning av ${c.programme} avseende ${c.year}`,
    en: (c: SentenceContext) => `Official report: Follow-up of ${c.programme} for ${c.year}`,
  },
  draftNote: {
    sv: "Utkast till tjänsteutlåtande, skapat av Programuppföljning. Granska och komplettera före beslut.",
    en: "Draft official report, made by Programuppföljning. Review and complete it before the decision.",
  },
  decision: { sv: "Förslag till beslut", en: "Proposed decision" },
  summary: { sv: "Sammanfattning", en: "Summary" },
  description: { sv: "Beskrivning av ärendet", en: "Description of the matter" },
  attachments: { sv: "Bilagor", en: "Attachments" },
  attachmentLine: {
    sv: (attachment: string, title: string) => `${attachment}. ${title}`,
    en: (attachment: string, title: string) => `${attachment}. ${title}`,
  },
} as const satisfies PhraseTable;

/**
 * The report's sentences in one language, the cover's field labels and the memo's words under
 * `fields` and `memo`: the tables are kept apart because their names overlap (title, decision).
 */
export function sentences(lang: Lang) {
  return { ...inLanguage(SENTENCES, lang), fields: inLanguage(REPORT_FIELDS, lang), memo: inLanguage(MEMO, lang) };
}

/** The attachment the report is, in the committee's papers. */
export const ATTACHMENT: Phrase = { sv: "Bilaga 1", en: "Attachment 1" };
