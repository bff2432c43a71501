import type { RowType } from "../programme/schema";
import { RETIRED_COLUMNS, RETIRED_SHEET, type RetiredColumnKey } from "../layout/retired-layout";
import type { RetiredRow } from "./types";
import { ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import type { RawCell, SheetGrid } from "../workbook/cell";
import { INPUT_COLUMN_KEYS } from "../layout/workbook-layout";
import { findHeaderRow, type HeaderSpec } from "./find-header";
import { cellAt, isBlank, labelOf, rowCount, sameSheetName } from "./grid-access";
import type { EnteredValues, InputColumnKey } from "./types";

const SPECS: readonly HeaderSpec<RetiredColumnKey>[] = RETIRED_COLUMNS.map((c) => ({ key: c.key, names: [c.header] }));
const ROW_TYPES: readonly RowType[] = ["goal", "activity", "indicator"];
function typeOf(label: string | null): RowType | null {
  const entry = ROW_TYPES.find((t) => ROW_TYPE_LABEL[t].sv === label || ROW_TYPE_LABEL[t].en === label);
  return entry ?? null;
}

export function findRetiredSheet(grids: readonly SheetGrid[]): SheetGrid | null {
  return grids.find((g) => sameSheetName(g.name, RETIRED_SHEET)) ?? null;
}

/** Rows kept on the retired sheet, so the next update carries them again. */
export function readRetired(grid: SheetGrid): RetiredRow[] {
  const header = findHeaderRow(grid, SPECS, ["id"], 5);
  if (header === null) {
    return [];
  }
  const columns = Object.values(header.columns).filter((c): c is number => typeof c === "number");
  const get = (row: number, key: RetiredColumnKey): RawCell => {
    const c = header.columns[key];
    return c === undefined ? null : cellAt(grid, row, c);
  };
  const out: RetiredRow[] = [];
  for (let r = header.row + 1; r <= rowCount(grid); r++) {
    if (columns.every((c) => isBlank(cellAt(grid, r, c)))) {
      break;
    }
    const values: Partial<Record<InputColumnKey, RawCell>> = {};
    for (const k of INPUT_COLUMN_KEYS) {
      const cell = get(r, k);
      if (!isBlank(cell)) {
        values[k] = cell;
      }
    }
    const kept: EnteredValues = values;
    out.push({
      rowId: labelOf(get(r, "id")) ?? "",
      type: typeOf(labelOf(get(r, "type"))),
      areaId: labelOf(get(r, "areaId")),
      sheet: labelOf(get(r, "sheet")) ?? RETIRED_SHEET,
      text: labelOf(get(r, "text")),
      values: kept,
    });
  }
  return out;
}
