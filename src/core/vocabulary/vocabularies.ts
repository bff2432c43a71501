/**
 * The three vocabularies as data. Each term has a Swedish label (what the sheet holds), an
 * English label (the English UI), a colour and a shape, so they read in black-and-white print
 * and for colour-blind readers (after Lund's practice: circle, diamond, square, triangle).
 */

export type Shape = "circle" | "diamond" | "square" | "triangle" | "cross" | "dash" | "arrowUp" | "arrowDown";

/** The character printed for a shape in cells, reports and the task pane. */
export const SHAPE_SYMBOL: Readonly<Record<Shape, string>> = {
  circle: "●",
  diamond: "◆",
  square: "■",
  triangle: "▲",
  cross: "✖",
  dash: "–",
  arrowUp: "↑",
  arrowDown: "↓",
};

export interface Term<Code extends string> {
  readonly code: Code;
  readonly sv: string;
  readonly en: string;
  /** Fill colour as RRGGBB, chosen to stay distinguishable in grey-scale print. */
  readonly colour: string;
  /** Font colour to use on top of `colour`. */
  readonly fontColour: string;
  readonly shape: Shape;
  /** A comment is required when a row has this term. */
  readonly requiresComment: boolean;
}

export type ActivityStatus = "done" | "ongoing" | "delayed" | "notStarted" | "dropped";
export type Assessment = "onTrack" | "partly" | "notOnTrack" | "cannotAssess";
export type Trend = "better" | "unchanged" | "worse" | "noData";

export const ACTIVITY_STATUS: readonly Term<ActivityStatus>[] = [
  {
    code: "done",
    sv: "Genomförd",
    en: "Completed",
    colour: "C6EFCE",
    fontColour: "006100",
    shape: "circle",
    requiresComment: false,
  },
  {
    code: "ongoing",
    sv: "Pågår",
    en: "In progress",
    colour: "DDEBF7",
    fontColour: "1F4E78",
    shape: "diamond",
    requiresComment: false,
  },
  {
    code: "delayed",
    sv: "Försenad",
    en: "Delayed",
    colour: "FFEB9C",
    fontColour: "9C5700",
    shape: "triangle",
    requiresComment: true,
  },
  {
    code: "notStarted",
    sv: "Ej påbörjad",
    en: "Not started",
    colour: "FFC7CE",
    fontColour: "9C0006",
    shape: "square",
    requiresComment: true,
  },
  {
    code: "dropped",
    sv: "Utgår",
    en: "Dropped",
    colour: "D9D9D9",
    fontColour: "404040",
    shape: "cross",
    requiresComment: true,
  },
];

export const ASSESSMENT: readonly Term<Assessment>[] = [
  {
    code: "onTrack",
    sv: "I fas",
    en: "On track",
    colour: "C6EFCE",
    fontColour: "006100",
    shape: "circle",
    requiresComment: false,
  },
  {
    code: "partly",
    sv: "Delvis i fas",
    en: "Partly on track",
    colour: "FFEB9C",
    fontColour: "9C5700",
    shape: "diamond",
    requiresComment: true,
  },
  {
    code: "notOnTrack",
    sv: "Ej i fas",
    en: "Not on track",
    colour: "FFC7CE",
    fontColour: "9C0006",
    shape: "square",
    requiresComment: true,
  },
  {
    code: "cannotAssess",
    sv: "Kan inte bedömas",
    en: "Cannot be assessed",
    colour: "D9D9D9",
    fontColour: "404040",
    shape: "triangle",
    requiresComment: true,
  },
];

/** Derived from the year's value against last year's and the direction; never typed. */
export const TREND: readonly Term<Trend>[] = [
  {
    code: "better",
    sv: "Bättre",
    en: "Better",
    colour: "C6EFCE",
    fontColour: "006100",
    shape: "arrowUp",
    requiresComment: false,
  },
  {
    code: "unchanged",
    sv: "Oförändrad",
    en: "Unchanged",
    colour: "DDEBF7",
    fontColour: "1F4E78",
    shape: "dash",
    requiresComment: false,
  },
  {
    code: "worse",
    sv: "Sämre",
    en: "Worse",
    colour: "FFC7CE",
    fontColour: "9C0006",
    shape: "arrowDown",
    requiresComment: true,
  },
  {
    code: "noData",
    sv: "Uppgift saknas",
    en: "No data",
    colour: "D9D9D9",
    fontColour: "404040",
    shape: "triangle",
    requiresComment: false,
  },
];

/** Swedish labels for "higher/lower is better" as they stand in the sheet. */
export const BETTER_WHEN_LABEL = {
  higher: { sv: "Högre", en: "Higher" },
  lower: { sv: "Lägre", en: "Lower" },
} as const;

/** Row type labels as they stand in the sheet's Typ column. */
export const ROW_TYPE_LABEL = {
  goal: { sv: "Mål", en: "Goal" },
  activity: { sv: "Aktivitet", en: "Activity" },
  indicator: { sv: "Indikator", en: "Indicator" },
} as const;

export type VocabularyName = "activityStatus" | "assessment" | "trend";

export const VOCABULARIES = {
  activityStatus: ACTIVITY_STATUS,
  assessment: ASSESSMENT,
  trend: TREND,
} as const;

/** Which vocabulary a row type's status column takes (indicators take none: their trend is derived). */
export const STATUS_VOCABULARY_FOR = {
  goal: "assessment",
  activity: "activityStatus",
  indicator: null,
} as const;

export function termByCode<C extends string>(terms: readonly Term<C>[], code: C): Term<C> {
  const term = terms.find((t) => t.code === code);
  if (term === undefined) {
    throw new Error(`unknown term ${code}`);
  }
  return term;
}

/** Exact lookup by the Swedish or English label, as typed in a cell. */
export function termByLabel<C extends string>(terms: readonly Term<C>[], label: string): Term<C> | undefined {
  return terms.find((t) => t.sv === label || t.en === label);
}

export function symbolOf(term: Term<string>): string {
  return SHAPE_SYMBOL[term.shape];
}
