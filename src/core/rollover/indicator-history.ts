import { readNumber } from "../check/cell-reading";
import type { Programme } from "../programme/schema";
import type { EnteredValues } from "../read/types";

/** Indicator values read from last year's workbook, by row ID and year. */
export type ReportedValues = ReadonlyMap<string, Readonly<Record<string, number>>>;

/**
 * The numbers an indicator row of year `year` holds: this year's value (for `year`) and a
 * corrected "Värde förra året" (for `year - 1`). Anything that is not a number is left out here;
 * the roll-over carries it as it was typed.
 */
export function reportedNumbers(values: EnteredValues, year: number): Record<string, number> {
  const out: Record<string, number> = {};
  const last = readNumber(values.lastYear ?? null);
  if (last.kind === "number") {
    out[String(year - 1)] = last.value;
  }
  const value = readNumber(values.value ?? null);
  if (value.kind === "number") {
    out[String(year)] = value.value;
  }
  return out;
}

/**
 * The programme with the values reported in the workbook added to its indicators' history, so
 * the new workbook pre-fills "Värde förra året" from it and the trend compares with it. What the
 * departments reported wins over a figure the programme file had for the same year.
 */
export function withReportedHistory(programme: Programme, reported: ReportedValues): Programme {
  return {
    ...programme,
    areas: programme.areas.map((area) => ({
      ...area,
      rows: area.rows.map((row) => {
        const values = reported.get(row.id);
        if (row.indicator === null || values === undefined || Object.keys(values).length === 0) {
          return row;
        }
        return { ...row, indicator: { ...row.indicator, history: { ...row.indicator.history, ...values } } };
      }),
    })),
  };
}
