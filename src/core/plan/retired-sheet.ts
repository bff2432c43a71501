import type { RetiredRow } from "../update/types";
import { ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import { columnLetter, type RawCell } from "../workbook/cell";
import {
  RETIRED_COLUMNS,
  RETIRED_SHEET,
  RETIRED_TABLE_HEADER_ROW,
  RETIRED_TABLE_NAME,
  type RetiredColumnKey,
} from "../layout/retired-layout";
import { headerText, landscapePrint, protectedWith } from "./sheet-defaults";
import type { SheetPlan } from "./types";

function cellOf(row: RetiredRow, key: RetiredColumnKey): RawCell {
  switch (key) {
    case "id":
      return row.rowId;
    case "type":
      return row.type === null ? null : ROW_TYPE_LABEL[row.type].sv;
    case "text":
      return row.text;
    case "areaId":
      return row.areaId;
    case "sheet":
      return row.sheet;
    default:
      return row.values[key] ?? null;
  }
}

/** Rows the programme dropped, with their entries exactly as they were; read-only by protection. */
export function buildRetiredSheet(rows: readonly RetiredRow[], programmeName: string, year: number): SheetPlan {
  return {
    name: RETIRED_SHEET,
    role: "retired",
    visibility: "visible",
    tabColour: "808080",
    blocks: [
      { topLeft: "A1", cells: [[RETIRED_SHEET]], style: { bold: true, fontSize: 14 } },
      {
        topLeft: "A2",
        cells: [["Rader som inte längre finns i programmet. Det som fylldes i dem står kvar här, oförändrat."]],
        style: { italic: true },
      },
    ],
    tables: [
      {
        name: RETIRED_TABLE_NAME,
        topLeft: `A${RETIRED_TABLE_HEADER_ROW}`,
        columns: RETIRED_COLUMNS.map((c) => ({
          header: c.header,
          numberFormat: c.text ? "@" : "General",
          wrap: c.width >= 30,
        })),
        rows: rows.map((r) => RETIRED_COLUMNS.map((c) => cellOf(r, c.key))),
        style: "TableStyleLight1",
        showFilterButton: true,
        showRowStripes: true,
      },
    ],
    columnWidths: RETIRED_COLUMNS.map((c, i) => ({ column: columnLetter(i + 1), width: c.width })),
    frozen: { rows: RETIRED_TABLE_HEADER_ROW, columns: 1 },
    validations: [],
    conditionalFormats: [],
    protection: protectedWith([]),
    print: landscapePrint(`${RETIRED_TABLE_HEADER_ROW}:${RETIRED_TABLE_HEADER_ROW}`, {
      center: headerText(`${programmeName} – utgångna rader ${year}`),
    }),
  };
}
