import ExcelJS from "exceljs";
import { cellsOf, parseAddress, parseRange } from "../core";
import type {
  CellBlock,
  CellPosition,
  ConditionalFormatPlan,
  KeptContent,
  PrintPlan,
  SheetGrid,
  SheetPlan,
  TablePlan,
  WorkbookPlan,
} from "../core";
import { toExcelValue } from "./xlsx-values";
import { SheetLooks } from "./xlsx-styles";
import { carryKept, carryKeptCells } from "./xlsx-carry";
import type { XlsxSource } from "./xlsx-reader";

/**
 * Writes a workbook plan to .xlsx with ExcelJS. Everything in the plan goes into the file:
 * tables, number formats, list validations, conditional formats, frozen panes, widths,
 * protection with unlocked input cells, print setup, visibility and defined names. Formulas
 * carry the core's results, so a reader that does not recalculate sees the same numbers; Excel
 * recalculates on load anyway.
 */

const PAPER_SIZE_A4 = 9;
const UNLOCKED = { unlocked: true } as const;
const TABLE_HEADER = { wrap: true, vertical: "top" } as const;

function argb(colour: string): string {
  return `FF${colour.toUpperCase()}`;
}

/** The plan's formulas start with "="; the file format has none. */
function bare(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function requireAddress(a1: string, what: string): CellPosition {
  const p = parseAddress(a1);
  if (p === null) {
    throw new Error(`plan error: ${what} has a malformed address ${a1}`);
  }
  return p;
}

function writeBlock(ws: ExcelJS.Worksheet, block: CellBlock, looks: SheetLooks): void {
  const origin = requireAddress(block.topLeft, `a block on ${ws.name}`);
  block.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      ws.getRow(origin.row + r).getCell(origin.column + c).value = toExcelValue(value);
      looks.add(origin.row + r, origin.column + c, block.style);
    })
  );
}

function writeTable(ws: ExcelJS.Worksheet, table: TablePlan, looks: SheetLooks): void {
  const origin = requireAddress(table.topLeft, `table ${table.name}`);
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.topLeft,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showRowStripes },
    // ExcelJS leaves filter buttons off unless each column asks for one.
    columns: table.columns.map((c) => ({ name: c.header, filterButton: table.showFilterButton })),
    rows: table.rows.map((row) => table.columns.map((_, i) => toExcelValue(row[i] ?? null))),
  });
  table.columns.forEach((column, i) => {
    looks.add(origin.row, origin.column + i, TABLE_HEADER);
    const look = {
      numberFormat: column.numberFormat,
      vertical: "top",
      ...(column.wrap === true ? { wrap: true } : {}),
    } as const;
    table.rows.forEach((_, r) => looks.add(origin.row + 1 + r, origin.column + i, look));
  });
}

/**
 * ExcelJS keeps a sheet's validations in `dataValidations`, keyed by address or range; its type
 * definitions leave the property out, though the writer reads ranges from it directly. Adding a
 * range at once spares a per-cell entry that ExcelJS would have to join back into ranges.
 */
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function rangeValidations(ws: ExcelJS.Worksheet): RangeValidations | null {
  const candidate: unknown = (ws as unknown as { dataValidations?: unknown }).dataValidations;
  return typeof candidate === "object" &&
    candidate !== null &&
    typeof (candidate as { add?: unknown }).add === "function"
    ? (candidate as RangeValidations)
    : null;
}

function writeValidations(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  const byRange = rangeValidations(ws);
  for (const v of sheet.validations) {
    const range = parseRange(v.range);
    if (range === null) {
      throw new Error(`plan error: a validation on ${sheet.name} has a malformed range ${v.range}`);
    }
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [bare(v.source)],
      showErrorMessage: true,
      errorStyle: v.alert,
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    };
    if (byRange !== null) {
      byRange.add(v.range, validation);
    } else {
      for (const p of cellsOf(range)) {
        ws.getCell(p.row, p.column).dataValidation = validation;
      }
    }
  }
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, formats: readonly ConditionalFormatPlan[]): void {
  formats.forEach((f, i) => {
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [
        {
          // Expression rules only: ExcelJS's "contains text" rule lacks an attribute and LibreOffice drops it.
          type: "expression",
          priority: i + 1,
          formulae: [bare(f.formula)],
          style: {
            ...(f.fill === undefined
              ? {}
              : { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } } }),
            ...(f.fontColour === undefined ? {} : { font: { color: { argb: argb(f.fontColour) } } }),
            ...(f.numberFormat === undefined ? {} : { numFmt: f.numberFormat }),
          },
        },
      ],
    });
  });
}

function unlock(sheet: SheetPlan, looks: SheetLooks): void {
  if (!sheet.protection.protected) {
    return;
  }
  for (const r of sheet.protection.unlockedRanges) {
    const range = parseRange(r);
    if (range === null) {
      throw new Error(`plan error: an unlocked range on ${sheet.name} is malformed: ${r}`);
    }
    for (const c of cellsOf(range)) {
      looks.add(c.row, c.column, UNLOCKED);
    }
  }
}

async function writeProtection(ws: ExcelJS.Worksheet, sheet: SheetPlan): Promise<void> {
  const p = sheet.protection;
  if (!p.protected) {
    return;
  }
  // An empty password: ExcelJS then writes no hash, and anyone may lift the protection.
  await ws.protect("", {
    selectLockedCells: p.allow.selectLockedCells,
    selectUnlockedCells: p.allow.selectUnlockedCells,
    formatCells: p.allow.formatCells,
    formatColumns: p.allow.formatColumns,
    formatRows: p.allow.formatRows,
    insertRows: p.allow.insertRows,
    deleteRows: p.allow.deleteRows,
    sort: p.allow.sort,
    autoFilter: p.allow.autoFilter,
  });
}

function headerFooter(sections: PrintPlan["header"]): string {
  return [
    sections.left !== undefined ? `&L${sections.left}` : "",
    sections.center !== undefined ? `&C${sections.center}` : "",
    sections.right !== undefined ? `&R${sections.right}` : "",
  ].join("");
}

function writePrint(ws: ExcelJS.Worksheet, print: PrintPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_SIZE_A4,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: 0,
    ...(print.printTitleRows !== null ? { printTitlesRow: print.printTitleRows } : {}),
  };
  ws.headerFooter = { oddHeader: headerFooter(print.header), oddFooter: headerFooter(print.footer) };
}

async function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetPlan,
  shared: Map<string, Partial<ExcelJS.Style>>
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    properties: sheet.tabColour !== undefined ? { tabColor: { argb: argb(sheet.tabColour) } } : {},
    views:
      sheet.frozen !== null
        ? [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }]
        : [{ state: "normal" }],
  });
  for (const w of sheet.columnWidths) {
    // ExcelJS takes a width of exactly 9 for its default and leaves it out of the file.
    ws.getColumn(w.column).width = w.width === 9 ? 9.01 : w.width;
  }
  for (const h of sheet.rowHeights ?? []) {
    ws.getRow(h.row).height = h.height;
  }
  const looks = new SheetLooks();
  sheet.tables.forEach((t) => writeTable(ws, t, looks));
  sheet.blocks.forEach((b) => writeBlock(ws, b, looks));
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  unlock(sheet, looks);
  looks.apply(ws, shared);
  writeValidations(ws, sheet);
  writeConditionalFormats(ws, sheet.conditionalFormats);
  await writeProtection(ws, sheet);
  if (sheet.print !== null) {
    writePrint(ws, sheet.print);
  }
}

/** What people added to the workbook being rewritten, to keep in the new file (core/keep). */
export type Carry =
  | { readonly source: XlsxSource; readonly kept: KeptContent }
  /** The add-in's: the open workbook's cells, without its formats. */
  | { readonly grids: readonly SheetGrid[]; readonly kept: KeptContent };

export async function writeXlsx(plan: WorkbookPlan, carry?: Carry): Promise<Buffer> {
  const bytes = await xlsxBytes(plan, carry);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The .xlsx file's bytes without Node's Buffer, for the task pane (ExcelJS's browser build). */
export async function writeXlsxBytes(plan: WorkbookPlan, carry?: Carry): Promise<Uint8Array> {
  return xlsxBytes(plan, carry);
}

async function xlsxBytes(plan: WorkbookPlan, carry?: Carry): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Programuppföljning";
  wb.calcProperties.fullCalcOnLoad = true;
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const sheet of plan.sheets) {
    await writeSheet(wb, sheet, shared);
  }
  for (const n of plan.names) {
    wb.definedNames.add(bare(n.refersTo), n.name);
  }
  if (carry !== undefined) {
    if ("source" in carry) await carryKept(wb, carry.source, carry.kept);
    else carryKeptCells(wb, carry.grids, carry.kept);
  }
  const data = await wb.xlsx.writeBuffer();
  // A Buffer in Node, its polyfill (a Uint8Array too) in the browser build: copied as plain bytes.
  return new Uint8Array(data);
}
