import { areaName, parseAreaName } from "../model/a1";
import { MAX_COLUMNS, MAX_ROWS } from "../model/area";
import { hostError } from "../model/host-error";
import { SheetModel, SheetVisibility } from "../model/sheet";
import { normaliseColour } from "../model/style";
import { InMemoryWorkbook, type SheetChange } from "../model/workbook";
import { RequestContextDouble } from "../runtime/context";
import { CollectionProxy, PathStep, ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { ChartCollectionProxy, chartCollection } from "./charts";
import { PageLayoutProxy } from "./page-layout";
import { RangeAreasProxy, rangesOnSheet } from "./range-areas";
import { RangeProxy } from "./range";
import { RangeTarget, checkedArea, expectString, isNonNegativeInteger, resolveRangeArgument } from "./shared";
import { TableCollectionProxy } from "./tables";
import { FreezePanesProxy, WorksheetProtectionProxy } from "./worksheet-parts";

const WORKSHEET_SCALARS: ScalarSpecs<SheetModel> = {
  id: { get: (s) => s.id },
  name: { get: (s) => s.name, set: (s, v, wb) => wb.renameSheet(s, expectString(v, "Worksheet.name")) },
  position: { get: (s, wb) => wb.sheets.indexOf(s), set: (s, v, wb) => wb.moveSheet(s, v as number) },
  visibility: { get: (s) => s.visibility, set: (s, v, wb) => wb.setVisibility(s, v as SheetVisibility) },
  /**
   * Worksheet.tabColor: "if the worksheet is invisible, the value will be null. If the worksheet is
   * visible but the tab color is set to auto, an empty string will be returned."
   */
  tabColor: {
    get: (s) => (s.visibility === "Visible" ? s.tabColor : null),
    set: (s, v) => {
      const text = expectString(v, "Worksheet.tabColor");
      if (text === "") {
        s.tabColor = "";
        return;
      }
      const c = normaliseColour(text);
      if (c === null) throw hostError("InvalidArgument", `"${text}" is not a colour`);
      s.tabColor = c;
    },
  },
};

export class WorksheetProxy extends ProxyBase<SheetModel> {
  get _className(): string {
    return "Worksheet";
  }
  get _scalars(): ScalarSpecs<SheetModel> {
    return WORKSHEET_SCALARS;
  }
  declare readonly id: Excel.Worksheet["id"];
  declare name: Excel.Worksheet["name"];
  declare position: Excel.Worksheet["position"];
  declare visibility: Excel.Worksheet["visibility"];
  declare tabColor: Excel.Worksheet["tabColor"];

  static create(
    ctx: RequestContextDouble,
    parent: ProxyBase<object>,
    step: PathStep,
    locate: () => SheetModel | null
  ): Excel.Worksheet {
    return asOffice<Excel.Worksheet>(new WorksheetProxy(ctx, parent, step, locate));
  }

  private get _wb(): InMemoryWorkbook {
    return this._ctx._host.workbook;
  }

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return {
      tables: () => this._tables(),
      charts: () => this._charts(),
      protection: () => this._protection(),
      freezePanes: () => this._freeze(),
      pageLayout: () => this._pageLayout(),
    };
  }
  private _tables(): TableCollectionProxy {
    return this._child(
      "tables",
      () =>
        new TableCollectionProxy(this._ctx, this, { name: "tables", args: [] }, () => {
          const s = this._target();
          return s === null ? null : { sheet: s };
        })
    );
  }
  private _charts(): ChartCollectionProxy {
    return this._child("charts", () => chartCollection(this._ctx, this, () => this._target()));
  }
  private _protection(): WorksheetProtectionProxy {
    return this._child(
      "protection",
      () => new WorksheetProtectionProxy(this._ctx, this, { name: "protection", args: [] }, () => this._target())
    );
  }
  private _freeze(): FreezePanesProxy {
    return this._child(
      "freezePanes",
      () => new FreezePanesProxy(this._ctx, this, { name: "freezePanes", args: [] }, () => this._target())
    );
  }
  private _pageLayout(): PageLayoutProxy {
    return this._child(
      "pageLayout",
      () => new PageLayoutProxy(this._ctx, this, { name: "pageLayout", args: [] }, () => this._target())
    );
  }
  get tables(): Excel.TableCollection {
    return asOffice<Excel.TableCollection>(this._tables());
  }
  get charts(): Excel.ChartCollection {
    return asOffice<Excel.ChartCollection>(this._charts());
  }
  get protection(): Excel.WorksheetProtection {
    return asOffice<Excel.WorksheetProtection>(this._protection());
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    return asOffice<Excel.WorksheetFreezePanes>(this._freeze());
  }
  get pageLayout(): Excel.PageLayout {
    return asOffice<Excel.PageLayout>(this._pageLayout());
  }

  load(
    option?: string | string[] | Excel.Interfaces.WorksheetLoadOptions | { select?: string; expand?: string }
  ): Excel.Worksheet {
    this._load(option);
    return asOffice<Excel.Worksheet>(this);
  }

  set(properties: Excel.Interfaces.WorksheetUpdateData | Excel.Worksheet): void {
    this._setMany(properties);
  }

  private _range(
    name: string,
    args: readonly unknown[],
    locate: (s: SheetModel) => RangeTarget | null,
    orNull = false
  ): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name, args, orNull }, () => {
      const s = this._target();
      return s === null ? null : locate(s);
    });
  }

  /** An address on this sheet or a defined name; no address = the whole sheet. */
  getRange(address?: string): Excel.Range {
    return this._range("getRange", [address], (s) => {
      if (address === undefined || address === null || address === "")
        return { sheet: s, area: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const local = parseAreaName(address);
      if (local !== null) return { sheet: s, area: local };
      const r = resolveRangeArgument(address, this._wb, s);
      if (r.sheet !== s) throw hostError("InvalidArgument", `"${address}" is not on sheet "${s.name}"`);
      return r;
    });
  }

  /**
   * "Gets the RangeAreas object, representing one or more blocks of rectangular ranges, specified
   * by the address or name" (ExcelApi 1.9; range-areas.ts, rangesOnSheet, for the address).
   */
  getRanges(address?: string): Excel.RangeAreas {
    return RangeAreasProxy.create(this._ctx, this, { name: "getRanges", args: [address] }, () => {
      const s = this._target();
      return s === null ? null : { sheet: s, areas: rangesOnSheet(address, s, this._wb) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (s) => {
      if (
        ![startRow, startColumn].every(isNonNegativeInteger) ||
        !Number.isInteger(rowCount) ||
        !Number.isInteger(columnCount) ||
        rowCount < 1 ||
        columnCount < 1
      ) {
        throw hostError(
          "InvalidArgument",
          "getRangeByIndexes takes non-negative start indexes and counts of at least 1"
        );
      }
      return {
        sheet: s,
        area: checkedArea({
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        }),
      };
    });
  }

  /** "If the entire worksheet is blank, this function will return the top left cell (i.e. it will *not* throw an error)." */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._range("getUsedRange", [valuesOnly], (s) => ({
      sheet: s,
      area: s.usedArea(valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (s) => {
        const used = s.usedArea(valuesOnly === true);
        return used === null ? null : { sheet: s, area: used };
      },
      true
    );
  }

  delete(): void {
    this._method("delete", [], (s) => this._wb.deleteSheet(s));
  }

  activate(): void {
    this._method("activate", [], (s) => this._wb.activate(s));
  }
}
installScalarAccessors(WorksheetProxy, WORKSHEET_SCALARS);

type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;
/** The model's listener for each handler an add-in registered, so a later onChanged.remove finds it. */
const CHANGE_LISTENERS = new WeakMap<ChangedHandler, (change: SheetChange) => void>();

export class WorksheetCollectionProxy extends CollectionProxy<
  InMemoryWorkbook,
  SheetModel,
  WorksheetProxy,
  Excel.Worksheet
> {
  get _className(): string {
    return "WorksheetCollection";
  }
  get _scalars(): ScalarSpecs<InMemoryWorkbook> {
    return {};
  }
  protected _list(wb: InMemoryWorkbook): SheetModel[] {
    return [...wb.sheets];
  }
  protected _wrap(sheet: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this._ctx, this, { name: "getItem", args: [sheet.id] }, () => sheet, { target: sheet });
  }

  load(
    option?: string | string[] | Excel.Interfaces.WorksheetCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.WorksheetCollection {
    this._load(option);
    return asOffice<Excel.WorksheetCollection>(this);
  }

  private _sheet(step: PathStep, locate: (wb: InMemoryWorkbook) => SheetModel | null): Excel.Worksheet {
    return WorksheetProxy.create(this._ctx, this, step, () => {
      const wb = this._target();
      return wb === null ? null : locate(wb);
    });
  }

  /**
   * WorksheetCollection.add: the name "should be unique" — an existing name is ItemAlreadyExists;
   * a name Excel refuses (Worksheet.name "must be fewer than 32 characters", no []:*?/\) is
   * InvalidArgument.
   */
  add(name?: string): Excel.Worksheet {
    return this._sheet({ name: "add", args: [name] }, (wb) => wb.addSheet(name));
  }

  /** "if you attempt to get an Excel worksheet by specifying a worksheet name that isn't in the workbook, the getItem() method throws an ItemNotFound exception" */
  getItem(key: string): Excel.Worksheet {
    return this._sheet({ name: "getItem", args: [key] }, (wb) => wb.findSheet(key) ?? null);
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return this._sheet({ name: "getItemOrNullObject", args: [key], orNull: true }, (wb) => wb.findSheet(key) ?? null);
  }

  getActiveWorksheet(): Excel.Worksheet {
    return this._sheet({ name: "getActiveWorksheet", args: [] }, (wb) => wb.activeSheet);
  }

  /**
   * WorksheetCollection.onChanged (ExcelApi 1.9): add takes effect at the next sync, as in
   * Office.js, and a handler registered inside an Excel.run stays registered after it; remove
   * takes effect at once. Each change
   * reports the sheet's id, the changed cells' address, "Local" as its source and "RangeEdited".
   */
  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    this._requireApi("onChanged");
    const registered = CHANGE_LISTENERS;
    const collection = this;
    const handlers = {
      add: (handler: ChangedHandler): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> => {
        const listener = (change: SheetChange): void => {
          void handler(
            asOffice<Excel.WorksheetChangedEventArgs>({
              type: "WorksheetChanged",
              changeType: "RangeEdited",
              source: "Local",
              worksheetId: change.sheet.id,
              address: areaName(change.area),
            })
          );
        };
        registered.set(handler, listener);
        collection._method("onChanged.add", [], (wb) => wb.addChangeListener(listener));
        return asOffice<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>({
          context: collection._ctx,
          remove: () => handlers.remove(handler),
        });
      },
      remove: (handler: ChangedHandler): void => {
        const listener = registered.get(handler);
        if (listener === undefined) return;
        // At once, not at the next sync: the collection the handler was added through belongs to a
        // run that has ended, and Office.js removes through the context, not through that object.
        collection._ctx._host.workbook.removeChangeListener(listener);
      },
    };
    return asOffice<OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>>(handlers);
  }
}
