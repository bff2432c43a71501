import type { RawCell, SheetGrid, WorkbookPlan } from "../core";
import { jsonBytes, utf8Length } from "./payload";

/**
 * What cells weigh in a read's response: `formulas` gives "" for an empty cell, the text or number
 * of a constant, the text of a formula (whose result comes again, from getSpecialCells).
 */
function responseBytes(rows: readonly (readonly RawCell[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 3;
    for (const cell of row) {
      if (cell === null) bytes += 3;
      else if (typeof cell === "string") bytes += jsonBytes(cell) + 1;
      else if (typeof cell === "object" && "formula" in cell) {
        bytes += utf8Length(cell.formula) + 3 + (cell.result === undefined ? 0 : jsonBytes(cell.result) + 20);
      } else if (typeof cell === "object") bytes += utf8Length(cell.error) + 3;
      else bytes += String(cell).length + 1;
    }
  }
  return bytes;
}

/** Table size the estimate scales with: rows × columns of the workbook's tables. */
export interface TableSize {
  readonly rows: number;
  readonly columns: number;
}

/**
 * What reading a workbook weighs per table cell, remembered from the last read of one task-pane
 * session. Before anything was read the adapter can only guess from the tables' sizes (6 bytes a
 * cell, 50 a row for the programme); long texts and long entries weigh far more, and a read that
 * Excel on the web refuses for its size costs a round trip before it is read in pieces. Once a read
 * has been measured, the next is planned from what this workbook really weighs.
 */
export class ReadSizeMemory {
  private bytesPerCell: number | null = null;

  /** The expected response of reading every sheet, from the tables' sizes. */
  expected(tables: readonly TableSize[]): number {
    const cells = tableCells(tables);
    if (this.bytesPerCell !== null) return cells * this.bytesPerCell;
    return tables.reduce((sum, t) => sum + t.rows * (t.columns * 6 + 50), 0);
  }

  /** After a read: the grids as read, against the tables they came with. */
  remember(grids: readonly SheetGrid[], tables: readonly TableSize[]): void {
    this.rememberBytes(
      grids.reduce((sum, g) => sum + responseBytes(g.cells), 0),
      tables
    );
  }

  /** After writing a whole plan (generate, update): what reading it back will weigh. */
  rememberPlan(plan: WorkbookPlan): void {
    let bytes = 0;
    const tables: TableSize[] = [];
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) bytes += responseBytes(block.cells);
      for (const table of sheet.tables) {
        bytes += responseBytes(table.rows);
        tables.push({ rows: table.rows.length, columns: table.columns.length });
      }
    }
    this.rememberBytes(bytes, tables);
  }

  private rememberBytes(bytes: number, tables: readonly TableSize[]): void {
    const cells = tableCells(tables);
    if (cells > 0) this.bytesPerCell = bytes / cells;
  }
}

function tableCells(tables: readonly TableSize[]): number {
  return tables.reduce((sum, t) => sum + t.rows * t.columns, 0);
}
