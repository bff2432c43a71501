import type { WorkbookRead } from "../read/types";
import { isFormula } from "../workbook/cell";
import { AREA_COLUMNS } from "../layout/workbook-layout";

/** An input cell holding a live formula: 1-based row and column. */
export interface FormulaInput {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

const INPUT_KEYS = AREA_COLUMNS.filter((c) => c.input).map((c) => c.key);

/**
 * Every input cell of the area sheets that holds a formula. Closing the year locks what stands in
 * the cells; a pasted `=WEBSERVICE(…)` or DDE link must not be locked in live, so closing writes
 * these as their text, as the command line's rewrite writes every formula in an input.
 */
export function formulaInputs(read: WorkbookRead): FormulaInput[] {
  const out: FormulaInput[] = [];
  for (const area of read.areaSheets) {
    if (area.areaId === null) continue;
    for (const row of area.rows) {
      for (const key of INPUT_KEYS) {
        const cell = row.cells[key];
        const column = area.columns[key];
        if (column !== undefined && isFormula(cell)) {
          out.push({ sheet: area.sheet, row: row.rowNumber, column, formula: cell.formula });
        }
      }
    }
  }
  return out;
}
