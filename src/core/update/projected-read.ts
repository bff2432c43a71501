import type { Programme } from "../programme/schema";
import type { AreaSheetRead, CoordinatorChoices, EnteredValues, WorkbookMeta, WorkbookRead } from "../read/types";
import { ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import type { RawCell } from "../workbook/cell";
import { AREA_COLUMNS, AREA_TABLE_HEADER_ROW, type AreaColumnKey } from "../layout/workbook-layout";
import { prefilledValues } from "./entered";

/**
 * The read a workbook would give once it is written from `programme` with `entries`: the
 * programme's rows in its areas, pre-filled as the generator does, with the entries on top.
 * The summary of an updated or rewritten workbook is computed from this, so the summary sheet
 * describes the rows as they will stand, not as they stood before.
 */
export function projectedRead(
  programme: Programme,
  meta: WorkbookMeta,
  entries: ReadonlyMap<string, EnteredValues>,
  choices: CoordinatorChoices
): WorkbookRead {
  const columns: Partial<Record<AreaColumnKey, number>> = {};
  AREA_COLUMNS.forEach((c, i) => {
    columns[c.key] = i + 1;
  });
  const areaSheets: AreaSheetRead[] = programme.areas.map((area) => ({
    sheet: area.sheetName,
    areaId: area.id,
    headerRow: AREA_TABLE_HEADER_ROW,
    columns,
    rows: area.rows.map((row, i) => {
      const given: Partial<Record<AreaColumnKey, RawCell>> = {
        id: row.id,
        type: ROW_TYPE_LABEL[row.type].sv,
        text: row.text.text,
        ...prefilledValues(row, meta.year),
        ...entries.get(row.id),
      };
      const cells = {} as Record<AreaColumnKey, RawCell>;
      for (const c of AREA_COLUMNS) {
        cells[c.key] = given[c.key] ?? null;
      }
      return { sheet: area.sheetName, areaId: area.id, rowNumber: AREA_TABLE_HEADER_ROW + 1 + i, cells };
    }),
  }));
  return { meta, programme, areaSheets, choices, findings: [] };
}
