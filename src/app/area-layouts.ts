import { AREA_COLUMNS, AREA_TABLE_HEADER_ROW, textOf } from "../core";
import type { Area, AreaSheetRead, Programme, WorkbookRead } from "../core";

/** A table as the workbook holds it: its sheet, name and size (data rows, without the header). */
export interface TableShape {
  readonly name: string;
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
}

/** How an area's sheet changes in an update in place: which of its rows stay, go, are added. */
export interface AreaLayout {
  /** The area of the new programme with its rows in the order they will stand in the sheet. */
  readonly area: Area;
  readonly sheet: AreaSheetRead | undefined;
  /** Null when the sheet cannot be changed in place (no sheet, or a table unlike the plan's). */
  readonly kept: {
    readonly table: string;
    /** Data rows of the table as it stands (trailing blank rows included). */
    readonly tableRows: number;
    /** 0-based indexes in the table of the rows that stay, in sheet order. */
    readonly stay: readonly number[];
    /** 0-based indexes of the rows deleted. */
    readonly remove: readonly number[];
    /** Rows added at the end of the table. */
    readonly add: number;
  } | null;
}

/** The table on an area sheet with exactly the plan's columns, where the plan puts it. */
function fittingTable(tables: readonly TableShape[], sheet: AreaSheetRead): TableShape | null {
  const onSheet = tables.filter((t) => t.sheet.toLowerCase() === sheet.sheet.toLowerCase());
  const table = onSheet.find((t) => t.columns === AREA_COLUMNS.length);
  const columnsInPlace = AREA_COLUMNS.every((c, i) => sheet.columns[c.key] === i + 1);
  if (table === undefined || onSheet.length !== 1 || sheet.headerRow !== AREA_TABLE_HEADER_ROW || !columnsInPlace) {
    return null;
  }
  return table;
}

/**
 * Per area of the new programme, for an update that changes sheets in place rather than rewriting
 * them: its rows in the order they will stand — those already in its sheet where they are (a
 * sorted table stays sorted), then the ones it gains — and what that takes. An area whose sheet is
 * missing, unread (`hasSheet`), laid out unlike the plan, or keeps none of its rows is replaced.
 */
export function planAreaLayouts(
  read: WorkbookRead,
  tables: readonly TableShape[],
  next: Programme,
  hasSheet: (name: string) => boolean
): Map<string, AreaLayout> {
  const layouts = new Map<string, AreaLayout>();
  for (const area of next.areas) {
    const sheet = read.areaSheets.find((s) => s.areaId === area.id);
    const table = sheet === undefined ? null : fittingTable(tables, sheet);
    if (sheet === undefined || !hasSheet(sheet.sheet) || table === null || sheet.headerRow === null) {
      layouts.set(area.id, { area, sheet, kept: null });
      continue;
    }
    const headerRow = sheet.headerRow;
    const wanted = new Set(area.rows.map((r) => r.id));
    const seen = new Set<string>();
    const stay: number[] = [];
    const stayIds: string[] = [];
    for (let index = 0; index < table.rows; index++) {
      const row = sheet.rows.find((r) => r.rowNumber === headerRow + 1 + index);
      const id = row === undefined ? null : textOf(row.cells.id);
      if (id !== null && wanted.has(id) && !seen.has(id)) {
        seen.add(id);
        stay.push(index);
        stayIds.push(id);
      }
    }
    if (stay.length === 0) {
      // Nothing to keep in place: a new sheet is as good, and a table cannot lose its last row.
      layouts.set(area.id, { area, sheet, kept: null });
      continue;
    }
    const remove = [...Array(table.rows).keys()].filter((i) => !stay.includes(i));
    const added = area.rows.filter((r) => !seen.has(r.id));
    const byId = new Map(area.rows.map((r) => [r.id, r]));
    const rows = [...stayIds.map((id) => byId.get(id)).filter((r) => r !== undefined), ...added];
    layouts.set(area.id, {
      area: { ...area, rows },
      sheet,
      kept: { table: table.name, tableRows: table.rows, stay, remove, add: added.length },
    });
  }
  return layouts;
}
