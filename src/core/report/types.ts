import type { Lang } from "../lang";
import type { ReportLabels } from "./texts";

/**
 * The committee report as plain data: every text already in the report's language, every
 * assessment with its shape and colours. The .docx writer only lays it out; what the report says
 * is decided here, where it can be tested without Word.
 */

/** A status, assessment or trend as printed: shape and label, with its colours. */
export interface ReportTerm {
  readonly code: string;
  readonly symbol: string;
  readonly label: string;
  /** Fill colour RRGGBB. */
  readonly colour: string;
  readonly fontColour: string;
}

export interface ReportField {
  readonly label: string;
  readonly value: string;
}

/** A programme text, marked when it is an example from the template rather than adopted wording. */
export interface ReportText {
  readonly text: string;
  readonly example: boolean;
}

export interface ReportCover {
  /** "Bilaga 1". */
  readonly attachment: string;
  readonly municipality: string;
  readonly title: string;
  readonly subtitle: string;
  readonly fields: readonly ReportField[];
  /** Said when the report holds example texts from the template; null when it holds none. */
  readonly exampleNote: string | null;
  readonly logo: ReportLogo | null;
}

/** An image for the cover: its bytes and kind, as the file that holds it says. */
export interface ReportLogo {
  readonly data: Uint8Array;
  readonly type: "png" | "jpg";
}

/**
 * The tjänsteutlåtande's draft, a document of its own beside the report (bilaga 1): the proposed
 * decision, a summary, a description of the matter and the attachments.
 */
export interface DecisionMemo {
  readonly title: string;
  readonly draftNote: string;
  readonly fields: readonly ReportField[];
  readonly sections: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[];
}

/** The assessment of an area or of the programme: the coordinator's, else the suggestion (marked). */
export interface AssessmentLine {
  readonly term: ReportTerm;
  readonly source: "chosen" | "suggested";
  /** Why the assessment is suggested, in words. */
  readonly reason: string;
  /** The coordinator's text, if any. */
  readonly text: string | null;
}

export interface TermCount {
  readonly term: ReportTerm;
  readonly count: number;
}

export interface AreaAssessmentRow {
  readonly areaId: string;
  readonly kind: "area" | "guideline";
  readonly name: string;
  readonly assessment: AssessmentLine;
  /** Every term of the vocabulary, zero counts included. */
  readonly goals: readonly TermCount[];
  readonly activities: readonly TermCount[];
  readonly reported: number;
  readonly rows: number;
}

export type DeviationKind = "activity" | "goal" | "indicator";

/** A delayed or not started activity, a goal not on track, an indicator worse than last year. */
export interface Deviation {
  readonly kind: DeviationKind;
  readonly rowId: string;
  readonly areaId: string;
  readonly areaName: string;
  readonly text: string;
  readonly term: ReportTerm;
  readonly comment: string | null;
  /** For an indicator: last year's value against this year's. */
  readonly detail: string | null;
}

export interface OverallPart {
  readonly term: ReportTerm;
  readonly source: "chosen" | "suggested";
  readonly reason: string;
  /** The coordinator's text; else the drafted text, then `isDraft`. */
  readonly text: string;
  readonly isDraft: boolean;
}

export interface SummaryPart {
  /** The draft "Förslag till beslut" line, in the municipality's usual form. */
  readonly decision: string;
  readonly overallGoal: ReportText;
  readonly areasIntro: string;
  /** "1) Trygghetsskapande och brottsförebyggande arbete", areas only. */
  readonly areaList: readonly string[];
  /** The goals hold for the whole period; the follow-up covers only the year's work. */
  readonly scope: string;
  /** That the guidelines are followed up too; null for a programme without guidelines. */
  readonly guidelinesScope: string | null;
  readonly reporting: string;
  readonly assessments: readonly AreaAssessmentRow[];
  readonly overall: OverallPart;
  readonly deviations: readonly Deviation[];
}

export interface GoalItem {
  readonly rowId: string;
  readonly text: string;
  /** The row's text is an example from the template, not the adopted wording. */
  readonly example?: boolean;
  /** Null when not reported. */
  readonly term: ReportTerm | null;
  readonly comment: string | null;
}

export interface ActivityItem {
  readonly rowId: string;
  readonly text: string;
  /** The row's text is an example from the template, not the adopted wording. */
  readonly example?: boolean;
  readonly department: string;
  readonly term: ReportTerm | null;
  readonly comment: string | null;
}

/** An area's "Genomfört under året" as the committee reads it. */
export interface DonePart {
  /** The coordinator's text, or, where none was written, the draft from the departments' rows (by goal). */
  readonly paragraphs: readonly string[];
  readonly source: "coordinator" | "draft";
}

export interface IndicatorItem {
  readonly rowId: string;
  readonly text: string;
  /** The row's text is an example from the template, not the adopted wording. */
  readonly example?: boolean;
  readonly lastYear: string;
  readonly value: string;
  readonly target: string;
  readonly trend: ReportTerm;
  readonly comment: string | null;
  /** The indicator over the programme period, for its chart. */
  readonly period: IndicatorPeriod;
}

/** An indicator's values year by year over the programme period, and its target. */
export interface IndicatorPeriod {
  readonly unit: string;
  readonly years: readonly number[];
  /** One per year: known values (the history, last year's, this year's); null for a year not yet reported. */
  readonly values: readonly (number | null)[];
  readonly target: number | null;
}

/** An indicator of a guideline in one sentence: the year's value against last year, baseline and target. */
export interface KeyFigure {
  readonly rowId: string;
  readonly text: string;
  readonly figures: string;
}

export interface AreaPart {
  readonly areaId: string;
  readonly kind: "area" | "guideline";
  /** "1 Trygghetsskapande och brottsförebyggande arbete". */
  readonly title: string;
  readonly delmal: ReportText;
  readonly covers: ReportText;
  readonly assessment: AssessmentLine;
  readonly goals: readonly GoalItem[];
  readonly done: DonePart;
  readonly activities: readonly ActivityItem[];
  readonly indicators: readonly IndicatorItem[];
  /** Guidelines only (empty for an area). */
  readonly keyFigures: readonly KeyFigure[];
}

export interface AppendixRow {
  readonly rowId: string;
  readonly type: string;
  readonly text: string;
  readonly department: string;
  /** The status or assessment label with its shape, or the indicator's value; "–" when not reported. */
  readonly status: string;
  readonly term: ReportTerm | null;
  readonly done: string;
  readonly comment: string;
}

export interface AppendixGroup {
  readonly areaId: string;
  readonly title: string;
  readonly rows: readonly AppendixRow[];
}

export interface LegendLine {
  readonly label: string;
  readonly terms: readonly ReportTerm[];
}

export interface ReportModel {
  readonly lang: Lang;
  readonly year: number;
  /** The document's title, also its metadata title. */
  readonly title: string;
  /** The running header on every page but the cover. */
  readonly pageHeader: string;
  /** On every page, the cover's too, when the report is a draft the check finds errors in. */
  readonly draftMark: string | null;
  readonly labels: ReportLabels;
  readonly cover: ReportCover;
  readonly summary: SummaryPart;
  readonly areas: readonly AreaPart[];
  readonly guidelines: { readonly intro: string; readonly parts: readonly AreaPart[] };
  readonly appendix: { readonly intro: string; readonly groups: readonly AppendixGroup[] };
  readonly legend: readonly LegendLine[];
}
