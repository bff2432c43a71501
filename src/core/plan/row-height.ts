import { columnLetter, displayValue, type RawCell } from "../workbook/cell";
import { parseAddress } from "./a1";
import type { ColumnWidth, RowHeightPlan, TablePlan } from "./types";

/**
 * A row height that shows all of a row's wrapped text. Neither Excel nor LibreOffice re-fits row
 * heights when it opens a file, so without this a long "what was done" prints as one clipped
 * line over its neighbours. The estimate errs on the generous side: a blank line at the bottom
 * reads better than a cut sentence.
 */

/** Points per line of 11-point Calibri, as Excel's default row. */
export const LINE_HEIGHT = 15;
/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;
/** Characters per unit of column width: widths count the digit 0, and prose runs a little narrower. */
const CHARS_PER_WIDTH = 1.1;

/** Lines a paragraph takes when wrapped at word boundaries, as the engines wrap it. */
function wrappedLines(paragraph: string, perLine: number): number {
  // Most cells fit on one line: no need to walk their words.
  if (paragraph.length <= perLine) return 1;
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than the line is broken inside, over as many lines as it takes.
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine === 0 ? perLine : word.length % perLine;
  }
  return lines;
}

function linesIn(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split(/\r?\n/).reduce((n, paragraph) => n + wrappedLines(paragraph, perLine), 0);
}

/**
 * Height in points for a row whose cells stand in columns of `widths`; only cells of columns
 * with `wrap` set can grow the row. Null when the default height will do.
 */
export function rowHeightFor(
  cells: readonly RawCell[],
  widths: readonly number[],
  wrap: readonly boolean[]
): number | null {
  let lines = 1;
  cells.forEach((cell, i) => {
    const width = widths[i];
    if (wrap[i] !== true || width === undefined) {
      return;
    }
    const value = displayValue(cell);
    if (typeof value === "string" && value.length > 0) {
      lines = Math.max(lines, linesIn(value, width));
    }
  });
  return lines <= 1 ? null : Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
}

/** The heights a table's data rows need, from the sheet's column widths and the table's wrapped columns. */
export function tableRowHeights(table: TablePlan, columnWidths: readonly ColumnWidth[]): RowHeightPlan[] {
  const origin = parseAddress(table.topLeft);
  if (origin === null) {
    return [];
  }
  const widthOf = new Map(columnWidths.map((w) => [w.column, w.width]));
  const widths = table.columns.map((_, i) => widthOf.get(columnLetter(origin.column + i)) ?? DEFAULT_COLUMN_WIDTH);
  const wrap = table.columns.map((c) => c.wrap === true);
  return table.rows.flatMap((cells, i) => {
    const height = rowHeightFor(cells, widths, wrap);
    return height === null ? [] : [{ row: origin.row + 1 + i, height }];
  });
}

/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
