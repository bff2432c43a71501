import type { RowType } from "../programme/schema";

/**
 * Where things stand in the follow-up workbook. The plan writer and the readers share this
 * table, so a column is added in one place. Readers find the table by its header row, not by a
 * fixed row number, so a row inserted above the table does not break reading.
 */

export type AreaColumnKey =
  | "id"
  | "type"
  | "text"
  | "department"
  | "status"
  | "done"
  | "comment"
  | "value"
  | "lastYear"
  | "target"
  | "unit"
  | "betterWhen"
  | "trend"
  | "changed"
  | "lastStatus"
  | "lastDone"
  | "lastComment";

export interface AreaColumn {
  readonly key: AreaColumnKey;
  /** Header text in the sheet (Swedish: the workbook is Swedish whatever the UI language). */
  readonly header: string;
  readonly headerEn: string;
  /** Department heads type here: unlocked on a protected sheet. */
  readonly input: boolean;
  /** Text-formatted ("@") so "=", "+", "-" or "@" at the start stays text. */
  readonly text: boolean;
  readonly width: number;
  /** Which row types use the column; others leave it empty. */
  readonly rowTypes: readonly RowType[];
}

const ALL: readonly RowType[] = ["goal", "activity", "indicator"];
const IND: readonly RowType[] = ["indicator"];

export const AREA_COLUMNS: readonly AreaColumn[] = [
  { key: "id", header: "ID", headerEn: "ID", input: false, text: true, width: 9, rowTypes: ALL },
  { key: "type", header: "Typ", headerEn: "Type", input: false, text: true, width: 11, rowTypes: ALL },
  {
    key: "text",
    header: "Mål, aktivitet eller indikator",
    headerEn: "Goal, activity or indicator",
    input: false,
    text: true,
    width: 48,
    rowTypes: ALL,
  },
  { key: "department", header: "Ansvarig", headerEn: "Responsible", input: true, text: true, width: 12, rowTypes: ALL },
  {
    key: "status",
    header: "Status/bedömning",
    headerEn: "Status/assessment",
    input: true,
    text: true,
    width: 18,
    rowTypes: ["goal", "activity"],
  },
  {
    key: "done",
    header: "Genomfört under året",
    headerEn: "Done during the year",
    input: true,
    text: true,
    width: 48,
    rowTypes: ALL,
  },
  {
    key: "comment",
    header: "Kommentar/analys",
    headerEn: "Comment/analysis",
    input: true,
    text: true,
    width: 36,
    rowTypes: ALL,
  },
  {
    key: "value",
    header: "Värde i år",
    headerEn: "Value this year",
    input: true,
    text: false,
    width: 12,
    rowTypes: IND,
  },
  {
    key: "lastYear",
    header: "Värde förra året",
    headerEn: "Value last year",
    input: true,
    text: false,
    // Room for an example figure's mark ("1 800 000 [exempel]"): a number that does not fit shows ###.
    width: 18,
    rowTypes: IND,
  },
  { key: "target", header: "Målvärde", headerEn: "Target", input: false, text: false, width: 11, rowTypes: IND },
  { key: "unit", header: "Enhet", headerEn: "Unit", input: false, text: true, width: 10, rowTypes: IND },
  {
    key: "betterWhen",
    header: "Bättre om",
    headerEn: "Better when",
    input: false,
    text: true,
    width: 10,
    rowTypes: IND,
  },
  { key: "trend", header: "Trend", headerEn: "Trend", input: false, text: false, width: 14, rowTypes: IND },
  {
    key: "changed",
    header: "Senast ändrad",
    headerEn: "Last changed",
    input: true,
    text: true,
    width: 14,
    rowTypes: ALL,
  },
  // Last year's entries, written by a roll-over beside this year's inputs. Locked (the year they
  // belong to is over), text-formatted (they are carried as text, whatever they held), and placed
  // last so that no column of a workbook from before they existed moves.
  {
    key: "lastStatus",
    header: "Status förra året",
    headerEn: "Status last year",
    input: false,
    text: true,
    width: 16,
    rowTypes: ALL,
  },
  {
    key: "lastDone",
    header: "Genomfört förra året",
    headerEn: "Done last year",
    input: false,
    text: true,
    width: 40,
    rowTypes: ALL,
  },
  {
    key: "lastComment",
    header: "Kommentar förra året",
    headerEn: "Comment last year",
    input: false,
    text: true,
    width: 30,
    rowTypes: ALL,
  },
];

/** The columns a roll-over fills from last year's workbook: carried by update and rewrite like the inputs. */
export const LAST_YEAR_KEYS = ["lastStatus", "lastDone", "lastComment"] as const;
export type LastYearKey = (typeof LAST_YEAR_KEYS)[number];

export function columnIndex(key: AreaColumnKey): number {
  return AREA_COLUMNS.findIndex((c) => c.key === key);
}

/** The summary sheet comes first; the hidden data sheet carries vocabularies and the programme. */
export const SUMMARY_SHEET = "Sammanfattning";
export const DATA_SHEET = "Programdata";

/** Excel table names: letters, digits, underscore; start with a letter. */
export function areaTableName(areaId: string): string {
  return `Uppf_${areaId.replace(/[^A-Za-z0-9]/g, "_")}`;
}

/** Rows 1–5 of an area sheet are its header block; the table's header row follows a blank row. */
export const AREA_HEADER_ROWS = 5;
export const AREA_TABLE_HEADER_ROW = 7;

/**
 * The input columns of a row, raw, exactly as entered: what update and roll-over carry over.
 * Last year's columns (lastStatus, lastDone, lastComment) are locked, not typed in, but are
 * carried the same way so that a rewrite of a rolled-over workbook keeps them.
 */
export type InputColumnKey =
  | "department"
  | "status"
  | "done"
  | "comment"
  | "value"
  | "lastYear"
  | "changed"
  | "lastStatus"
  | "lastDone"
  | "lastComment";

/**
 * The input columns, in the table's order: what a department types (and last year's, carried
 * beside them) and so what every update, rewrite, retired-row sheet and fingerprint carries over.
 */
export const INPUT_COLUMN_KEYS: readonly InputColumnKey[] = [
  "department",
  "status",
  "done",
  "comment",
  "value",
  "lastYear",
  "changed",
  ...LAST_YEAR_KEYS,
];

/**
 * The year's own input columns: what a department types this year (last year's columns are
 * carried, locked). What a close fingerprints and what a merge of department copies compares.
 */
export const THIS_YEAR_KEYS: readonly InputColumnKey[] = INPUT_COLUMN_KEYS.filter(
  (k) => !(LAST_YEAR_KEYS as readonly string[]).includes(k)
);
