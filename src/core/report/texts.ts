import type { Lang } from "../lang";

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

export function reportLabels(lang: Lang, year: number): ReportLabels {
  return lang === "sv"
    ? {
        contents: "Innehåll",
        summary: "Sammanfattning",
        decision: "Förslag till beslut",
        decisionNote: "Utkast: beslutsformuleringen fastställs i tjänsteutlåtandet.",
        overallGoal: "Övergripande mål",
        assessmentPerArea: "Bedömning per område",
        overallAssessment: "Samlad bedömning",
        draftNote: "Utkast: samordnaren har ännu inte skrivit den samlade bedömningen, texten nedan är ett förslag.",
        suggested: "förslag",
        reason: "Skäl",
        deviations: "Större avvikelser",
        noDeviations:
          "Inga avvikelser har rapporterats: ingen aktivitet är försenad eller ej påbörjad, inget mål är bedömt som ej eller delvis i fas och ingen indikator har blivit sämre.",
        delmal: "Delmål",
        covers: "Omfattar",
        example: "exempeltext",
        assessment: "Bedömning",
        coordinatorText: "Samordnarens bedömning",
        goals: "Mål",
        done: `Genomfört under ${year}`,
        nothingDone: "Inget har rapporterats som genomfört under året.",
        activities: "Aktiviteter",
        indicators: "Indikatorer",
        keyFigures: "Nyckeltal",
        areas: "Ansvarsområden",
        guidelines: "Riktlinjer",
        appendix: "Bilaga: samtliga mål, aktiviteter och indikatorer",
        legend: "Teckenförklaring",
        activityChart: "Aktiviteternas status per område (andel av aktiviteterna)",
        chartValue: "Värde",
        notReported: "Ej rapporterad",
        none: "–",
        page: "Sida",
        of: "av",
        column: {
          id: "ID",
          area: "Område",
          assessment: "Bedömning",
          goals: "Mål",
          activities: "Aktiviteter",
          reported: "Rapporterat",
          goal: "Mål",
          activity: "Aktivitet",
          indicator: "Indikator",
          responsible: "Ansvarig",
          status: "Status",
          comment: "Kommentar",
          motivation: "Motivering/kommentar",
          lastYear: `Förra året (${year - 1})`,
          thisYear: `I år (${year})`,
          target: "Målvärde",
          trend: "Trend",
          type: "Typ",
          text: "Mål, aktivitet eller indikator",
          statusOrValue: "Status/värde",
          done: "Genomfört",
          deviation: "Avvikelse",
        },
      }
    : {
        contents: "Contents",
        summary: "Summary",
        decision: "Proposed decision",
        decisionNote: "Draft: the wording of the decision is settled in the official report.",
        overallGoal: "Overall goal",
        assessmentPerArea: "Assessment per area",
        overallAssessment: "Overall assessment",
        draftNote: "Draft: the coordinator has not written the overall assessment yet; the text below is a suggestion.",
        suggested: "suggested",
        reason: "Why",
        deviations: "Main deviations",
        noDeviations:
          "No deviations were reported: no activity is delayed or not started, no goal is assessed as not or partly on track and no indicator is worse.",
        delmal: "Sub-goal",
        covers: "Covers",
        example: "example text",
        assessment: "Assessment",
        coordinatorText: "The coordinator's assessment",
        goals: "Goals",
        done: `Done during ${year}`,
        nothingDone: "Nothing has been reported as done during the year.",
        activities: "Activities",
        indicators: "Indicators",
        keyFigures: "Key figures",
        areas: "Areas of responsibility",
        guidelines: "Guidelines",
        appendix: "Appendix: every goal, activity and indicator",
        legend: "Legend",
        activityChart: "Status of the activities per area (share of the activities)",
        chartValue: "Value",
        notReported: "Not reported",
        none: "–",
        page: "Page",
        of: "of",
        column: {
          id: "ID",
          area: "Area",
          assessment: "Assessment",
          goals: "Goals",
          activities: "Activities",
          reported: "Reported",
          goal: "Goal",
          activity: "Activity",
          indicator: "Indicator",
          responsible: "Responsible",
          status: "Status",
          comment: "Comment",
          motivation: "Motivation/comment",
          lastYear: `Last year (${year - 1})`,
          thisYear: `This year (${year})`,
          target: "Target",
          trend: "Trend",
          type: "Type",
          text: "Goal, activity or indicator",
          statusOrValue: "Status/value",
          done: "Done",
          deviation: "Deviation",
        },
      };
}

export interface SentenceContext {
  readonly programme: string;
  readonly year: number;
  readonly from: number;
  readonly to: number;
}

/** Sentences of the report, per language. */
export const SENTENCES: Readonly<
  Record<
    Lang,
    {
      readonly title: (c: SentenceContext) => string;
      readonly subtitle: (c: SentenceContext) => string;
      readonly pageHeader: (c: SentenceContext) => string;
      /** The draft decision, in the municipality's usual form (the attachment named as on the cover). */
      readonly decision: (c: SentenceContext, attachment: string) => string;
      readonly areasIntro: (count: string) => string;
      readonly scope: (c: SentenceContext) => string;
      readonly guidelinesScope: (names: string) => string;
      readonly reporting: (reported: string, rows: string, share: string) => string;
      readonly guidelinesIntro: (c: SentenceContext, names: string) => string;
      readonly appendixIntro: (c: SentenceContext) => string;
      readonly exampleNote: string;
      readonly programmeDnr: string;
      readonly dnr: string;
      readonly fields: {
        readonly programme: string;
        readonly period: string;
        readonly year: string;
        readonly adopted: string;
        readonly department: string;
        readonly date: string;
        readonly caseOfficer: string;
        readonly committee: string;
      };
      /** The tjänsteutlåtande's draft: its title and headings, and the attachment line. */
      readonly memo: {
        readonly title: (c: SentenceContext) => string;
        readonly draftNote: string;
        readonly decision: string;
        readonly summary: string;
        readonly description: string;
        readonly attachments: string;
        readonly attachmentLine: (attachment: string, title: string) => string;
      };
    }
  >
> = {
  sv: {
    title: (c) => `Uppföljning av ${c.programme} avseende ${c.year}`,
    subtitle: (c) => `Årlig uppföljning av arbetet under ${c.year}, programperiod ${c.from}–${c.to}`,
    pageHeader: (c) => `${c.programme} – uppföljning ${c.year}`,
    decision: (c, attachment) =>
      `Uppföljningen av ${c.programme} avseende ${c.year}, enligt ${attachment.toLowerCase()} till kommunstyrelsens tjänsteutlåtande, godkänns.`,
    areasIntro: (count) =>
      `Målet bryts ned i ett övergripande delmål för vart och ett av programmets ${count} ansvarsområden:`,
    scope: (c) =>
      `Programmets mål gäller för hela perioden ${c.from}–${c.to}. Den här uppföljningen tar bara upp det arbete som har genomförts under ${c.year} och som bidrar till de underliggande målen inom respektive ansvarsområde.`,
    guidelinesScope: (names) => `I uppföljningen ingår också den årliga uppföljningen av riktlinjerna om ${names}.`,
    reporting: (reported, rows, share) =>
      `${reported} av programmets ${rows} mål, aktiviteter och indikatorer är rapporterade (${share}).`,
    guidelinesIntro: (c, names) =>
      `Riktlinjerna om ${names} följs upp varje år tillsammans med programmet. Här redovisas arbetet under ${c.year} och riktlinjernas nyckeltal.`,
    appendixIntro: (c) =>
      `Samtliga mål, aktiviteter och indikatorer i uppföljningen ${c.year}, per område, med det som de ansvariga har rapporterat.`,
    exampleNote:
      "Rapporten innehåller exempeltexter ur mallen (markerade som exempeltext); ersätt dem med programmets lydelse.",
    programmeDnr: "Programmets dnr",
    dnr: "Dnr",
    fields: {
      programme: "Program",
      period: "Programperiod",
      year: "Uppföljningsår",
      adopted: "Antaget",
      department: "Förvaltning",
      date: "Tjänsteutlåtandets datum",
      caseOfficer: "Handläggare",
      committee: "Beslutande organ",
    },
    memo: {
      title: (c) => `Tjänsteutlåtande: Uppföljning av ${c.programme} avseende ${c.year}`,
      draftNote: "Utkast till tjänsteutlåtande, skapat av Programuppföljning. Granska och komplettera före beslut.",
      decision: "Förslag till beslut",
      summary: "Sammanfattning",
      description: "Beskrivning av ärendet",
      attachments: "Bilagor",
      attachmentLine: (attachment, title) => `${attachment}. ${title}`,
    },
  },
  en: {
    title: (c) => `Follow-up of ${c.programme} for ${c.year}`,
    subtitle: (c) => `Yearly follow-up of the work during ${c.year}, programme period ${c.from}–${c.to}`,
    pageHeader: (c) => `${c.programme} – follow-up ${c.year}`,
    decision: (c, attachment) =>
      `The follow-up of ${c.programme} for ${c.year}, as set out in ${attachment.toLowerCase()} to the municipal executive board's official report, is approved.`,
    areasIntro: (count) =>
      `The goal is broken down into one overarching sub-goal for each of the programme's ${count} areas of responsibility:`,
    scope: (c) =>
      `The programme's goals apply to the whole period ${c.from}–${c.to}. This follow-up covers only the work carried out during ${c.year} that contributes to the underlying goals of each area of responsibility.`,
    guidelinesScope: (names) => `The follow-up also includes the yearly follow-up of the guidelines on ${names}.`,
    reporting: (reported, rows, share) =>
      `${reported} of the programme's ${rows} goals, activities and indicators have been reported (${share}).`,
    guidelinesIntro: (c, names) =>
      `The guidelines on ${names} are followed up every year together with the programme. This part gives the work during ${c.year} and the guidelines' key figures.`,
    appendixIntro: (c) =>
      `Every goal, activity and indicator of the ${c.year} follow-up, per area, with what those responsible have reported.`,
    exampleNote:
      "The report holds example texts from the template (marked as example text); replace them with the programme's wording.",
    programmeDnr: "Programme reference (dnr)",
    dnr: "Reference (dnr)",
    fields: {
      programme: "Programme",
      period: "Programme period",
      year: "Follow-up year",
      adopted: "Adopted",
      department: "Department",
      date: "Date of the official report",
      caseOfficer: "Case officer",
      committee: "Deciding body",
    },
    memo: {
      title: (c) => `Official report: Follow-up of ${c.programme} for ${c.year}`,
      draftNote: "Draft official report, made by Programuppföljning. Review and complete it before the decision.",
      decision: "Proposed decision",
      summary: "Summary",
      description: "Description of the matter",
      attachments: "Attachments",
      attachmentLine: (attachment, title) => `${attachment}. ${title}`,
    },
  },
};

/** The attachment the report is, in the committee's papers. */
export const ATTACHMENT: Readonly<Record<Lang, string>> = { sv: "Bilaga 1", en: "Attachment 1" };
