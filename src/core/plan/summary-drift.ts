import type { Finding } from "../findings/finding";
import { enteredValues } from "../read/entered-values";
import type { WorkbookRead } from "../read/types";
import { cellAt } from "../read/grid-access";
import { address, displayValue, isFormula, type RawCell } from "../workbook/cell";
import { parseAddress } from "./a1";
import { followupPlan } from "./followup-plan";

/** The functions a formula calls, in order: COUNTIFS+COUNTIFS → "COUNTIFS,COUNTIFS". */
function functionsOf(formula: string): string {
  // String literals may hold anything ("<>Indikator"); leave them out before looking for calls.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Za-z][A-Za-z0-9.]*)\s*\(/g)].map((m) => (m[1] ?? "").toUpperCase()).join(",");
}

function shown(cell: RawCell): string {
  if (isFormula(cell)) return cell.formula;
  const v = displayValue(cell);
  return v === null ? "" : String(v);
}

/**
 * Summary cells where the product keeps a live formula but the sheet holds something else: a
 * number typed over a count, or a formula of other functions. The sheet would then disagree
 * with what check and the report compute. Formulas are compared by the functions they call, so
 * a formula another engine rewrote (LibreOffice turns table references into ranges) still counts
 * as the product's.
 */
export function summaryFormulaFindings(read: WorkbookRead): Finding[] {
  const grid = read.summaryGrid;
  if (grid === undefined || grid === null || read.programme === null || read.meta === null) return [];
  const { plan } = followupPlan({
    programme: read.programme,
    year: read.meta.year,
    values: enteredValues(read),
    choices: read.choices,
    retired: read.retired ?? [],
    closed: read.meta.closed,
    now: new Date(0),
    // The live counts are compared, not the dated line above the suggestions, which a workbook
    // made before that line existed does not have.
    stampComputed: false,
  });
  const sheet = plan.sheets.find((s) => s.role === "summary");
  if (sheet === undefined) return [];
  const planned: { row: number; column: number; cell: RawCell }[] = [];
  const collect = (topLeft: string, rows: readonly (readonly RawCell[])[]): void => {
    const at = parseAddress(topLeft);
    if (at === null) return;
    rows.forEach((cells, r) =>
      cells.forEach((cell, c) => planned.push({ row: at.row + r, column: at.column + c, cell }))
    );
  };
  for (const block of sheet.blocks) collect(block.topLeft, block.cells);
  for (const table of sheet.tables) {
    const at = parseAddress(table.topLeft);
    if (at !== null) collect(address(at.row + 1, at.column), table.rows);
  }
  const findings: Finding[] = [];
  for (const p of planned) {
    if (!isFormula(p.cell)) continue;
    const found = cellAt(grid, p.row, p.column);
    if (isFormula(found) && functionsOf(found.formula) === functionsOf(p.cell.formula)) continue;
    findings.push({
      severity: "warning",
      code: "summaryFormulaChanged",
      sheet: grid.name,
      cell: address(p.row, p.column),
      rowId: null,
      messageKey: "summaryFormulaChanged",
      params: { found: shown(found) },
    });
  }
  return findings;
}
