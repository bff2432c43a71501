import type { RawCell } from "../workbook/cell";

/**
 * The follow-up workbook as plain data. The same plan is written to .xlsx (ExcelJS, for the
 * command line) and applied to Excel through Office.js, so it holds only what both can do.
 *
 * Conventions for every address and formula in a plan:
 * - addresses are A1 style without a sheet ("E8", "E8:E30"); cross-sheet references stand only
 *   inside formulas;
 * - formulas are in en-US syntax and start with "=" (as Office.js `formulas` has them; the .xlsx
 *   writer strips the "=");
 * - a formula in a cell is a RawCell {formula, result}: `result` is the value computed by the core,
 *   so a reader that does not recalculate sees the same numbers;
 * - colours are "RRGGBB".
 */

export type SheetRole = "summary" | "area" | "data" | "retired" | "merge";
export type Visibility = "visible" | "hidden" | "veryHidden";
export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "middle" | "bottom";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColour?: string;
  /** Solid fill colour. */
  readonly fill?: string;
  readonly wrap?: boolean;
  /** An Excel number format code: "@" text, "General", "0", "#,##0", "0%". */
  readonly numberFormat?: string;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
}

/** A rectangle of cells written from its top-left corner; `null` leaves a cell empty. */
export interface CellBlock {
  readonly topLeft: string;
  readonly cells: readonly (readonly RawCell[])[];
  readonly style?: CellStyle;
}

export interface TableColumnPlan {
  readonly header: string;
  /** Applied to the column's data cells: "@" for text columns so "=x" stays text. */
  readonly numberFormat: string;
  readonly wrap?: boolean;
}

export interface TablePlan {
  /** Letters, digits and underscore, starting with a letter; unique in the workbook. */
  readonly name: string;
  /** The header row's first cell. */
  readonly topLeft: string;
  readonly columns: readonly TableColumnPlan[];
  /** Data rows (without the header), each as wide as `columns`. A table has at least one row. */
  readonly rows: readonly (readonly RawCell[])[];
  readonly style: string;
  readonly showFilterButton: boolean;
  readonly showRowStripes: boolean;
}

export interface ColumnWidth {
  /** Column letter. */
  readonly column: string;
  /** In characters, as Excel's column width. */
  readonly width: number;
}

export interface FrozenPanes {
  readonly rows: number;
  readonly columns: number;
}

export type ValidationAlert = "stop" | "warning" | "information";

/**
 * A list validation. The list always comes from a range (`source`, e.g. "=Programdata!$B$2:$B$6"),
 * never an inline list: inline lists are capped at 255 characters and split on commas.
 */
export interface ListValidationPlan {
  readonly range: string;
  readonly source: string;
  readonly allowBlank: boolean;
  readonly alert: ValidationAlert;
  /** Swedish; Excel allows 32 characters. */
  readonly errorTitle: string;
  /** Swedish; Excel allows 225 characters. */
  readonly errorMessage: string;
}

/**
 * An expression rule: the formula is written for the range's top-left cell and Excel shifts it
 * over the range (so "=$E8=\"Pågår\"" colours every row by its own status cell). A conditional
 * format cannot add a glyph, so a term's shape is part of the text wherever the text is ours to
 * write: the trend cells ("↑ Bättre"), the summary's suggestion ("● I fas"), the legend and the
 * data sheet. Status cells hold what people pick from the list, the plain label, and carry colour only.
 */
export interface ConditionalFormatPlan {
  readonly range: string;
  readonly formula: string;
  /** Absent: the rule leaves the cell's fill (or font colour) as it is. */
  readonly fill?: string;
  readonly fontColour?: string;
  /**
   * A number format the rule applies, e.g. `"● "@`: the cell shows its term's shape before the
   * text it holds, so a status reads in black-and-white print, while the value stays the label.
   */
  readonly numberFormat?: string;
}

/** What users may still do on a protected sheet. */
export interface ProtectionAllowances {
  readonly selectLockedCells: boolean;
  readonly selectUnlockedCells: boolean;
  readonly formatCells: boolean;
  readonly formatColumns: boolean;
  readonly formatRows: boolean;
  readonly insertRows: boolean;
  readonly deleteRows: boolean;
  readonly sort: boolean;
  readonly autoFilter: boolean;
}

export interface ProtectionPlan {
  readonly protected: boolean;
  /** Cells left unlocked on the protected sheet: the input cells. */
  readonly unlockedRanges: readonly string[];
  readonly allow: ProtectionAllowances;
  /** No password: protection guards against slips, and anyone may lift it on purpose. */
  readonly password: null;
}

/**
 * Header and footer sections in Excel's header codes (&P page, &N pages; a literal & is "&&"),
 * which Office.js's headersFooters and the .xlsx file share.
 */
export interface HeaderFooterPlan {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: "A4";
  /** Pages wide the sheet is scaled to (height unconstrained). */
  readonly fitToWidth: number;
  /** Rows repeated on every page, e.g. "7:7"; null for none. */
  readonly printTitleRows: string | null;
  readonly header: HeaderFooterPlan;
  readonly footer: HeaderFooterPlan;
}

/** A row's height in points, where wrapped text needs more than one line. */
export interface RowHeightPlan {
  /** 1-based row number. */
  readonly row: number;
  readonly height: number;
}

export interface SheetPlan {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  readonly name: string;
  readonly role: SheetRole;
  readonly areaId?: string;
  readonly visibility: Visibility;
  readonly tabColour?: string;
  readonly blocks: readonly CellBlock[];
  readonly tables: readonly TablePlan[];
  readonly columnWidths: readonly ColumnWidth[];
  /** Rows taller than the default, so wrapped text shows (engines do not re-fit on open). */
  readonly rowHeights?: readonly RowHeightPlan[];
  readonly frozen: FrozenPanes | null;
  readonly validations: readonly ListValidationPlan[];
  /** In priority order, first highest. */
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly protection: ProtectionPlan;
  readonly print: PrintPlan | null;
  /**
   * Ranges merged into one cell (value in the top-left). Only the print views use them, and they
   * are written to files only: the Excel adapter refuses a plan that has them.
   */
  readonly merges?: readonly string[];
  /**
   * Native charts over the sheet's own cells. Written by the Excel adapter; the .xlsx writer has
   * no charts (ExcelJS writes none), so a file carries the cell picture beside them instead.
   */
  readonly charts?: readonly ChartPlan[];
}

/**
 * A 100 % stacked bar chart over a block of cells: the categories in its first column, one series
 * per further column, named by the block's first row.
 */
export interface ChartPlan {
  /** Unique on its sheet: the adapter finds an existing chart by it and does not add it twice. */
  readonly name: string;
  readonly title: string;
  readonly source: string;
  /** One fill per series, in the source's column order (RRGGBB). */
  readonly seriesColours: readonly string[];
  /** The cells the chart covers, top-left and bottom-right. */
  readonly from: string;
  readonly to: string;
}

/** A workbook-level defined name, e.g. {name: "Lista_Aktivitetsstatus", refersTo: "=Programdata!$B$2:$B$6"}. */
export interface DefinedNamePlan {
  readonly name: string;
  readonly refersTo: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly DefinedNamePlan[];
}
