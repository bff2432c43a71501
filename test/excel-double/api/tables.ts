import { hostError } from "../model/host-error";
import { InputError, parseCellInput } from "../model/input";
import { sameName } from "../model/names";
import { SheetModel } from "../model/sheet";
import { InMemoryWorkbook, TableModel } from "../model/workbook";
import { RequestContextDouble } from "../runtime/context";
import { CollectionProxy, PathStep, ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { RangeProxy, SIZE_MISMATCH, writeCellGrid } from "./range";
import { RangeTarget, assertCellsEditable, expectBoolean, expectString, resolveRangeArgument } from "./shared";
import { WorksheetProxy } from "./worksheet";

/** The tables of the workbook (sheet null) or of one sheet. */
export interface TableScope {
  readonly sheet: SheetModel | null;
}

function tablesIn(wb: InMemoryWorkbook, scope: TableScope): TableModel[] {
  return wb.tables.filter((t) => scope.sheet === null || t.sheet === scope.sheet);
}

const TABLES_SCALARS: ScalarSpecs<TableScope> = { count: { get: (scope, wb) => tablesIn(wb, scope).length } };

export class TableCollectionProxy extends CollectionProxy<TableScope, TableModel, TableProxy, Excel.Table> {
  get _className(): string {
    return "TableCollection";
  }
  get _scalars(): ScalarSpecs<TableScope> {
    return TABLES_SCALARS;
  }
  declare readonly count: Excel.TableCollection["count"];

  protected _list(scope: TableScope): TableModel[] {
    return tablesIn(this._ctx._host.workbook, scope);
  }
  protected _wrap(table: TableModel): TableProxy {
    return new TableProxy(this._ctx, this, { name: "getItem", args: [table.id] }, () => table, { target: table });
  }

  load(
    option?: string | string[] | Excel.Interfaces.TableCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.TableCollection {
    this._load(option);
    return asOffice<Excel.TableCollection>(this);
  }

  private _table(step: PathStep, locate: (scope: TableScope, wb: InMemoryWorkbook) => TableModel | null): Excel.Table {
    return TableProxy.create(this._ctx, this, step, () => {
      const scope = this._target();
      return scope === null ? null : locate(scope, this._ctx._host.workbook);
    });
  }

  /**
   * "If the address does not contain a sheet name, the currently-active sheet is used" (workbook
   * tables); "If the table cannot be added (e.g., because the address is invalid, or the table
   * would overlap with another table), an error will be thrown."
   * learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
   */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    this._ctx._checkArgument(address);
    return this._table({ name: "add", args: [address, hasHeaders] }, (scope, wb) => {
      const r = resolveRangeArgument(address, wb, scope.sheet ?? wb.activeSheet);
      if (scope.sheet !== null && r.sheet !== scope.sheet)
        throw hostError("InvalidArgument", "the address is on another sheet");
      return wb.addTable(r.sheet, r.area, hasHeaders);
    });
  }

  getItem(key: string): Excel.Table {
    return this._table(
      { name: "getItem", args: [key] },
      (scope, wb) => tablesIn(wb, scope).find((t) => t.id === key || sameName(t.name, key)) ?? null
    );
  }

  getItemOrNullObject(key: string): Excel.Table {
    return this._table(
      { name: "getItemOrNullObject", args: [key], orNull: true },
      (scope, wb) => tablesIn(wb, scope).find((t) => t.id === key || sameName(t.name, key)) ?? null
    );
  }

  getItemAt(index: number): Excel.Table {
    return this._table({ name: "getItemAt", args: [index] }, (scope, wb) => tablesIn(wb, scope)[index] ?? null);
  }
}

installScalarAccessors(TableCollectionProxy, TABLES_SCALARS);

const BUILT_IN_STYLE = /^TableStyle(Light([1-9]|1[0-9]|2[01])|Medium([1-9]|1[0-9]|2[0-8])|Dark([1-9]|1[01]))$/;

function flag(
  key: "showFilterButton" | "showBandedRows" | "showBandedColumns" | "highlightFirstColumn" | "highlightLastColumn"
): { get: (t: TableModel) => unknown; set: (t: TableModel, v: unknown) => void } {
  return { get: (t) => t[key], set: (t, v) => (t[key] = expectBoolean(v, `Table.${key}`)) };
}

const TABLE_SCALARS: ScalarSpecs<TableModel> = {
  id: { get: (t) => t.id },
  name: { get: (t) => t.name, set: (t, v, wb) => wb.renameTable(t, expectString(v, "Table.name")) },
  style: {
    get: (t) => t.style,
    set: (t, v) => {
      const s = expectString(v, "Table.style");
      if (s !== "" && !BUILT_IN_STYLE.test(s))
        throw hostError(
          "InvalidArgument",
          `"${s}" is not a built-in table style (TableStyleLight1..21, Medium1..28, Dark1..11)`
        );
      t.style = s;
    },
  },
  showFilterButton: flag("showFilterButton"),
  showBandedRows: flag("showBandedRows"),
  showBandedColumns: flag("showBandedColumns"),
  highlightFirstColumn: flag("highlightFirstColumn"),
  highlightLastColumn: flag("highlightLastColumn"),
};

export class TableProxy extends ProxyBase<TableModel> {
  get _className(): string {
    return "Table";
  }
  get _scalars(): ScalarSpecs<TableModel> {
    return TABLE_SCALARS;
  }
  declare readonly id: Excel.Table["id"];
  declare name: Excel.Table["name"];
  declare style: Excel.Table["style"];
  declare showFilterButton: Excel.Table["showFilterButton"];
  declare showBandedRows: Excel.Table["showBandedRows"];
  declare showBandedColumns: Excel.Table["showBandedColumns"];
  declare highlightFirstColumn: Excel.Table["highlightFirstColumn"];
  declare highlightLastColumn: Excel.Table["highlightLastColumn"];

  static create(
    ctx: RequestContextDouble,
    parent: ProxyBase<object>,
    step: PathStep,
    locate: () => TableModel | null
  ): Excel.Table {
    return asOffice<Excel.Table>(new TableProxy(ctx, parent, step, locate));
  }

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { columns: () => this._columns(), rows: () => this._rows(), worksheet: () => this._worksheet() };
  }
  private _columns(): TableColumnCollectionProxy {
    return this._child(
      "columns",
      () => new TableColumnCollectionProxy(this._ctx, this, { name: "columns", args: [] }, () => this._target())
    );
  }
  private _rows(): TableRowCollectionProxy {
    return this._child(
      "rows",
      () => new TableRowCollectionProxy(this._ctx, this, { name: "rows", args: [] }, () => this._target())
    );
  }
  private _worksheet(): WorksheetProxy {
    return this._child(
      "worksheet",
      () => new WorksheetProxy(this._ctx, this, { name: "worksheet", args: [] }, () => this._target()?.sheet ?? null)
    );
  }
  get columns(): Excel.TableColumnCollection {
    return asOffice<Excel.TableColumnCollection>(this._columns());
  }
  get rows(): Excel.TableRowCollection {
    return asOffice<Excel.TableRowCollection>(this._rows());
  }
  get worksheet(): Excel.Worksheet {
    return asOffice<Excel.Worksheet>(this._worksheet());
  }

  load(
    option?: string | string[] | Excel.Interfaces.TableLoadOptions | { select?: string; expand?: string }
  ): Excel.Table {
    this._load(option);
    return asOffice<Excel.Table>(this);
  }
  set(properties: Excel.Interfaces.TableUpdateData | Excel.Table): void {
    this._setMany(properties);
  }

  private _range(name: string, pick: (t: TableModel) => RangeTarget): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name, args: [] }, () => {
      const t = this._target();
      return t === null ? null : pick(t);
    });
  }

  getRange(): Excel.Range {
    return this._range("getRange", (t) => ({ sheet: t.sheet, area: t.area }));
  }

  delete(): void {
    this._method("delete", [], (t) => {
      if (t.sheet.protection.protected) throw hostError("AccessDenied", "the sheet is protected");
      const wb = this._ctx._host.workbook;
      for (const { row, column } of [...t.sheet.storedCellsIn(t.area)])
        wb.writeInput(t.sheet, row, column, { kind: "clear" });
      wb.removeTable(t);
    });
  }
}
installScalarAccessors(TableProxy, TABLE_SCALARS);

// ---- columns ---------------------------------------------------------------------------------

export interface ColumnTarget {
  readonly table: TableModel;
  readonly index: number;
  readonly deleted?: boolean;
}

const COLUMN_SCALARS: ScalarSpecs<ColumnTarget> = {
  id: { get: (c) => c.index + 1 },
  index: { get: (c) => c.index },
  name: {
    get: (c, wb) => wb.columnNames(c.table)[c.index],
    set: (c, v, wb) => {
      const name = expectString(v, "TableColumn.name");
      if (name.trim() === "") throw hostError("InvalidArgument", "a table column needs a name");
      if (wb.columnNames(c.table).some((n, i) => i !== c.index && sameName(n, name)))
        throw hostError("InvalidArgument", `the table already has a column "${name}"`);
      assertCellsEditable(c.table.sheet, [{ row: c.table.area.r0, column: c.table.area.c0 + c.index }]);
      wb.writeInput(c.table.sheet, c.table.area.r0, c.table.area.c0 + c.index, { kind: "constant", value: name });
    },
  },
};

const COLUMNS_SCALARS: ScalarSpecs<TableModel> = { count: { get: (t) => t.area.c1 - t.area.c0 + 1 } };

export class TableColumnCollectionProxy extends CollectionProxy<
  TableModel,
  ColumnTarget,
  TableColumnProxy,
  Excel.TableColumn
> {
  get _className(): string {
    return "TableColumnCollection";
  }
  get _scalars(): ScalarSpecs<TableModel> {
    return COLUMNS_SCALARS;
  }
  declare readonly count: Excel.TableColumnCollection["count"];
  protected _list(t: TableModel): ColumnTarget[] {
    return [...Array(t.area.c1 - t.area.c0 + 1).keys()].map((index) => ({ table: t, index }));
  }
  protected _wrap(c: ColumnTarget): TableColumnProxy {
    return new TableColumnProxy(this._ctx, this, { name: "getItemAt", args: [c.index] }, () => c, { target: c });
  }
  load(
    option?: string | string[] | Excel.Interfaces.TableColumnCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.TableColumnCollection {
    this._load(option);
    return asOffice<Excel.TableColumnCollection>(this);
  }
  private _column(step: PathStep, pick: (t: TableModel, names: string[]) => number): Excel.TableColumn {
    return asOffice<Excel.TableColumn>(
      new TableColumnProxy(this._ctx, this, step, () => {
        const t = this._target();
        if (t === null) return null;
        const i = pick(t, this._ctx._host.workbook.columnNames(t));
        return i >= 0 && i <= t.area.c1 - t.area.c0 ? { table: t, index: i } : null;
      })
    );
  }
  /** By name, or by id (a number) — TableColumnCollection.getItem(key: number | string). */
  getItem(key: number | string): Excel.TableColumn {
    return this._column({ name: "getItem", args: [key] }, (_t, names) =>
      typeof key === "number" ? key - 1 : names.findIndex((n) => sameName(n, key))
    );
  }
  getItemOrNullObject(key: number | string): Excel.TableColumn {
    return this._column({ name: "getItemOrNullObject", args: [key], orNull: true }, (_t, names) =>
      typeof key === "number" ? key - 1 : names.findIndex((n) => sameName(n, key))
    );
  }
  getItemAt(index: number): Excel.TableColumn {
    return this._column({ name: "getItemAt", args: [index] }, () => index);
  }
}

installScalarAccessors(TableColumnCollectionProxy, COLUMNS_SCALARS);

export class TableColumnProxy extends ProxyBase<ColumnTarget> {
  get _className(): string {
    return "TableColumn";
  }
  get _scalars(): ScalarSpecs<ColumnTarget> {
    return COLUMN_SCALARS;
  }
  declare readonly id: Excel.TableColumn["id"];
  declare readonly index: Excel.TableColumn["index"];
  declare name: Excel.TableColumn["name"];
  load(
    option?: string | string[] | Excel.Interfaces.TableColumnLoadOptions | { select?: string; expand?: string }
  ): Excel.TableColumn {
    this._load(option);
    return asOffice<Excel.TableColumn>(this);
  }
  set(properties: Excel.Interfaces.TableColumnUpdateData | Excel.TableColumn): void {
    this._setMany(properties);
  }
  private _range(name: string, rows: (t: TableModel) => { r0: number; r1: number }): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name, args: [] }, () => {
      const c = this._target();
      if (c === null) return null;
      const column = c.table.area.c0 + c.index;
      return { sheet: c.table.sheet, area: { ...rows(c.table), c0: column, c1: column } };
    });
  }
  getRange(): Excel.Range {
    return this._range("getRange", (t) => ({ r0: t.area.r0, r1: t.area.r1 }));
  }
}
installScalarAccessors(TableColumnProxy, COLUMN_SCALARS);

// ---- rows ------------------------------------------------------------------------------------

/** "a TableRow object represents the physical location of the table row, but not the data." */
export interface RowTarget {
  readonly table: TableModel;
  readonly index: number;
  readonly deleted?: boolean;
}

function rowRange(r: RowTarget): RangeTarget {
  const row = r.table.area.r0 + 1 + r.index;
  return { sheet: r.table.sheet, area: { r0: row, c0: r.table.area.c0, r1: row, c1: r.table.area.c1 } };
}

const ROW_SCALARS: ScalarSpecs<RowTarget> = {
  index: { get: (r) => r.index },
  values: {
    get: (r, wb) => {
      const t = rowRange(r);
      const line: unknown[] = [];
      for (let c = t.area.c0; c <= t.area.c1; c++) line.push(wb.displayValue(t.sheet, t.area.r0, c));
      return [line];
    },
    set: (r, v, wb) => writeCellGrid(wb, rowRange(r), v, "TableRow.values"),
  },
};

const ROWS_SCALARS: ScalarSpecs<TableModel> = { count: { get: (t, wb) => wb.dataRowCount(t) } };

export class TableRowCollectionProxy extends CollectionProxy<TableModel, RowTarget, TableRowProxy, Excel.TableRow> {
  get _className(): string {
    return "TableRowCollection";
  }
  get _scalars(): ScalarSpecs<TableModel> {
    return ROWS_SCALARS;
  }
  declare readonly count: Excel.TableRowCollection["count"];
  protected _list(t: TableModel): RowTarget[] {
    return [...Array(this._ctx._host.workbook.dataRowCount(t)).keys()].map((index) => ({ table: t, index }));
  }
  protected _wrap(r: RowTarget): TableRowProxy {
    return new TableRowProxy(this._ctx, this, { name: "getItemAt", args: [r.index] }, () => r, { target: r });
  }
  load(
    option?: string | string[] | Excel.Interfaces.TableRowCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.TableRowCollection {
    this._load(option);
    return asOffice<Excel.TableRowCollection>(this);
  }

  /**
   * TableRowCollection.add(index?, values?): "If null or -1, the addition happens at the end. Any
   * rows below the inserted row are shifted downwards." values: a 2-D array, one inner array per
   * new row with one value per column (otherwise InvalidArgument, as for Range.values). The double
   * always inserts (alwaysInsert = true, the documented default).
   */
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    alwaysInsert?: boolean
  ): Excel.TableRow {
    return asOffice<Excel.TableRow>(
      new TableRowProxy(this._ctx, this, { name: "add", args: [index, values, alwaysInsert] }, () => {
        const t = this._target();
        if (t === null) return null;
        const wb = this._ctx._host.workbook;
        const width = t.area.c1 - t.area.c0 + 1;
        let grid: unknown[][] | null = null;
        if (values !== undefined && values !== null) {
          if (!Array.isArray(values) || values.length === 0 || !values.every((r) => Array.isArray(r))) {
            throw hostError(
              "InvalidArgument",
              "TableRowCollection.add takes a 2-D array of values (the double does not spread a single value)"
            );
          }
          if (values.some((r) => r.length !== width))
            throw hostError("InvalidArgument", `each row needs ${width} values`, SIZE_MISMATCH);
          grid = values;
        }
        const rows = wb.dataRowCount(t);
        const at = index === undefined || index === null || index === -1 ? rows : index;
        const count = grid?.length ?? 1;
        // Parse before changing anything: a bad value fails the action without a half-done insert.
        if (grid !== null) {
          for (const line of grid) {
            for (const v of line) {
              try {
                if (v !== null) parseCellInput(v, "General");
              } catch (e) {
                if (e instanceof InputError) throw hostError("InvalidArgument", e.message);
                throw e;
              }
            }
          }
        }
        const firstRow = wb.insertTableRows(t, at, count);
        if (grid !== null) {
          writeCellGrid(
            wb,
            { sheet: t.sheet, area: { r0: firstRow, c0: t.area.c0, r1: firstRow + count - 1, c1: t.area.c1 } },
            grid,
            "TableRowCollection.add values"
          );
        }
        return { table: t, index: at };
      })
    );
  }

  getItemAt(index: number): Excel.TableRow {
    return asOffice<Excel.TableRow>(
      new TableRowProxy(this._ctx, this, { name: "getItemAt", args: [index] }, () => {
        const t = this._target();
        if (t === null) return null;
        return index >= 0 && index < this._ctx._host.workbook.dataRowCount(t) ? { table: t, index } : null;
      })
    );
  }
}

installScalarAccessors(TableRowCollectionProxy, ROWS_SCALARS);

export class TableRowProxy extends ProxyBase<RowTarget> {
  get _className(): string {
    return "TableRow";
  }
  get _scalars(): ScalarSpecs<RowTarget> {
    return ROW_SCALARS;
  }
  declare readonly index: Excel.TableRow["index"];
  declare values: Excel.TableRow["values"];
  load(
    option?: string | string[] | Excel.Interfaces.TableRowLoadOptions | { select?: string; expand?: string }
  ): Excel.TableRow {
    this._load(option);
    return asOffice<Excel.TableRow>(this);
  }
  set(properties: Excel.Interfaces.TableRowUpdateData | Excel.TableRow): void {
    this._setMany(properties);
  }
  getRange(): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name: "getRange", args: [] }, () => {
      const r = this._target();
      return r === null ? null : rowRange(r);
    });
  }
  /** Deletes the row; the table keeps at least one (empty) data row, as Excel's tables do. */
  delete(): void {
    this._method("delete", [], (r) => {
      const wb = this._ctx._host.workbook;
      if (wb.dataRowCount(r.table) <= 1) {
        if (r.table.sheet.protection.protected) throw hostError("AccessDenied", "the sheet is protected");
        const range = rowRange(r);
        for (const { row, column } of [...range.sheet.storedCellsIn(range.area)])
          wb.writeInput(range.sheet, row, column, { kind: "clear" });
        return;
      }
      wb.deleteTableRow(r.table, r.index);
    });
  }
}
installScalarAccessors(TableRowProxy, ROW_SCALARS);
