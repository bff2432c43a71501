import type { ChartModel } from "./chart";
import {
  Area,
  MAX_COLUMNS,
  MAX_ROWS,
  RowShift,
  columnCount,
  deleteRowsInArea,
  insertRowsInArea,
  intersection,
  isEntireColumn,
  isEntireRow,
  rowCount,
} from "./area";
import { CellModel, emptyCell, hasContent, isBlankCell } from "./cell";
import { CellStyle, DEFAULT_STYLE, defaultStyle, isDefaultStyle } from "./style";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel.WorksheetProtectionOptions, every flag resolved (Excel's defaults when protect() got none). */
export interface ProtectionOptionsModel {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: "Normal" | "Unlocked" | "None";
}

export function defaultProtectionOptions(): ProtectionOptionsModel {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
  };
}

export interface SheetProtectionModel {
  protected: boolean;
  options: ProtectionOptionsModel;
  /** null = no password. */
  password: string | null;
}

/** Excel.DataValidationRule as the double keeps it: a Range source becomes "=Sheet!$A$1:$A$5". */
export type ValidationRuleModel =
  | { readonly type: "List"; readonly inCellDropDown: boolean; readonly source: string }
  | { readonly type: "Custom"; readonly formula: string }
  | {
      readonly type: "WholeNumber" | "Decimal" | "TextLength" | "Date" | "Time";
      readonly operator: string;
      readonly formula1: string | number;
      readonly formula2: string | number | null;
    };

export interface ValidationModel {
  areas: Area[];
  rule: ValidationRuleModel | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export function newValidation(areas: Area[]): ValidationModel {
  return {
    areas,
    rule: null,
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

/** A conditional format; its priority is its index in the sheet's list (0 = applied first). */
export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: string;
  areas: Area[];
  stopIfTrue: boolean;
  /** The Custom rule and its format; null members = not set. */
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  numberFormat: string | null;
}

export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printGridlines: boolean;
  centerHorizontally: boolean;
  blackAndWhite: boolean;
  printTitleRows: Area | null;
  printArea: Area[] | null;
  headerFooterState: string;
  defaultHeaderFooter: HeaderFooterModel;
}

function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "A4",
    zoom: { scale: 100 },
    printGridlines: false,
    centerHorizontally: false,
    blackAndWhite: false,
    printTitleRows: null,
    printArea: null,
    headerFooterState: "Default",
    defaultHeaderFooter: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
  };
}

function key(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** One worksheet of the in-memory workbook. Public fields are for tests to inspect. */
export class SheetModel {
  name: string;
  visibility: SheetVisibility = "Visible";
  /** "" = automatic (as Office.js reports it). */
  tabColor = "";
  showGridlines = true;
  deleted = false;
  readonly cells = new Map<number, CellModel>();
  /** Styles of whole columns / rows (set through "A:A" / "1:1" ranges); new cells start from them. */
  readonly columnStyles = new Map<number, CellStyle>();
  readonly rowStyles = new Map<number, CellStyle>();
  /** Points, see style.ts. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly protection: SheetProtectionModel = { protected: false, options: defaultProtectionOptions(), password: null };
  /** Frozen rows / columns at the top-left (0 = none). */
  readonly freeze = { rows: 0, columns: 0 };
  readonly pageLayout: PageLayoutModel = defaultPageLayout();
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];

  constructor(
    readonly id: string,
    name: string
  ) {
    this.name = name;
  }

  cellAt(row: number, column: number): CellModel | undefined {
    return this.cells.get(key(row, column));
  }

  /** The style a cell has, stored or inherited from its row / column. */
  styleAt(row: number, column: number): CellStyle {
    return this.cellAt(row, column)?.style ?? this.inheritedStyle(row, column);
  }

  private inheritedStyle(row: number, column: number): CellStyle {
    return this.rowStyles.get(row) ?? this.columnStyles.get(column) ?? DEFAULT_STYLE;
  }

  cellForWrite(row: number, column: number): CellModel {
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (cell === undefined) {
      cell = emptyCell(this.inheritedStyle(row, column));
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Drops a cell that no longer differs from an untouched one. */
  compact(row: number, column: number): void {
    const k = key(row, column);
    const cell = this.cells.get(k);
    if (cell !== undefined && isBlankCell(cell) && !this.rowStyles.has(row) && !this.columnStyles.has(column)) {
      this.cells.delete(k);
    }
  }

  /** Stored cells inside `a`, in no particular order. */
  *storedCellsIn(a: Area): Generator<{ row: number; column: number; cell: CellModel }> {
    const count = rowCount(a) * columnCount(a);
    if (count <= this.cells.size) {
      for (let r = a.r0; r <= a.r1; r++) {
        for (let c = a.c0; c <= a.c1; c++) {
          const cell = this.cells.get(key(r, c));
          if (cell !== undefined) yield { row: r, column: c, cell };
        }
      }
      return;
    }
    for (const [k, cell] of this.cells) {
      const row = Math.floor(k / MAX_COLUMNS);
      const column = k % MAX_COLUMNS;
      if (row >= a.r0 && row <= a.r1 && column >= a.c0 && column <= a.c1) yield { row, column, cell };
    }
  }

  /**
   * Worksheet.getUsedRange: "the smallest range that encompasses any cells that have a value or
   * formatting assigned to them"; with valuesOnly, cells with values only. null when blank.
   */
  usedArea(valuesOnly: boolean): Area | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      const used = valuesOnly ? hasContent(cell) : hasContent(cell) || !isDefaultStyle(cell.style);
      if (!used) continue;
      const row = Math.floor(k / MAX_COLUMNS);
      const column = k % MAX_COLUMNS;
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, column);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, column);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  /** Applies a style change to every cell of `a`; whole columns / rows keep it for new cells too. */
  applyStyle(a: Area, patch: Partial<CellStyle>): void {
    if (isEntireColumn(a) || isEntireRow(a)) {
      if (isEntireColumn(a)) {
        for (let c = a.c0; c <= a.c1; c++) {
          this.columnStyles.set(c, { ...(this.columnStyles.get(c) ?? defaultStyle()), ...patch });
        }
      }
      if (isEntireRow(a) && !isEntireColumn(a)) {
        for (let r = a.r0; r <= a.r1; r++) {
          this.rowStyles.set(r, { ...(this.rowStyles.get(r) ?? defaultStyle()), ...patch });
        }
      }
      for (const { cell } of this.storedCellsIn(a)) {
        Object.assign(cell.style, patch);
      }
      return;
    }
    for (let r = a.r0; r <= a.r1; r++) {
      for (let c = a.c0; c <= a.c1; c++) {
        Object.assign(this.cellForWrite(r, c).style, patch);
      }
    }
  }

  /**
   * The distinct values a style property has over `a` (at most two: enough to tell "uniform" from
   * "mixed"). Office.js reports null for mixed ones: "If multiple font colors are present within
   * the range, then range.format.font.color is null" (learn.microsoft.com/office/dev/add-ins/excel/
   * excel-add-ins-blank-null-values).
   */
  distinctStyle<K extends keyof CellStyle>(a: Area, prop: K): CellStyle[K][] {
    const seen: CellStyle[K][] = [];
    const consider = (v: CellStyle[K]): boolean => {
      if (!seen.includes(v)) seen.push(v);
      return seen.length < 2;
    };
    const count = rowCount(a) * columnCount(a);
    if (count <= 250_000) {
      for (let r = a.r0; r <= a.r1; r++) {
        for (let c = a.c0; c <= a.c1; c++) {
          if (!consider(this.styleAt(r, c)[prop])) return seen;
        }
      }
      return seen;
    }
    // Whole columns / rows: unstored cells carry their column (or row) style.
    for (let c = a.c0; c <= Math.min(a.c1, a.c0 + 255); c++) {
      if (!consider((this.columnStyles.get(c) ?? DEFAULT_STYLE)[prop])) return seen;
    }
    for (const [r, style] of this.rowStyles) {
      if (r >= a.r0 && r <= a.r1 && !consider(style[prop])) return seen;
    }
    for (const { cell } of this.storedCellsIn(a)) {
      if (!consider(cell.style[prop])) return seen;
    }
    return seen;
  }

  /** The value a style property has over all of `a`, or null when the cells differ. */
  uniformStyle<K extends keyof CellStyle>(a: Area, prop: K): CellStyle[K] | null {
    const d = this.distinctStyle(a, prop);
    return d.length === 1 ? d[0] : null;
  }

  validationAt(row: number, column: number): ValidationModel | null {
    return (
      this.validations.find((v) =>
        v.areas.some((a) => row >= a.r0 && row <= a.r1 && column >= a.c0 && column <= a.c1)
      ) ?? null
    );
  }

  validationsIn(a: Area): ValidationModel[] {
    return this.validations.filter((v) => v.areas.some((x) => intersection(x, a) !== null));
  }

  conditionalFormatsIn(a: Area): ConditionalFormatModel[] {
    return this.conditionalFormats.filter((cf) => cf.areas.some((x) => intersection(x, a) !== null));
  }

  /**
   * Inserts `shift.count` rows at `shift.row` within columns c0..c1: cells at and below move down
   * (their style and validation with them); areas of validations and conditional formats follow.
   * `styleFrom` is the row whose style the new cells copy (Excel formats new table rows like the
   * row next to them), or null to leave them unformatted.
   */
  insertRows(shift: RowShift, styleFrom: number | null): void {
    const { row, count, c0, c1 } = shift;
    const moving = [...this.storedCellsIn({ r0: row, c0, r1: MAX_ROWS - 1, c1 })].sort((x, y) => y.row - x.row);
    for (const { row: r, column: c, cell } of moving) {
      this.cells.delete(key(r, c));
      if (r + count < MAX_ROWS) this.cells.set(key(r + count, c), cell);
    }
    if (styleFrom !== null) {
      const source = styleFrom >= row ? styleFrom + count : styleFrom;
      for (let c = c0; c <= c1; c++) {
        const style = this.styleAt(source, c);
        if (isDefaultStyle(style)) continue;
        for (let r = row; r < row + count; r++) {
          this.cells.set(key(r, c), emptyCell(style));
        }
      }
    }
    for (const v of this.validations) v.areas = v.areas.flatMap((a) => insertRowsInArea(a, shift));
    for (const cf of this.conditionalFormats) cf.areas = cf.areas.flatMap((a) => insertRowsInArea(a, shift));
  }

  /** Deletes rows row..row+count-1 within columns c0..c1; cells below move up. */
  deleteRows(row: number, count: number, c0: number, c1: number): void {
    for (const { row: r, column: c } of [...this.storedCellsIn({ r0: row, c0, r1: row + count - 1, c1 })]) {
      this.cells.delete(key(r, c));
    }
    const moving = [...this.storedCellsIn({ r0: row + count, c0, r1: MAX_ROWS - 1, c1 })].sort((x, y) => x.row - y.row);
    for (const { row: r, column: c, cell } of moving) {
      this.cells.delete(key(r, c));
      this.cells.set(key(r - count, c), cell);
    }
    for (const v of this.validations) v.areas = v.areas.flatMap((a) => deleteRowsInArea(a, row, count, c0, c1));
    this.validations = this.validations.filter((v) => v.areas.length > 0);
    for (const cf of this.conditionalFormats)
      cf.areas = cf.areas.flatMap((a) => deleteRowsInArea(a, row, count, c0, c1));
    this.conditionalFormats = this.conditionalFormats.filter((cf) => cf.areas.length > 0);
  }
}
