import type { Assessment, Trend } from "../vocabulary/vocabularies";

/** Counts of each code of a vocabulary, plus rows not reported. */
export type Counts = Readonly<Record<string, number>>;

export interface Suggestion {
  readonly assessment: Assessment;
  /** Why, as a message key and parameters (rendered in the user's language). */
  readonly reasonKey: string;
  readonly reasonParams: Readonly<Record<string, string | number>>;
}

export interface IndicatorSummary {
  readonly rowId: string;
  readonly areaId: string;
  readonly value: number | null;
  readonly lastYear: number | null;
  readonly target: number | null;
  readonly unit: string;
  readonly trend: Trend;
  /** Whether this year's value meets the target; null without target or value. */
  readonly meetsTarget: boolean | null;
  // Optional so hand-built fixtures elsewhere still compile; summarise always sets them:
  readonly betterWhen?: "higher" | "lower";
  /** The programme's baseline (e.g. the 2018–2019 average), if any. */
  readonly baseline?: number | null;
  /** (value − baseline) / baseline, e.g. −0.52 for a cost cut by 52 %; null without value or a non-zero baseline. */
  readonly changeFromBaseline?: number | null;
  /** A worse value changes the area's suggestion (the programme says so); otherwise it informs. */
  readonly decisive?: boolean;
  /** The part of the year last year's value covers when not the whole year ("januari–november"). */
  readonly lastYearPeriod?: string | null;
  /** This year is one of the baseline's years: its value makes the baseline and is not judged against the target. */
  readonly baselineYear?: boolean;
}

export interface AreaSummary {
  readonly areaId: string;
  readonly kind: "area" | "guideline";
  readonly name: string;
  /** Activity status counts by code ("done", …) and "unreported". */
  readonly activities: Counts;
  /** Goal assessment counts by code and "unreported". */
  readonly goals: Counts;
  readonly indicators: readonly IndicatorSummary[];
  readonly rows: number;
  readonly reported: number;
  /** Share of assessed rows (goals and activities with a status) that are on track; null if none. */
  readonly shareOnTrack: number | null;
  // Optional for hand-built fixtures; summarise always sets them:
  /** Goals and activities counted in shareOnTrack (the denominator) and those on track (the numerator). */
  readonly assessed?: number;
  readonly onTrack?: number;
  readonly suggestion: Suggestion;
  /** The coordinator's choice if made, else null: the suggestion never replaces it. */
  readonly chosen: Assessment | null;
  readonly text: string | null;
  // Optional for hand-built fixtures; summarise always sets them:
  /** The coordinator's "Genomfört under året" for the committee, or null when not written. */
  readonly done?: string | null;
  /** A first version of it from the departments' rows, grouped by goal (summary/done-draft). */
  readonly doneDraft?: string;
}

export interface DepartmentProgress {
  readonly department: string;
  readonly owned: number;
  readonly filled: number;
  readonly share: number;
  readonly activities: Counts;
  readonly goals: Counts;
}

export interface Summary {
  readonly year: number;
  readonly areas: readonly AreaSummary[];
  readonly departments: readonly DepartmentProgress[];
  readonly overall: {
    readonly suggestion: Suggestion;
    readonly chosen: Assessment | null;
    readonly text: string | null;
    /** Pre-filled sentence in the municipality's usual style, for the coordinator to edit. */
    readonly draftText: string;
  };
  readonly totals: {
    readonly rows: number;
    readonly reported: number;
    readonly shareOnTrack: number | null;
    // Optional for hand-built fixtures; summarise always sets them:
    readonly assessed?: number;
    readonly onTrack?: number;
    readonly activities?: Counts;
    readonly goals?: Counts;
  };
}
