import type { BetterWhen } from "../programme/schema";
import { indicatorTrend } from "../summary/indicator-trend";
import { BETTER_WHEN_LABEL, TREND, symbolOf, termByCode, type Trend } from "../vocabulary/vocabularies";
import { address, displayValue, type RawCell } from "../workbook/cell";
import { columnIndex, type AreaColumnKey } from "../layout/workbook-layout";

/** Formulas the plan writes, in en-US syntax with a leading "=". */

/** A text literal inside a formula. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Table[Column], with the characters Excel wants escaped in a column name ([ ] # ') escaped. */
export function structuredRef(table: string, column: string): string {
  return `${table}[${column.replace(/['[\]#]/g, (c) => `'${c}`)}]`;
}

export function areaColumnAddress(key: AreaColumnKey, row: number): string {
  return address(row, columnIndex(key) + 1);
}

/** "$E8": fixed column, row relative, as a conditional format over a column wants it. */
export function rowRelative(key: AreaColumnKey, row: number): string {
  return `$${areaColumnAddress(key, row)}`;
}

/**
 * What a trend cell shows: the term's shape and its Swedish label ("↑ Bättre"). A conditional
 * format can colour a cell but not add a glyph, so the shape is part of the text, and the trend
 * still reads in black-and-white print.
 */
export function trendText(code: Trend): string {
  const term = termByCode(TREND, code);
  return `${symbolOf(term)} ${term.sv}`;
}

/**
 * The trend of an indicator row from its own cells: this year's value against last year's, in
 * the direction the Bättre om cell names. Anything but two numbers is the no-data trend.
 */
export function trendFormula(row: number): string {
  const value = areaColumnAddress("value", row);
  const last = areaColumnAddress("lastYear", row);
  const better = areaColumnAddress("betterWhen", row);
  const label = (code: Trend): string => excelString(trendText(code));
  return (
    `=IF(AND(ISNUMBER(${value}),ISNUMBER(${last})),` +
    `IF(${value}=${last},${label("unchanged")},` +
    `IF((${value}>${last})=(${better}=${excelString(BETTER_WHEN_LABEL.higher.sv)}),${label("better")},${label("worse")})),` +
    `${label("noData")})`
  );
}

function numberIn(cell: RawCell | undefined): number | null {
  if (cell === undefined) {
    return null;
  }
  const v = displayValue(cell);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** What `trendFormula` gives for these cells, as an engine would compute it. */
export function trendResult(value: RawCell | undefined, lastYear: RawCell | undefined, betterWhen: BetterWhen): string {
  return trendText(indicatorTrend(numberIn(value), numberIn(lastYear), betterWhen));
}
