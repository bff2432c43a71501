import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  type ActivityStatus,
  type Assessment,
  type Term,
} from "../vocabulary/vocabularies";

/**
 * Where things stand on the summary sheet, shared by the plan builder and the reader (which finds
 * the coordinator's choices by these headers, not by fixed rows).
 */

export type SummaryColumnKey =
  | "areaId"
  | "name"
  | `activity:${ActivityStatus}`
  | `goal:${Assessment}`
  | "reported"
  | "rows"
  | "suggestion"
  | "reason"
  | "choice"
  | "text";

export interface SummaryColumn {
  readonly key: SummaryColumnKey;
  readonly header: string;
  readonly width: number;
  /** The coordinator types here: unlocked on the protected sheet, never written over by a suggestion. */
  readonly input: boolean;
  readonly text: boolean;
  /** For a count column: which rows it counts (goals or activities) and with which term. */
  readonly count?: { readonly rowType: "goal" | "activity"; readonly term: Term<string> };
}

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  // Wide enough for the labels above the table ("Övergripande mål", "Uppföljningsår") in print.
  { key: "areaId", header: "Område", width: 16, input: false, text: true },
  { key: "name", header: "Namn", width: 34, input: false, text: true },
  ...ACTIVITY_STATUS.map((t): SummaryColumn => ({
    key: `activity:${t.code}`,
    header: t.sv,
    width: 11,
    input: false,
    text: false,
    count: { rowType: "activity", term: t },
  })),
  ...ASSESSMENT.map((t): SummaryColumn => ({
    key: `goal:${t.code}`,
    header: t.sv,
    width: 11,
    input: false,
    text: false,
    count: { rowType: "goal", term: t },
  })),
  { key: "reported", header: "Rapporterade rader", width: 12, input: false, text: false },
  { key: "rows", header: "Rader totalt", width: 10, input: false, text: false },
  { key: "suggestion", header: "Föreslagen bedömning", width: 20, input: false, text: true },
  { key: "reason", header: "Skäl", width: 60, input: false, text: true },
  { key: "choice", header: "Samordnarens bedömning", width: 22, input: true, text: true },
  { key: "text", header: "Samordnarens text", width: 60, input: true, text: true },
];

export function summaryColumnNumber(key: SummaryColumnKey): number {
  return SUMMARY_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export const SUMMARY_TABLE_NAME = "Summering";
export const SUMMARY_TABLE_HEADER_ROW = 8;
/** The label in the area column of the row for the programme as a whole. */
export const OVERALL_LABEL = "Hela programmet";
export const DRAFT_TEXT_LABEL = "Förslag till text";
/** Keys of CoordinatorChoices: area IDs, and this for the programme as a whole. */
export const OVERALL_KEY = "overall";

export const DEPARTMENT_BLOCK_HEADERS = [
  "Avdelning",
  "Namn",
  "Rader att rapportera",
  "Ifyllda",
  "Andel ifyllda",
] as const;

/** Above the activities' picture below the legend (a line of shapes per area). */
export const PICTURE_TITLE = "Aktiviteternas status per område (en symbol per aktivitet, se teckenförklaringen)";

/**
 * The native chart of the same picture (Excel only): below everything else, so it covers no cell a
 * reader or a person types in, with rows enough for a bar per area and the legend.
 */
export const STATUS_CHART = {
  name: "Status per område",
  title: "Aktiviteternas status per område (andel av aktiviteterna)",
  rows: 18,
} as const;

/**
 * The block below the legend where the coordinator writes each area's "Genomfört under året" for
 * the committee, beside a draft from the departments' rows. Below everything else, so a workbook
 * made before the block existed has nothing of the product's where it goes.
 */
export const DONE_BLOCK_TITLE = "Genomfört under året – text till nämnden";
export const DONE_BLOCK_HEADERS = {
  areaId: "Område",
  name: "Namn",
  draft: "Förslag utifrån förvaltningarnas rader",
  done: "Genomfört under året",
} as const;
export type DoneBlockKey = keyof typeof DONE_BLOCK_HEADERS;
/** The table's columns the block's texts share: computed prose under "Skäl", the coordinator's under "Samordnarens text". */
export const DONE_BLOCK_COLUMNS: Readonly<Record<DoneBlockKey, SummaryColumnKey>> = {
  areaId: "areaId",
  name: "name",
  draft: "reason",
  done: "text",
};
