/**
 * How much the product reads before it refuses, as one table the command line and the task pane
 * share. Each limit is far above what a real follow-up workbook needs (a programme of 5 areas ×
 * 5,000 rows with long texts stays below a tenth of every one) and far below what takes a
 * machine down: past a limit the reader stops at once, before it has built anything large.
 */
export const LIMITS = {
  /** Bytes one part of the .xlsx package may inflate to (a sheet, the shared strings). */
  partBytes: 32 * 1024 * 1024,
  /** Bytes all parts that are read may inflate to together. */
  totalBytes: 256 * 1024 * 1024,
  /** Inflated ÷ compressed bytes of one part, once it is past `ratioFloorBytes`. Text XML stays under 100. */
  compressionRatio: 500,
  /** Parts smaller than this are not held to the ratio (tiny parts of repeated text compress well). */
  ratioFloorBytes: 1024 * 1024,
  /** Parts in the package; a real workbook has a few dozen. */
  parts: 10_000,
  /** Rows of one sheet (the last row with content). */
  rows: 100_000,
  /** Columns of one sheet (the last column with content); the area tables use fewer than 20. */
  columns: 200,
  /** Cells with content in all sheets. */
  cells: 4_000_000,
  /**
   * Characters of the programme: the JSON file, or the text stored on the data sheet once
   * inflated. 5 areas × 5,000 rows with long texts is about 4 MB.
   */
  programmeChars: 16 * 1024 * 1024,
  /** Findings `check` prints as lines (all of them are counted, and all are in --json). */
  findingsPrinted: 1_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A limit passed: which, where (a part name, a sheet and cell, a file), and how far. */
export interface LimitBreach {
  readonly limit: LimitName;
  readonly where: string;
  readonly max: number;
}

/** The breach a limitExceeded finding carries, or null if its parameters are not one. */
export function limitBreachOf(finding: {
  readonly params: Readonly<Record<string, string | number>>;
}): LimitBreach | null {
  const { limit, where, max } = finding.params;
  const known = (Object.keys(LIMITS) as LimitName[]).find((k) => k === limit);
  return known === undefined || typeof where !== "string" || typeof max !== "number"
    ? null
    : { limit: known, where, max };
}
