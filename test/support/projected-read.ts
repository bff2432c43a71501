import { AREA_COLUMNS, AREA_TABLE_HEADER_ROW, prefilledValues, ROW_TYPE_LABEL } from "../../src/core";
import type {
  AreaColumnKey,
  AreaSheetRead,
  CoordinatorChoices,
  EnteredValues,
  Programme,
  RawCell,
  WorkbookMeta,
  WorkbookRead,
} from "../../src/core";

/**
 * For tests: the read a workbook would give once it is written from `programme` with `entries`
 * (the programme's rows in its areas, pre-filled as the generator does, the entries on top),
 * without writing a file. The product summarises such a workbook from the values directly
 * (check/entries entriesFromValues).
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
