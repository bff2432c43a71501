import { ASSESSMENT } from "../vocabulary/vocabularies";
import {
  DONE_BLOCK_HEADERS,
  OVERALL_KEY,
  OVERALL_LABEL,
  SUMMARY_COLUMNS,
  type DoneBlockKey,
  type SummaryColumnKey,
} from "../layout/summary-layout";
import { displayValue, isFormula, type RawCell, type SheetGrid } from "../workbook/cell";
import { SUMMARY_SHEET } from "../layout/workbook-layout";
import { findHeaderRow, type HeaderFound, type HeaderSpec } from "./find-header";
import { cellAt, headerKey, isBlank, labelOf, rowCount, sameSheetName } from "./grid-access";
import type { CoordinatorChoice, CoordinatorChoices } from "./types";

const SPECS: readonly HeaderSpec<SummaryColumnKey>[] = SUMMARY_COLUMNS.map((c) => ({ key: c.key, names: [c.header] }));

function findSummaryHeader(grid: SheetGrid): HeaderFound<SummaryColumnKey> | null {
  return findHeaderRow(grid, SPECS, ["areaId", "choice"], 3);
}

export function findSummarySheet(grids: readonly SheetGrid[]): SheetGrid | null {
  return (
    grids.find((g) => sameSheetName(g.name, SUMMARY_SHEET)) ?? grids.find((g) => findSummaryHeader(g) !== null) ?? null
  );
}

/**
 * A text the coordinator typed, as typed: a pasted formula as its formula text (an engine that did
 * not calculate it gives no result, and the rewrite would put "null" in its place), an error as shown.
 */
function typedText(cell: RawCell): string | null {
  if (isBlank(cell)) return null;
  if (isFormula(cell)) return cell.formula;
  const value = displayValue(cell);
  return value === null ? null : String(value);
}

/** A choice as typed: a known label (any case or spacing) is its code; anything else is kept raw. */
function choiceOf(choiceCell: RawCell, textCell: RawCell): CoordinatorChoice | null {
  const label = labelOf(choiceCell);
  const text = typedText(textCell);
  if (label === null && text === null) {
    return null;
  }
  const term =
    label === null
      ? undefined
      : ASSESSMENT.find((t) => headerKey(t.sv) === headerKey(label) || headerKey(t.en) === headerKey(label));
  return { assessment: term?.code ?? null, raw: term === undefined ? label : null, text };
}

const DONE_SPECS: readonly HeaderSpec<DoneBlockKey>[] = (Object.keys(DONE_BLOCK_HEADERS) as DoneBlockKey[]).map(
  (key) => ({ key, names: [DONE_BLOCK_HEADERS[key]] })
);

/** Each area's "Genomfört under året" from the block below the legend, by the area ID in its row. */
function readDone(grid: SheetGrid): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const header = findHeaderRow(grid, DONE_SPECS, ["areaId", "done"], 2);
  const idColumn = header?.columns.areaId;
  const doneColumn = header?.columns.done;
  if (header === null || idColumn === undefined || doneColumn === undefined) return out;
  for (let r = header.row + 1; r <= rowCount(grid); r++) {
    const id = labelOf(cellAt(grid, r, idColumn));
    if (id === null) break;
    const done = typedText(cellAt(grid, r, doneColumn));
    if (!out.has(id) && done !== null) out.set(id, done);
  }
  return out;
}

/**
 * The coordinator's assessment and text per area, and for the programme as a whole, from the
 * summary sheet: the table's rows until its first empty row, and the "Hela programmet" row below.
 */
export function readChoices(grid: SheetGrid): CoordinatorChoices {
  const header = findSummaryHeader(grid);
  const idColumn = header?.columns.areaId;
  const choiceColumn = header?.columns.choice;
  if (header === null || idColumn === undefined || choiceColumn === undefined) {
    return {};
  }
  const textColumn = header.columns.text;
  const out: Record<string, CoordinatorChoice> = {};
  let inTable = true;
  for (let r = header.row + 1; r <= rowCount(grid); r++) {
    const id = labelOf(cellAt(grid, r, idColumn));
    if (id === null) {
      inTable = false;
      continue;
    }
    const key = id === OVERALL_LABEL ? OVERALL_KEY : inTable ? id : null;
    if (key === null || out[key] !== undefined) {
      continue;
    }
    const choice = choiceOf(
      cellAt(grid, r, choiceColumn),
      textColumn === undefined ? null : cellAt(grid, r, textColumn)
    );
    if (choice !== null) {
      out[key] = choice;
    }
  }
  for (const [id, done] of readDone(grid)) {
    out[id] = { ...(out[id] ?? { assessment: null, raw: null, text: null }), done };
  }
  return out;
}
