import ExcelJS from "exceljs";
import { areaName, qualifiedAddress } from "./model/a1";
import { Area, MAX_COLUMNS } from "./model/area";
import { CellModel } from "./model/cell";
import { ConditionalFormatModel, SheetModel, ValidationModel } from "./model/sheet";
import { CellStyle, DEFAULT_STYLE, isDefaultStyle, pointsToCharacters } from "./model/style";
import { InMemoryWorkbook, TableModel } from "./model/workbook";

/**
 * Saves the double's workbook as .xlsx with ExcelJS (Node only: the rest of the double has no
 * Node imports), so a test can open what an adapter wrote in LibreOffice and recalculate it.
 * Carried over: values, formulas (ExcelJS wants them without "="; a cached result goes along when
 * the double knows one), number formats and the other cell styles, column widths and row
 * heights, hidden rows / columns / sheets, tab colours, tables, data validations, conditional
 * formats (Custom ones, as expression rules; stopIfTrue is not in ExcelJS's rule type), sheet protection with locked / unlocked cells,
 * frozen panes, page setup, headers and footers, defined names that refer to ranges, and the
 * active sheet. Not carried: workbook settings (Excel keeps add-in settings in a part ExcelJS
 * does not write), workbook structure protection, defined names holding constants, Time
 * validations (ExcelJS has no such type).
 */

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function bare(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

const H_ALIGN: Readonly<Record<string, ExcelJS.Alignment["horizontal"] | undefined>> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

const V_ALIGN: Readonly<Record<string, ExcelJS.Alignment["vertical"] | undefined>> = {
  Top: "top",
  Center: "middle",
  Bottom: undefined,
  Justify: "justify",
  Distributed: "distributed",
};

/** ExcelJS style objects, shared between cells with the same look. */
class StyleCache {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();

  of(style: CellStyle): Partial<ExcelJS.Style> {
    const key = JSON.stringify(style);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const out: Partial<ExcelJS.Style> = {};
    if (style.numberFormat !== DEFAULT_STYLE.numberFormat) out.numFmt = style.numberFormat;
    if (
      style.bold ||
      style.italic ||
      style.fontColor !== DEFAULT_STYLE.fontColor ||
      style.fontSize !== DEFAULT_STYLE.fontSize ||
      style.fontName !== DEFAULT_STYLE.fontName
    ) {
      out.font = {
        name: style.fontName,
        size: style.fontSize,
        bold: style.bold,
        italic: style.italic,
        color: { argb: argb(style.fontColor) },
      };
    }
    if (style.fill !== null) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    const horizontal = H_ALIGN[style.horizontalAlignment];
    const vertical = V_ALIGN[style.verticalAlignment];
    if (style.wrapText || horizontal !== undefined || vertical !== undefined) {
      out.alignment = {
        wrapText: style.wrapText,
        ...(horizontal !== undefined ? { horizontal } : {}),
        ...(vertical !== undefined ? { vertical } : {}),
      };
    }
    if (!style.locked || style.formulaHidden) out.protection = { locked: style.locked, hidden: style.formulaHidden };
    this.cache.set(key, out);
    return out;
  }
}

function cellValue(
  wb: InMemoryWorkbook,
  sheet: SheetModel,
  row: number,
  column: number,
  cell: CellModel
): ExcelJS.CellValue {
  if (cell.formula !== null) {
    const result = wb.displayValue(sheet, row, column);
    return result === ""
      ? { formula: bare(cell.formula) }
      : ({ formula: bare(cell.formula), result } as ExcelJS.CellFormulaValue);
  }
  return cell.value === "" ? null : cell.value;
}

function writeTable(wb: InMemoryWorkbook, ws: ExcelJS.Worksheet, table: TableModel): void {
  const names = wb.columnNames(table);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = table.area.r0 + 1; r <= table.area.r1; r++) {
    const line: ExcelJS.CellValue[] = [];
    for (let c = table.area.c0; c <= table.area.c1; c++) {
      const cell = table.sheet.cellAt(r, c);
      line.push(cell === undefined ? null : cellValue(wb, table.sheet, r, c, cell));
    }
    rows.push(line);
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: areaName({ r0: table.area.r0, c0: table.area.c0, r1: table.area.r0, c1: table.area.c0 }),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style === "" ? undefined : table.style) as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: table.showBandedRows,
      showColumnStripes: table.showBandedColumns,
      showFirstColumn: table.highlightFirstColumn,
      showLastColumn: table.highlightLastColumn,
    },
    // ExcelJS leaves filter buttons off unless each column asks for one.
    columns: names.map((name) => ({ name, filterButton: table.showFilterButton })),
    rows,
  });
}

const OPERATORS: Readonly<Record<string, ExcelJS.DataValidationOperator>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

const VALIDATION_TYPES: Readonly<Record<string, ExcelJS.DataValidation["type"]>> = {
  WholeNumber: "whole",
  Decimal: "decimal",
  TextLength: "textLength",
  Date: "date",
};

function toExcelJsValidation(v: ValidationModel): ExcelJS.DataValidation | null {
  const rule = v.rule;
  if (rule === null) return null;
  const common = {
    allowBlank: v.ignoreBlanks,
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style.toLowerCase(),
    errorTitle: v.errorAlert.title,
    error: v.errorAlert.message,
    showInputMessage: v.prompt.showPrompt,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
  };
  if (rule.type === "List") {
    // A range source is a formula; an inline list is one quoted, comma-separated string.
    const formula = rule.source.startsWith("=") ? bare(rule.source) : `"${rule.source}"`;
    return { type: "list", formulae: [formula], ...common };
  }
  if (rule.type === "Custom") return { type: "custom", formulae: [bare(rule.formula)], ...common };
  const type = VALIDATION_TYPES[rule.type];
  if (type === undefined) return null; // ExcelJS has no "time" validation
  const formulae = [rule.formula1, ...(rule.formula2 !== null ? [rule.formula2] : [])].map((f) =>
    typeof f === "string" ? bare(f) : f
  );
  return { type, operator: OPERATORS[rule.operator] ?? "between", formulae, ...common };
}

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** ExcelJS keeps validations by range in `dataValidations`, which its typings leave out. */
function rangeValidations(ws: ExcelJS.Worksheet): RangeValidations {
  const candidate: unknown = (ws as unknown as { dataValidations?: unknown }).dataValidations;
  if (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof (candidate as { add?: unknown }).add === "function"
  ) {
    return candidate as RangeValidations;
  }
  throw new Error("This ExcelJS has no worksheet.dataValidations.add; save-xlsx needs ExcelJS 4.3 or later.");
}

function writeConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatModel, priority: number): void {
  if (cf.type !== "Custom" || cf.formula === null) return;
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill !== null) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor !== null || cf.bold !== null || cf.italic !== null) {
    style.font = {
      ...(cf.fontColor !== null ? { color: { argb: argb(cf.fontColor) } } : {}),
      ...(cf.bold !== null ? { bold: cf.bold } : {}),
      ...(cf.italic !== null ? { italic: cf.italic } : {}),
    };
  }
  if (cf.numberFormat !== null) style.numFmt = cf.numberFormat;
  ws.addConditionalFormatting({
    ref: cf.areas.map((a) => areaName(a)).join(" "),
    rules: [{ type: "expression", priority, formulae: [bare(cf.formula)], style }],
  });
}

const PAPER: Readonly<Record<string, number>> = {
  Letter: 1,
  LetterSmall: 2,
  Tabloid: 3,
  Ledger: 4,
  Legal: 5,
  Statement: 6,
  Executive: 7,
  A3: 8,
  A4: 9,
  A4Small: 10,
  A5: 11,
  B4: 12,
  B5: 13,
};

function headerFooterText(left: string, center: string, right: string): string {
  return `${left !== "" ? `&L${left}` : ""}${center !== "" ? `&C${center}` : ""}${right !== "" ? `&R${right}` : ""}`;
}

function rowsOf(a: Area): string {
  return `${a.r0 + 1}:${a.r1 + 1}`;
}

async function writeSheet(
  wb: InMemoryWorkbook,
  book: ExcelJS.Workbook,
  sheet: SheetModel,
  styles: StyleCache
): Promise<void> {
  const state = sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden";
  const frozen = sheet.freeze.rows > 0 || sheet.freeze.columns > 0;
  const ws = book.addWorksheet(sheet.name, {
    state,
    properties: sheet.tabColor !== "" ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: [
      frozen
        ? {
            state: "frozen",
            xSplit: sheet.freeze.columns,
            ySplit: sheet.freeze.rows,
            showGridLines: sheet.showGridlines,
          }
        : { state: "normal", showGridLines: sheet.showGridlines },
    ],
  });

  // Whole-column styles first (ExcelJS copies a column's style to its cells), then tables, then cells.
  for (const [c, style] of sheet.columnStyles) {
    if (!isDefaultStyle(style)) ws.getColumn(c + 1).style = styles.of(style);
  }
  const columns = new Set<number>([...sheet.columnWidths.keys(), ...sheet.hiddenColumns]);
  for (const c of columns) {
    const column = ws.getColumn(c + 1);
    const points = sheet.columnWidths.get(c);
    // ExcelJS takes a width of exactly 9 for its default and leaves it out of the file.
    if (points !== undefined) column.width = pointsToCharacters(points) === 9 ? 9.01 : pointsToCharacters(points);
    if (sheet.hiddenColumns.has(c)) column.hidden = true;
  }
  for (const t of wb.tables.filter((x) => x.sheet === sheet)) writeTable(wb, ws, t);
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    const target = ws.getCell(row + 1, column + 1);
    target.value = cellValue(wb, sheet, row, column, cell);
    if (!isDefaultStyle(cell.style)) target.style = styles.of(cell.style);
  }
  for (const [r, height] of sheet.rowHeights) ws.getRow(r + 1).height = height;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;

  const validations = rangeValidations(ws);
  for (const v of sheet.validations) {
    const validation = toExcelJsValidation(v);
    if (validation === null) continue;
    for (const a of v.areas) validations.add(areaName(a), validation);
  }
  sheet.conditionalFormats.forEach((cf, i) => writeConditionalFormat(ws, cf, i + 1));

  const p = sheet.pageLayout;
  const fit = p.zoom.horizontalFitToPages !== undefined || p.zoom.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    ...(PAPER[p.paperSize] !== undefined ? { paperSize: PAPER[p.paperSize] as ExcelJS.PageSetup["paperSize"] } : {}),
    fitToPage: fit,
    ...(fit
      ? { fitToWidth: p.zoom.horizontalFitToPages ?? 0, fitToHeight: p.zoom.verticalFitToPages ?? 0 }
      : { scale: p.zoom.scale ?? 100 }),
    horizontalCentered: p.centerHorizontally,
    blackAndWhite: p.blackAndWhite,
    showGridLines: p.printGridlines,
    ...(p.printTitleRows !== null ? { printTitlesRow: rowsOf(p.printTitleRows) } : {}),
    ...(p.printArea !== null ? { printArea: p.printArea.map((a) => areaName(a)).join(",") } : {}),
  };
  const h = p.defaultHeaderFooter;
  ws.headerFooter = {
    oddHeader: headerFooterText(h.leftHeader, h.centerHeader, h.rightHeader),
    oddFooter: headerFooterText(h.leftFooter, h.centerFooter, h.rightFooter),
  };

  if (sheet.protection.protected) {
    const o = sheet.protection.options;
    await ws.protect(sheet.protection.password ?? "", {
      selectLockedCells: o.selectionMode === "Normal",
      selectUnlockedCells: o.selectionMode !== "None",
      formatCells: o.allowFormatCells,
      formatColumns: o.allowFormatColumns,
      formatRows: o.allowFormatRows,
      insertColumns: o.allowInsertColumns,
      insertRows: o.allowInsertRows,
      insertHyperlinks: o.allowInsertHyperlinks,
      deleteColumns: o.allowDeleteColumns,
      deleteRows: o.allowDeleteRows,
      sort: o.allowSort,
      autoFilter: o.allowAutoFilter,
      pivotTables: o.allowPivotTables,
      objects: !o.allowEditObjects,
      scenarios: !o.allowEditScenarios,
    });
  }
}

export async function saveDoubleAsXlsx(workbook: InMemoryWorkbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Excel test double";
  book.calcProperties.fullCalcOnLoad = true;
  const styles = new StyleCache();
  for (const sheet of workbook.sheets) await writeSheet(workbook, book, sheet, styles);
  for (const n of workbook.names) {
    const target = workbook.resolveReference(n.formula, null);
    if (target !== null) book.definedNames.add(qualifiedAddress(target.sheet.name, target.area, true), n.name);
  }
  book.views = [
    {
      activeTab: Math.max(0, workbook.sheets.indexOf(workbook.activeSheet)),
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      visibility: "visible",
    },
  ];
  const data = await book.xlsx.writeBuffer();
  return Buffer.from(data);
}
