import { parseAddress, parseRange, rangeAddress } from "../core";
import type {
  CellBlock,
  CellPosition,
  CellStyle,
  ConditionalFormatPlan,
  PrintPlan,
  ProtectionPlan,
  RawCell,
  RowHeightPlan,
  SheetPlan,
  TablePlan,
} from "../core";
import { applyCharts } from "./apply-charts";
import { officeInput } from "./cells";
import { OPERATION_BYTES, jsonBytes, rowChunks } from "./payload";
import { charactersToPoints, hexColour } from "./units";
import { applyValidations } from "./validations";
import type { WriteSession } from "./write-session";

/**
 * A sheet plan applied to a worksheet the adapter has just created (or emptied): the plan's
 * content in 2-D writes, each block and table at once (in row chunks only where one write would
 * pass the request budget), with the number format always set before the values.
 *
 * Phase 1, `applyLayout`: tab colour, column widths, row heights, the fixed blocks, the list
 * validations.
 * Phase 2, `applyTablesAndRules`: the tables, conditional formats, frozen panes, print setup and
 * protection.
 */

function at(a1: string, what: string): CellPosition {
  const p = parseAddress(a1);
  if (p === null) throw new Error(`plan error: ${what} has a malformed address ${a1}`);
  return p;
}

function widthOf(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}

// String values, not Excel.* enums: the module must load before Office.js does (tests, bundling).
const HORIZONTAL: Readonly<Record<NonNullable<CellStyle["horizontal"]>, "Left" | "Center" | "Right">> = {
  left: "Left",
  center: "Center",
  right: "Right",
};
const VERTICAL: Readonly<Record<NonNullable<CellStyle["vertical"]>, "Top" | "Center" | "Bottom">> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

/** A block's look (all but its number format, which goes with the values). */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColour !== undefined) font.color = hexColour(style.fontColour);
  if (style.fill !== undefined) range.format.fill.color = hexColour(style.fill);
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.format.verticalAlignment = VERTICAL[style.vertical];
}

/**
 * One number format over `rows` cells of a column (0-based indexes) as a 1×1 array: Office.js
 * applies a single value to every cell of the range (Excel.Range.numberFormat, "If the argument
 * is a single value, it will be applied to all cells"; a 1×1 array works as one,
 * office-js-docs-reference#578), so a column of 5,000 rows costs one operation, not 5,000 strings.
 */
export function setColumnFormat(
  ws: Excel.Worksheet,
  rowIndex: number,
  columnIndex: number,
  rows: number,
  format: string
): void {
  ws.getRangeByIndexes(rowIndex, columnIndex, rows, 1).numberFormat = [[format]];
}

function isEmpty(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** Runs of columns that hold something in some row: an empty column between them is not sent. */
function columnBands(values: readonly (readonly RawCell[])[], width: number): { first: number; last: number }[] {
  const bands: { first: number; last: number }[] = [];
  for (let j = 0; j < width; j++) {
    if (values.every((r) => isEmpty(r[j]))) continue;
    const open = bands[bands.length - 1];
    if (open !== undefined && open.last === j - 1) open.last = j;
    else bands.push({ first: j, last: j });
  }
  return bands;
}

/**
 * Cells written from `origin` down into a sheet the adapter has just created (or emptied): the
 * number formats first, one per column (`formats[j]` for column j, null for none), then the
 * values through `formulas`. Empty cells are sent as null (Office.js leaves them alone), and
 * columns that are empty in every row not at all; each band of columns goes in as many row chunks
 * as the request budget needs.
 */
export async function writeCells(
  ws: Excel.Worksheet,
  session: WriteSession,
  origin: CellPosition,
  values: readonly (readonly RawCell[])[],
  formats: readonly (string | null)[] | null
): Promise<void> {
  const width = widthOf(values);
  if (width === 0 || values.length === 0) return;
  if (formats !== null) {
    await session.reserve(formats.length * OPERATION_BYTES);
    formats.slice(0, width).forEach((format, j) => {
      if (format !== null) setColumnFormat(ws, origin.row - 1, origin.column - 1 + j, values.length, format);
    });
  }
  for (const band of columnBands(values, width)) {
    const inputs = values.map((r) => {
      const line: (string | number | boolean | null)[] = [];
      for (let j = band.first; j <= band.last; j++) {
        const cell = r[j] ?? null;
        line.push(isEmpty(cell) ? null : officeInput(cell));
      }
      return line;
    });
    const sizes = inputs.map((r) => jsonBytes(r));
    // The first chunk fills what the request being queued can still take, unless that is too little.
    const room = session.room();
    const first = room >= session.requestBudget / 8 ? room : session.requestBudget;
    for (const chunk of rowChunks(sizes, session.requestBudget, first)) {
      await session.reserve(chunk.bytes);
      const range = ws.getRangeByIndexes(
        origin.row - 1 + chunk.start,
        origin.column - 1 + band.first,
        chunk.count,
        band.last - band.first + 1
      );
      range.formulas = inputs.slice(chunk.start, chunk.start + chunk.count);
    }
  }
}

async function applyBlock(
  ws: Excel.Worksheet,
  sheetName: string,
  block: CellBlock,
  session: WriteSession
): Promise<void> {
  const origin = at(block.topLeft, `a block on ${sheetName}`);
  const width = widthOf(block.cells);
  if (width === 0) return;
  const numberFormat = block.style?.numberFormat;
  const formats = numberFormat === undefined ? null : new Array<string>(width).fill(numberFormat);
  await writeCells(ws, session, origin, block.cells, formats);
  if (block.style !== undefined) {
    await session.reserve();
    applyStyle(ws.getRangeByIndexes(origin.row - 1, origin.column - 1, block.cells.length, width), block.style);
  }
}

/** Consecutive rows of the same height, so one operation sets each run. */
function heightRuns(heights: readonly RowHeightPlan[]): { first: number; last: number; height: number }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.height === h.height && last.last === h.row - 1) last.last = h.row;
    else runs.push({ first: h.row, last: h.row, height: h.height });
  }
  return runs;
}

export async function applyRowHeights(
  ws: Excel.Worksheet,
  heights: readonly RowHeightPlan[],
  session: WriteSession
): Promise<void> {
  for (const run of heightRuns(heights)) {
    await session.reserve();
    ws.getRange(`${run.first}:${run.last}`).format.rowHeight = run.height;
  }
}

/** Phase 1: tab colour, widths, heights, the fixed blocks and the list validations. */
export async function applyLayout(ws: Excel.Worksheet, plan: SheetPlan, session: WriteSession): Promise<void> {
  if ((plan.merges ?? []).length > 0) {
    // Merged cells are for the print views, which go to files; a workbook sheet never has them.
    throw new Error(`plan error: sheet ${plan.name} has merged cells, which only the file writer writes`);
  }
  await session.reserve();
  if (plan.tabColour !== undefined) ws.tabColor = hexColour(plan.tabColour);
  for (const w of plan.columnWidths) {
    // Plan widths are characters; Office.js takes points (see units.ts).
    ws.getRange(`${w.column}:${w.column}`).format.columnWidth = charactersToPoints(w.width);
  }
  await applyRowHeights(ws, plan.rowHeights ?? [], session);
  for (const block of plan.blocks) {
    await applyBlock(ws, plan.name, block, session);
  }
  // Validations need no table; in this phase they balance the two requests of a normal workbook.
  await applyValidations(ws, plan.validations, session);
}

export function tableAddress(table: TablePlan): string {
  const origin = at(table.topLeft, `table ${table.name}`);
  return rangeAddress(
    origin.row,
    origin.column,
    origin.row + table.rows.length,
    origin.column + table.columns.length - 1
  );
}

/** A table's data rows: formats by column, then values; then the table over them. */
export async function applyTable(ws: Excel.Worksheet, table: TablePlan, session: WriteSession): Promise<void> {
  const origin = at(table.topLeft, `table ${table.name}`);
  const columns = table.columns.length;
  await session.reserve();
  const header = ws.getRangeByIndexes(origin.row - 1, origin.column - 1, 1, columns);
  header.numberFormat = [table.columns.map(() => "@")];
  header.values = [table.columns.map((c) => c.header)];
  const formats = table.columns.map((c) => c.numberFormat);
  await writeCells(ws, session, { row: origin.row + 1, column: origin.column }, table.rows, formats);
  await session.reserve();
  const created = ws.tables.add(tableAddress(table), true);
  created.name = table.name;
  created.style = table.style;
  created.showFilterButton = table.showFilterButton;
  created.showBandedRows = table.showRowStripes;
  header.format.wrapText = true;
  header.format.verticalAlignment = "Top";
  const body = ws.getRangeByIndexes(origin.row, origin.column - 1, table.rows.length, columns);
  body.format.verticalAlignment = "Top";
  table.columns.forEach((c, i) => {
    if (c.wrap === true) {
      ws.getRangeByIndexes(origin.row, origin.column - 1 + i, table.rows.length, 1).format.wrapText = true;
    }
  });
}

/** Expression rules in the plan's order (first highest): priorities set explicitly after adding. */
export function applyConditionalFormats(ws: Excel.Worksheet, formats: readonly ConditionalFormatPlan[]): void {
  const added = formats.map((f) => {
    const cf = ws.getRange(f.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = f.formula;
    if (f.fill !== undefined) cf.custom.format.fill.color = hexColour(f.fill);
    if (f.fontColour !== undefined) cf.custom.format.font.color = hexColour(f.fontColour);
    if (f.numberFormat !== undefined) cf.custom.format.numberFormat = f.numberFormat;
    return cf;
  });
  added.forEach((cf, i) => {
    cf.priority = i;
  });
}

export function applyFrozen(ws: Excel.Worksheet, frozen: SheetPlan["frozen"]): void {
  if (frozen === null) {
    ws.freezePanes.unfreeze();
  } else if (frozen.rows > 0 && frozen.columns > 0) {
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, frozen.rows, frozen.columns));
  } else if (frozen.rows > 0) {
    ws.freezePanes.freezeRows(frozen.rows);
  } else if (frozen.columns > 0) {
    ws.freezePanes.freezeColumns(frozen.columns);
  }
}

export function applyPrint(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // As many pages tall as the rows need (0, as the file format's fitToHeight), `fitToWidth` wide.
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  if (print.printTitleRows !== null) {
    const rows = print.printTitleRows.split(":").map((r) => `$${r}`);
    layout.setPrintTitleRows(rows.join(":"));
  }
  const pages = layout.headersFooters.defaultForAllPages;
  pages.leftHeader = print.header.left ?? "";
  pages.centerHeader = print.header.center ?? "";
  pages.rightHeader = print.header.right ?? "";
  pages.leftFooter = print.footer.left ?? "";
  pages.centerFooter = print.footer.center ?? "";
  pages.rightFooter = print.footer.right ?? "";
}

/** Office.js's protection options for the plan's allowances. */
export function protectionOptions(p: ProtectionPlan): Excel.WorksheetProtectionOptions {
  const a = p.allow;
  return {
    allowAutoFilter: a.autoFilter,
    allowDeleteRows: a.deleteRows,
    allowFormatCells: a.formatCells,
    allowFormatColumns: a.formatColumns,
    allowFormatRows: a.formatRows,
    allowInsertRows: a.insertRows,
    allowSort: a.sort,
    selectionMode:
      a.selectLockedCells && a.selectUnlockedCells ? "Normal" : a.selectUnlockedCells ? "Unlocked" : "None",
  };
}

/** The input ranges unlocked, then the sheet protected (no password: the plan's choice). */
export function applyProtection(ws: Excel.Worksheet, p: ProtectionPlan): void {
  if (!p.protected) return;
  for (const r of p.unlockedRanges) {
    if (parseRange(r) === null) throw new Error(`plan error: an unlocked range is malformed: ${r}`);
    ws.getRange(r).format.protection.locked = false;
  }
  ws.protection.protect(protectionOptions(p));
}

export const SHEET_VISIBILITY: Readonly<Record<SheetPlan["visibility"], "Visible" | "Hidden" | "VeryHidden">> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Phase 2: tables, conditional formats, view, print and protection. */
export async function applyTablesAndRules(ws: Excel.Worksheet, plan: SheetPlan, session: WriteSession): Promise<void> {
  for (const table of plan.tables) {
    await applyTable(ws, table, session);
  }
  const charts = plan.charts ?? [];
  await session.reserve(
    jsonBytes(plan.conditionalFormats) +
      7 * OPERATION_BYTES * plan.conditionalFormats.length +
      jsonBytes(charts) +
      12 * OPERATION_BYTES * charts.length
  );
  applyConditionalFormats(ws, plan.conditionalFormats);
  // A new (or emptied) sheet: none of its charts is there yet.
  applyCharts(ws, charts, []);
  applyFrozen(ws, plan.frozen);
  if (plan.print !== null) applyPrint(ws, plan.print);
  applyProtection(ws, plan.protection);
}
