import { InMemoryWorkbook } from "../model/workbook";
import { ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { ApplicationProxy, WorkbookProtectionProxy } from "./application";
import { NamedItemCollectionProxy, SettingCollectionProxy } from "./names";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheet";

const WORKBOOK_SCALARS: ScalarSpecs<InMemoryWorkbook> = {
  name: { get: () => "Book1.xlsx" },
};

/** context.workbook. */
export class WorkbookProxy extends ProxyBase<InMemoryWorkbook> {
  get _className(): string {
    return "Workbook";
  }
  get _scalars(): ScalarSpecs<InMemoryWorkbook> {
    return WORKBOOK_SCALARS;
  }
  declare readonly name: Excel.Workbook["name"];

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return {
      worksheets: () => this._worksheets(),
      tables: () => this._tables(),
      names: () => this._names(),
      settings: () => this._settings(),
      application: () => this._application(),
      protection: () => this._protection(),
    };
  }
  private _worksheets(): WorksheetCollectionProxy {
    return this._child(
      "worksheets",
      () => new WorksheetCollectionProxy(this._ctx, this, { name: "worksheets", args: [] }, () => this._target())
    );
  }
  private _tables(): TableCollectionProxy {
    return this._child(
      "tables",
      () => new TableCollectionProxy(this._ctx, this, { name: "tables", args: [] }, () => ({ sheet: null }))
    );
  }
  private _names(): NamedItemCollectionProxy {
    return this._child(
      "names",
      () => new NamedItemCollectionProxy(this._ctx, this, { name: "names", args: [] }, () => this._target())
    );
  }
  private _settings(): SettingCollectionProxy {
    return this._child(
      "settings",
      () => new SettingCollectionProxy(this._ctx, this, { name: "settings", args: [] }, () => this._target())
    );
  }
  private _application(): ApplicationProxy {
    return this._child(
      "application",
      () =>
        new ApplicationProxy(
          this._ctx,
          this,
          { name: "application", args: [] },
          () => this._target()?.application ?? null
        )
    );
  }
  private _protection(): WorkbookProtectionProxy {
    return this._child(
      "protection",
      () =>
        new WorkbookProtectionProxy(
          this._ctx,
          this,
          { name: "protection", args: [] },
          () => this._target()?.protection ?? null
        )
    );
  }
  get worksheets(): Excel.WorksheetCollection {
    return asOffice<Excel.WorksheetCollection>(this._worksheets());
  }
  get tables(): Excel.TableCollection {
    return asOffice<Excel.TableCollection>(this._tables());
  }
  get names(): Excel.NamedItemCollection {
    return asOffice<Excel.NamedItemCollection>(this._names());
  }
  get settings(): Excel.SettingCollection {
    return asOffice<Excel.SettingCollection>(this._settings());
  }
  get application(): Excel.Application {
    return asOffice<Excel.Application>(this._application());
  }
  get protection(): Excel.WorkbookProtection {
    return asOffice<Excel.WorkbookProtection>(this._protection());
  }

  load(
    option?: string | string[] | Excel.Interfaces.WorkbookLoadOptions | { select?: string; expand?: string }
  ): Excel.Workbook {
    this._load(option);
    return asOffice<Excel.Workbook>(this);
  }
}
installScalarAccessors(WorkbookProxy, WORKBOOK_SCALARS);
