import type { Programme } from "../programme/schema";
import type { AreaSheetRead, AreaSheetRow } from "../read/types";
import { AREA_COLUMNS, type AreaColumnKey } from "../layout/workbook-layout";
import type { RawCell } from "../workbook/cell";
import { ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import { checkRow, type RowFinding } from "./check-workbook";
import { indexProgramme, type ProgrammeIndex } from "./programme-index";
import { buildRowContext } from "./row-context";

/** The row's values as a form holds them: the cells a department types, as they would stand. */
export type RowValues = Readonly<Partial<Record<AreaColumnKey, RawCell>>>;

const ALL_COLUMNS: Readonly<Partial<Record<AreaColumnKey, number>>> = Object.fromEntries(
  AREA_COLUMNS.map((c, i) => [c.key, i + 1])
);

/**
 * The check's row rules over one row of the programme with the values a form holds, as the check
 * would find them once they stand in the sheet: a form and the check cannot disagree, because the
 * form asks the check. Pass an index (indexProgramme) to check many rows of one programme.
 */
export function checkRowValues(programme: Programme | ProgrammeIndex, rowId: string, values: RowValues): RowFinding[] {
  const index = "rows" in programme ? programme : indexProgramme(programme);
  const known = index.rows.get(rowId);
  if (known === undefined) return [];
  const cells = Object.fromEntries(AREA_COLUMNS.map((c) => [c.key, values[c.key] ?? null])) as Record<
    AreaColumnKey,
    RawCell
  >;
  cells.id = rowId;
  cells.type = ROW_TYPE_LABEL[known.row.type].sv;
  cells.department = values.department ?? known.row.department;
  const sheet: AreaSheetRead = {
    sheet: known.area.sheetName,
    areaId: known.area.id,
    headerRow: 1,
    columns: ALL_COLUMNS,
    rows: [],
  };
  const row: AreaSheetRow = { sheet: sheet.sheet, areaId: known.area.id, rowNumber: 2, cells };
  return checkRow(buildRowContext(sheet, row, index));
}
