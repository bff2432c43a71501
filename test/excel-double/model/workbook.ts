import type { CellScalar, RawCell, SheetGrid } from "../../../src/core";
import { parseAreaName, qualifiedAddress, splitReference } from "./a1";
import { Area, MAX_ROWS, columnCount, intersection, isInsideGrid, overlaps, rowCount } from "./area";
import { CellModel, CellValue } from "./cell";
import { hostError } from "./host-error";
import { CellInput } from "./input";
import { definedNameProblem, sameName, sheetNameProblem } from "./names";
import { ConditionalFormatModel, SheetModel, SheetVisibility, ValidationModel } from "./sheet";
import { CellStyle } from "./style";
import { renderText } from "./text";

export interface TableModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  /** Header row included (tables here always show headers). */
  area: Area;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showFilterButton: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  deleted: boolean;
}

export interface NameModel {
  name: string;
  /** "=Sheet1!$A$1:$B$2" or a constant formula such as "=5". */
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface SettingModel {
  readonly key: string;
  value: unknown;
  deleted: boolean;
}

/** What a test sees of one cell. */
export interface CellView {
  readonly address: string;
  /** What Range.values reports: the constant, a formula's result if the double knows one, else "". */
  readonly value: CellValue | "";
  readonly formula: string | null;
  readonly text: string;
  readonly numberFormat: string;
  readonly locked: boolean;
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontColor: string;
  readonly wrapText: boolean;
  readonly horizontalAlignment: string;
  readonly validation: ValidationModel | null;
}

/**
 * A formula's value, when a test wants the double to have one (Excel calculates; the double does
 * not). Return null for "unknown"; Range.values then reports "".
 */
export type FormulaEvaluator = (
  formula: string,
  at: { sheet: SheetModel; row: number; column: number },
  workbook: InMemoryWorkbook
) => CellValue | null;

function sheetId(n: number): string {
  return `{${n.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;
}

/**
 * The workbook behind the double: plain data that tests inspect directly. The proxy layer
 * (Excel.run and friends) reads and changes it only while a request is carried out at sync().
 */
/** One sheet's changed cells, as WorksheetCollection.onChanged reports them. */
export interface SheetChange {
  readonly sheet: SheetModel;
  readonly area: Area;
}

export type ChangeListener = (change: SheetChange) => void;

interface ChangeState {
  readonly listeners: Set<ChangeListener>;
  readonly pending: Map<SheetModel, Area>;
}

const CHANGE_STATE = new WeakMap<InMemoryWorkbook, ChangeState>();

function changeStateOf(workbook: InMemoryWorkbook): ChangeState {
  let state = CHANGE_STATE.get(workbook);
  if (state === undefined) {
    state = { listeners: new Set(), pending: new Map() };
    CHANGE_STATE.set(workbook, state);
  }
  return state;
}

function raiseChanges(state: ChangeState): void {
  const changes = [...state.pending];
  state.pending.clear();
  for (const [sheet, area] of changes) {
    for (const listener of [...state.listeners]) listener({ sheet, area });
  }
}

export class InMemoryWorkbook {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  readonly settings: SettingModel[] = [];
  readonly application = { calculationMode: "Automatic", calculateCalls: 0 };
  readonly runtime = { enableEvents: true };

  readonly protection = { protected: false, password: null as string | null };
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; area: Area };
  evaluator: FormulaEvaluator | null = null;
  private sheetCounter = 0;
  private tableCounter = 0;
  private cfCounter = 0;

  constructor(firstSheetName = "Sheet1") {
    this.activeSheet = this.addSheet(firstSheetName);
    this.selection = { sheet: this.activeSheet, area: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }

  /**
   * Listeners of WorksheetCollection.onChanged. As in Excel, a change made while
   * runtime.enableEvents is off raises nothing; the others are told after the change, in a task
   * of their own, once per sheet for the cells one piece of work changed. Kept beside the model,
   * not in it, so the workbook stays plain data a test can carry out of a browser page.
   */
  addChangeListener(listener: ChangeListener): void {
    changeStateOf(this).listeners.add(listener);
  }

  removeChangeListener(listener: ChangeListener): void {
    changeStateOf(this).listeners.delete(listener);
  }

  private noteChange(sheet: SheetModel, row: number, column: number): void {
    const state = CHANGE_STATE.get(this);
    if (!this.runtime.enableEvents || state === undefined || state.listeners.size === 0) return;
    const first = state.pending.size === 0;
    const area = state.pending.get(sheet);
    state.pending.set(
      sheet,
      area === undefined
        ? { r0: row, c0: column, r1: row, c1: column }
        : {
            r0: Math.min(area.r0, row),
            c0: Math.min(area.c0, column),
            r1: Math.max(area.r1, row),
            c1: Math.max(area.c1, column),
          }
    );
    if (first) setTimeout(() => raiseChanges(state), 0);
  }

  // ---- sheets ------------------------------------------------------------------------------

  findSheet(nameOrId: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === nameOrId) ?? this.sheets.find((s) => sameName(s.name, nameOrId));
  }

  /** The sheet named `name`; throws (a test's mistake) when there is none. */
  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (s === undefined)
      throw new Error(
        `The double's workbook has no sheet "${name}" (it has ${this.sheets.map((x) => `"${x.name}"`).join(", ")}).`
      );
    return s;
  }

  private assertStructureEditable(): void {
    if (this.protection.protected) throw hostError("AccessDenied", "the workbook structure is protected");
  }

  private assertSheetName(name: string, except: SheetModel | null): void {
    const problem = sheetNameProblem(name);
    if (problem !== null) throw hostError("InvalidArgument", problem);
    if (this.sheets.some((s) => s !== except && sameName(s.name, name))) {
      throw hostError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    }
  }

  addSheet(name?: string): SheetModel {
    if (this.sheets.length > 0) this.assertStructureEditable();
    let finalName = name;
    if (finalName === undefined || finalName === null || finalName === "") {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`) !== undefined) n++;
      finalName = `Sheet${n}`;
    }
    this.assertSheetName(finalName, null);
    this.sheetCounter++;
    const sheet = new SheetModel(sheetId(this.sheetCounter), finalName);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.assertStructureEditable();
    this.assertSheetName(name, sheet);
    sheet.name = name;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.assertStructureEditable();
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw hostError("InvalidArgument", `position ${position} is outside 0..${this.sheets.length - 1}`);
    }
    const from = this.sheets.indexOf(sheet);
    this.sheets.splice(from, 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: SheetVisibility): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      throw hostError("InvalidArgument", `unknown visibility "${visibility}"`);
    if (sheet.visibility === visibility) return;
    this.assertStructureEditable();
    if (visibility !== "Visible" && this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw hostError("InvalidOperation", "a workbook must keep at least one visible sheet");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheet === sheet) this.activate(this.firstVisibleSheet());
  }

  private firstVisibleSheet(): SheetModel {
    const visible = this.sheets.find((s) => s.visibility === "Visible");
    if (visible === undefined) throw new Error("The double's workbook has no visible sheet.");
    return visible;
  }

  deleteSheet(sheet: SheetModel): void {
    this.assertStructureEditable();
    if (sheet.visibility === "VeryHidden") {
      // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#delete-a-worksheet:
      // "You can't delete a worksheet with a visibility of Very Hidden by using the delete method."
      throw hostError("InvalidOperation", "a very hidden sheet cannot be deleted");
    }
    if (this.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
      throw hostError("InvalidOperation", "a workbook must keep at least one visible sheet");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (const t of this.tables.filter((x) => x.sheet === sheet)) this.removeTable(t);
    if (this.activeSheet === sheet) this.activate(this.firstVisibleSheet());
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw hostError("InvalidOperation", "a hidden sheet cannot be activated");
    this.activeSheet = sheet;
    if (this.selection.sheet !== sheet) this.selection = { sheet, area: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }

  // ---- cells ---------------------------------------------------------------------------------

  /** What Range.values reports for a cell. */
  displayValue(sheet: SheetModel, row: number, column: number): CellValue | "" {
    const cell = sheet.cellAt(row, column);
    if (cell === undefined) return "";
    if (cell.formula !== null) {
      const evaluated = this.evaluator ? this.evaluator(cell.formula, { sheet, row, column }, this) : null;
      return evaluated ?? cell.value ?? "";
    }
    return cell.value ?? "";
  }

  writeInput(sheet: SheetModel, row: number, column: number, input: CellInput): void {
    this.noteChange(sheet, row, column);
    if (input.kind === "clear") {
      const cell = sheet.cellAt(row, column);
      if (cell !== undefined) {
        cell.value = null;
        cell.formula = null;
        sheet.compact(row, column);
      }
      return;
    }
    const cell = sheet.cellForWrite(row, column);
    if (input.kind === "formula") {
      cell.formula = input.formula;
      cell.value = null;
    } else {
      cell.formula = null;
      cell.value = input.value;
      // Typing a date or a percentage into a General cell also gives it a matching format.
      if (input.impliedFormat !== undefined && cell.style.numberFormat === "General")
        cell.style.numberFormat = input.impliedFormat;
    }
  }

  cell(sheetName: string, a1: string): CellView {
    const sheet = this.sheet(sheetName);
    const a = parseAreaName(a1);
    if (a === null || a.r0 !== a.r1 || a.c0 !== a.c1) throw new Error(`"${a1}" is not one cell.`);
    return this.cellView(sheet, a.r0, a.c0);
  }

  cellView(sheet: SheetModel, row: number, column: number): CellView {
    const stored: CellModel | undefined = sheet.cellAt(row, column);
    const style: CellStyle = sheet.styleAt(row, column);
    const value = this.displayValue(sheet, row, column);
    return {
      address: qualifiedAddress(sheet.name, { r0: row, c0: column, r1: row, c1: column }),
      value,
      formula: stored?.formula ?? null,
      text: renderText(value === "" ? null : value, style.numberFormat),
      numberFormat: style.numberFormat,
      locked: style.locked,
      fill: style.fill,
      bold: style.bold,
      italic: style.italic,
      fontColor: style.fontColor,
      wrapText: style.wrapText,
      horizontalAlignment: style.horizontalAlignment,
      validation: sheet.validationAt(row, column),
    };
  }

  /** Range.values of an address on a sheet, for assertions. */
  values(sheetName: string, a1: string): (CellValue | "")[][] {
    const sheet = this.sheet(sheetName);
    const a = parseAreaName(a1);
    if (a === null) throw new Error(`"${a1}" is not an A1 reference.`);
    const out: (CellValue | "")[][] = [];
    for (let r = a.r0; r <= a.r1; r++) {
      const row: (CellValue | "")[] = [];
      for (let c = a.c0; c <= a.c1; c++) row.push(this.displayValue(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  /**
   * Every sheet as the project's core reads a workbook (src/core/workbook/cell.ts): from A1 to the
   * end of the used range; formulas as {formula, result?}, empty cells null.
   */
  toSheetGrids(): SheetGrid[] {
    return this.sheets.map((sheet) => {
      const used = sheet.usedArea(true);
      const cells: RawCell[][] = [];
      if (used !== null) {
        for (let r = 0; r <= used.r1; r++) {
          const row: RawCell[] = [];
          for (let c = 0; c <= used.c1; c++) {
            const cell = sheet.cellAt(r, c);
            if (cell === undefined || (cell.formula === null && (cell.value === null || cell.value === ""))) {
              row.push(null);
            } else if (cell.formula !== null) {
              const result = this.displayValue(sheet, r, c);
              row.push(
                result === ""
                  ? { formula: cell.formula.slice(1) }
                  : { formula: cell.formula.slice(1), result: result as CellScalar }
              );
            } else {
              row.push(cell.value);
            }
          }
          cells.push(row);
        }
      }
      return sheet.visibility === "Visible" ? { name: sheet.name, cells } : { name: sheet.name, cells, hidden: true };
    });
  }

  // ---- references ----------------------------------------------------------------------------

  /**
   * Resolves "A1:B2", "Sheet2!A1", "'Område 1'!C3" or a defined name to a sheet and area;
   * null when the text is none of these.
   */
  resolveReference(text: string, defaultSheet: SheetModel | null): { sheet: SheetModel; area: Area } | null {
    const ref = splitReference(text);
    const sheet = ref.sheet === null ? defaultSheet : (this.findSheet(ref.sheet) ?? null);
    const parsed = parseAreaName(ref.local);
    if (parsed !== null) {
      return sheet === null ? null : { sheet, area: parsed };
    }
    if (ref.sheet === null) {
      const named = this.findName(ref.local);
      if (named !== undefined) {
        const target = splitReference(named.formula);
        if (target.sheet !== null) return this.resolveReference(named.formula, null);
      }
      const table = this.findTable(ref.local);
      if (table !== undefined) return { sheet: table.sheet, area: table.area };
    }
    return null;
  }

  // ---- tables --------------------------------------------------------------------------------

  findTable(nameOrId: string): TableModel | undefined {
    return this.tables.find((t) => t.id === nameOrId) ?? this.tables.find((t) => sameName(t.name, nameOrId));
  }

  tableNamed(name: string): TableModel {
    const t = this.findTable(name);
    if (t === undefined) throw new Error(`The double's workbook has no table "${name}".`);
    return t;
  }

  private assertNewName(name: string, except: TableModel | NameModel | null): void {
    const problem = definedNameProblem(name);
    if (problem !== null) throw hostError("InvalidArgument", problem);
    const clash =
      this.tables.some((t) => t !== except && sameName(t.name, name)) ||
      this.names.some((n) => n !== except && sameName(n.name, name));
    if (clash) throw hostError("ItemAlreadyExists", `"${name}" is already the name of a table or a defined name`);
  }

  columnNames(table: TableModel): string[] {
    const names: string[] = [];
    for (let c = table.area.c0; c <= table.area.c1; c++) {
      const v = this.displayValue(table.sheet, table.area.r0, c);
      names.push(String(v));
    }
    return names;
  }

  /**
   * TableCollection.add: "If the source does not contain headers (i.e., when this property set
   * to false), Excel will automatically generate a header and shift the data down by one row."
   * learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
   */
  addTable(sheet: SheetModel, a: Area, hasHeaders: boolean): TableModel {
    if (!isInsideGrid(a)) throw hostError("InvalidArgument", "the table's range is outside the sheet");
    if (sheet.protection.protected) throw hostError("AccessDenied", "the sheet is protected");
    let tableArea = a;
    if (!hasHeaders) {
      sheet.insertRows({ row: a.r0, count: 1, c0: a.c0, c1: a.c1, extendAdjacent: false }, null);
      this.shiftTables(sheet, a.r0, 1, a.c0, a.c1, null);
      tableArea = { ...a, r1: a.r1 + 1 };
    } else if (a.r0 === a.r1) {
      tableArea = { ...a, r1: a.r1 + 1 };
    }
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.area, tableArea))) {
      throw hostError("MergedRangeConflict", "the table would overlap another table");
    }
    // Header cells hold the column names, as text, unique and never blank.
    const seen: string[] = [];
    for (let c = tableArea.c0; c <= tableArea.c1; c++) {
      const current = hasHeaders ? this.displayValue(sheet, tableArea.r0, c) : "";
      let name = current === "" ? `Column${c - tableArea.c0 + 1}` : String(current);
      const base = name;
      let n = 2;
      while (seen.some((s) => sameName(s, name))) name = `${base}${n++}`;
      seen.push(name);
      this.writeInput(sheet, tableArea.r0, c, { kind: "constant", value: name });
    }
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`) !== undefined || this.findName(`Table${n}`) !== undefined) n++;
    this.tableCounter++;
    const table: TableModel = {
      id: String(this.tableCounter),
      name: `Table${n}`,
      sheet,
      area: tableArea,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
      showFilterButton: true,
      showBandedRows: true,
      showBandedColumns: false,
      highlightFirstColumn: false,
      highlightLastColumn: false,
      deleted: false,
    };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (table.name === name) return;
    this.assertNewName(name, table);
    table.name = name;
  }

  removeTable(table: TableModel): void {
    const i = this.tables.indexOf(table);
    if (i >= 0) this.tables.splice(i, 1);
    table.deleted = true;
  }

  dataRowCount(table: TableModel): number {
    return rowCount(table.area) - 1 - (table.showTotals ? 1 : 0);
  }

  /** Tables below `row` within the columns move with inserted / deleted cells. */
  private shiftTables(
    sheet: SheetModel,
    row: number,
    delta: number,
    c0: number,
    c1: number,
    except: TableModel | null
  ): void {
    for (const t of this.tables) {
      if (t === except || t.sheet !== sheet || t.area.r0 < row) continue;
      if (t.area.c1 < c0 || t.area.c0 > c1) continue;
      if (t.area.c0 < c0 || t.area.c1 > c1) throw hostError("InsertDeleteConflict", `table ${t.name} would be split`);
      t.area = { ...t.area, r0: t.area.r0 + delta, r1: t.area.r1 + delta };
    }
  }

  /**
   * TableRowCollection.add: "If null or -1, the addition happens at the end. Any rows below the
   * inserted row are shifted downwards." New rows take the format (style, validation, conditional
   * formats) of the row next to them, as Excel's table auto-expansion does.
   * learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
   */
  insertTableRows(table: TableModel, index: number, count: number): number {
    const { sheet } = table;
    if (sheet.protection.protected) throw hostError("AccessDenied", "the sheet is protected");
    const rows = this.dataRowCount(table);
    if (!Number.isInteger(index) || index < 0 || index > rows)
      throw hostError("InvalidArgument", `row index ${index} is outside 0..${rows}`);
    const firstData = table.area.r0 + 1;
    const at = firstData + index;
    if (table.area.r1 + count >= MAX_ROWS) throw hostError("InvalidArgument", "the table would run past the last row");
    const styleFrom = rows === 0 ? null : index > 0 ? at - 1 : at;
    this.shiftTables(sheet, at, count, table.area.c0, table.area.c1, table);
    sheet.insertRows({ row: at, count, c0: table.area.c0, c1: table.area.c1, extendAdjacent: rows > 0 }, styleFrom);
    table.area = { ...table.area, r1: table.area.r1 + count };
    return at;
  }

  deleteTableRow(table: TableModel, index: number): void {
    const { sheet } = table;
    if (sheet.protection.protected) throw hostError("AccessDenied", "the sheet is protected");
    const rows = this.dataRowCount(table);
    if (index < 0 || index >= rows) throw hostError("InvalidArgument", `row index ${index} is outside 0..${rows - 1}`);
    const at = table.area.r0 + 1 + index;
    sheet.deleteRows(at, 1, table.area.c0, table.area.c1);
    this.shiftTables(sheet, at + 1, -1, table.area.c0, table.area.c1, table);
    table.area = { ...table.area, r1: table.area.r1 - 1 };
  }

  /** Range.delete(Up) on a plain range: cells below and the tables there move up. */
  deleteCellsUp(sheet: SheetModel, a: Area): void {
    if (sheet.protection.protected) throw hostError("AccessDenied", "the sheet is protected");
    this.assertNoTableCut(sheet, a);
    for (const t of this.tables.filter((x) => x.sheet === sheet && intersection(x.area, a) !== null)) {
      const cut = intersection(t.area, a);
      if (cut !== null && cut.r0 === t.area.r0) this.removeTable(t);
    }
    sheet.deleteRows(a.r0, rowCount(a), a.c0, a.c1);
    this.shiftTables(sheet, a.r1 + 1, -rowCount(a), a.c0, a.c1, null);
  }

  private assertNoTableCut(sheet: SheetModel, a: Area): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet || t.area.r1 < a.r0) continue;
      const sharesColumns = !(t.area.c1 < a.c0 || t.area.c0 > a.c1);
      if (sharesColumns && (t.area.c0 < a.c0 || t.area.c1 > a.c1)) {
        throw hostError("InsertDeleteConflict", `table ${t.name} would be split`);
      }
    }
  }

  // ---- names, settings, conditional formats ---------------------------------------------------

  findName(name: string): NameModel | undefined {
    return this.names.find((n) => sameName(n.name, name));
  }

  addName(name: string, formula: string, comment: string): NameModel {
    this.assertNewName(name, null);
    const model: NameModel = {
      name,
      formula: formula.startsWith("=") ? formula : `=${formula}`,
      comment,
      visible: true,
      deleted: false,
    };
    this.names.push(model);
    return model;
  }

  removeName(model: NameModel): void {
    const i = this.names.indexOf(model);
    if (i >= 0) this.names.splice(i, 1);
    model.deleted = true;
  }

  findSetting(key: string): SettingModel | undefined {
    return this.settings.find((s) => s.key === key);
  }

  /** Settings hold JSON: what Excel keeps for them in the file. */
  setSetting(key: string, value: unknown): SettingModel {
    if (key === "") throw hostError("InvalidArgument", "a setting needs a key");
    const stored: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
    const existing = this.findSetting(key);
    if (existing !== undefined) {
      existing.value = stored;
      return existing;
    }
    const model: SettingModel = { key, value: stored, deleted: false };
    this.settings.push(model);
    return model;
  }

  removeSetting(model: SettingModel): void {
    const i = this.settings.indexOf(model);
    if (i >= 0) this.settings.splice(i, 1);
    model.deleted = true;
  }

  newConditionalFormat(type: string, areas: Area[]): ConditionalFormatModel {
    this.cfCounter++;
    return {
      id: `{CF-${this.cfCounter}}`,
      type,
      areas,
      stopIfTrue: false,
      formula: null,
      fill: null,
      fontColor: null,
      bold: null,
      italic: null,
      numberFormat: null,
    };
  }

  /** The table a cell belongs to, if any. */
  tableAt(sheet: SheetModel, row: number, column: number): TableModel | undefined {
    return this.tables.find(
      (t) => t.sheet === sheet && row >= t.area.r0 && row <= t.area.r1 && column >= t.area.c0 && column <= t.area.c1
    );
  }

  /** Number of cells of `a` (for the 5 million cell read limit and friends). */
  static cellCount(a: Area): number {
    return rowCount(a) * columnCount(a);
  }
}
