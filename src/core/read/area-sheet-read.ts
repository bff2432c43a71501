import { ROW_ID_PATTERN } from "../programme/schema";
import type { RawCell, SheetGrid } from "../workbook/cell";
import { AREA_COLUMNS, type AreaColumnKey } from "../layout/workbook-layout";
import { findHeaderRow, type HeaderFound, type HeaderSpec } from "./find-header";
import { cellAt, isBlank, labelOf, rowCount } from "./grid-access";
import { resolveAreaColumns } from "./area-columns";
import type { AreaSheetRead, AreaSheetRow } from "./types";

const AREA_HEADER_SPECS: readonly HeaderSpec<AreaColumnKey>[] = AREA_COLUMNS.map((c) => ({
  key: c.key,
  names: [c.header, c.headerEn],
}));

/** A row reads as the area table's header when it has the ID and type columns and most of the rest. */
export function findAreaHeader(grid: SheetGrid): HeaderFound<AreaColumnKey> | null {
  return findHeaderRow(grid, AREA_HEADER_SPECS, ["id", "type"], Math.ceil(AREA_COLUMNS.length / 2));
}

/** The area ID the header block names: the first non-blank cell of column A above the table. */
export function headerBlockAreaId(grid: SheetGrid, headerRow: number): string | null {
  for (let r = 1; r < headerRow; r++) {
    const text = labelOf(cellAt(grid, r, 1));
    if (text !== null) {
      return text;
    }
  }
  return null;
}

function rowIsBlank(grid: SheetGrid, row: number, columns: readonly number[]): boolean {
  return columns.every((c) => isBlank(cellAt(grid, row, c)));
}

/**
 * The table's data rows. The table ends at its first fully empty row, except that rows further
 * down that carry a row ID still belong to it (someone cleared a row in the middle): cutting
 * there would lose every row below. Empty rows inside are skipped.
 */
function dataRowNumbers(
  grid: SheetGrid,
  headerRow: number,
  columns: readonly number[],
  idColumn: number | undefined
): number[] {
  const last = rowCount(grid);
  let firstBlank: number | null = null;
  let end = headerRow;
  for (let r = headerRow + 1; r <= last; r++) {
    if (rowIsBlank(grid, r, columns)) {
      firstBlank ??= r;
      continue;
    }
    if (firstBlank === null) {
      end = r;
      continue;
    }
    const id = idColumn === undefined ? null : labelOf(cellAt(grid, r, idColumn));
    if (id !== null && ROW_ID_PATTERN.test(id)) {
      end = r;
    }
  }
  const out: number[] = [];
  for (let r = headerRow + 1; r <= end; r++) {
    if (!rowIsBlank(grid, r, columns)) {
      out.push(r);
    }
  }
  return out;
}

/** Every column of AREA_COLUMNS, spelled out so the compiler sees none is missing. */
function rowCells(get: (key: AreaColumnKey) => RawCell): Record<AreaColumnKey, RawCell> {
  return {
    id: get("id"),
    type: get("type"),
    text: get("text"),
    department: get("department"),
    status: get("status"),
    done: get("done"),
    comment: get("comment"),
    value: get("value"),
    lastYear: get("lastYear"),
    target: get("target"),
    unit: get("unit"),
    betterWhen: get("betterWhen"),
    trend: get("trend"),
    changed: get("changed"),
    lastStatus: get("lastStatus"),
    lastDone: get("lastDone"),
    lastComment: get("lastComment"),
  };
}

export function readAreaSheet(
  grid: SheetGrid,
  areaId: string | null,
  headerFound: HeaderFound<AreaColumnKey> | null
): AreaSheetRead {
  if (headerFound === null) {
    return { sheet: grid.name, areaId, headerRow: null, columns: {}, rows: [], findings: [] };
  }
  const resolved = resolveAreaColumns(grid, headerFound.row, headerFound.columns);
  const header = { row: headerFound.row, columns: resolved.columns };
  const found = Object.values(header.columns).filter((c): c is number => typeof c === "number");
  const rows: AreaSheetRow[] = dataRowNumbers(grid, header.row, found, header.columns.id).map((rowNumber) => {
    const get = (key: AreaColumnKey): RawCell => {
      const column = header.columns[key];
      return column === undefined ? null : cellAt(grid, rowNumber, column);
    };
    return { sheet: grid.name, areaId, rowNumber, cells: rowCells(get) };
  });
  return {
    sheet: grid.name,
    areaId,
    headerRow: header.row,
    columns: { ...header.columns },
    rows,
    findings: resolved.findings,
  };
}
