import { qualifiedAddress, splitReference } from "../model/a1";
import { hostError } from "../model/host-error";
import { InMemoryWorkbook, NameModel, SettingModel } from "../model/workbook";
import { RequestContextDouble } from "../runtime/context";
import { CollectionProxy, PathStep, ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { RangeProxy } from "./range";
import { RangeTarget, expectBoolean, expectString, resolveRangeArgument } from "./shared";

function nameTarget(wb: InMemoryWorkbook, n: NameModel): RangeTarget | null {
  const ref = splitReference(n.formula);
  if (ref.sheet === null) return null;
  return wb.resolveReference(n.formula, null);
}

function constantOf(formula: string): { type: string; value: unknown } {
  const body = formula.replace(/^=/, "").trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: text[1].replace(/""/g, '"') };
  return { type: "Error", value: "#VALUE!" };
}

const NAME_SCALARS: ScalarSpecs<NameModel> = {
  name: { get: (n) => n.name },
  formula: {
    get: (n) => n.formula,
    set: (n, v) => {
      const f = expectString(v, "NamedItem.formula");
      n.formula = f.startsWith("=") ? f : `=${f}`;
    },
  },
  comment: { get: (n) => n.comment, set: (n, v) => (n.comment = expectString(v, "NamedItem.comment")) },
  visible: { get: (n) => n.visible, set: (n, v) => (n.visible = expectBoolean(v, "NamedItem.visible")) },
  scope: { get: () => "Workbook" },
  /** "Range" for a reference, otherwise the kind of constant. */
  type: { get: (n, wb) => (nameTarget(wb, n) !== null ? "Range" : constantOf(n.formula).type) },
  /** For a range name, the address it refers to ("Sheet1!$A$1:$B$2"); for a constant, its value. */
  value: {
    get: (n, wb) => {
      const t = nameTarget(wb, n);
      return t !== null ? qualifiedAddress(t.sheet.name, t.area, true) : constantOf(n.formula).value;
    },
  },
};

export class NamedItemProxy extends ProxyBase<NameModel> {
  get _className(): string {
    return "NamedItem";
  }
  get _scalars(): ScalarSpecs<NameModel> {
    return NAME_SCALARS;
  }
  declare readonly name: Excel.NamedItem["name"];
  declare formula: Excel.NamedItem["formula"];
  declare comment: Excel.NamedItem["comment"];
  declare visible: Excel.NamedItem["visible"];
  declare readonly scope: Excel.NamedItem["scope"];
  declare readonly type: Excel.NamedItem["type"];
  declare readonly value: Excel.NamedItem["value"];

  static create(
    ctx: RequestContextDouble,
    parent: ProxyBase<object>,
    step: PathStep,
    locate: () => NameModel | null
  ): Excel.NamedItem {
    return asOffice<Excel.NamedItem>(new NamedItemProxy(ctx, parent, step, locate));
  }

  load(
    option?: string | string[] | Excel.Interfaces.NamedItemLoadOptions | { select?: string; expand?: string }
  ): Excel.NamedItem {
    this._load(option);
    return asOffice<Excel.NamedItem>(this);
  }
  set(properties: Excel.Interfaces.NamedItemUpdateData | Excel.NamedItem): void {
    this._setMany(properties);
  }

  /** The range the name refers to; InvalidArgument when it is not a range (a constant). */
  getRange(): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name: "getRange", args: [] }, () => {
      const n = this._target();
      if (n === null) return null;
      const t = nameTarget(this._ctx._host.workbook, n);
      if (t === null) throw hostError("InvalidArgument", `the name ${n.name} does not refer to a range`);
      return t;
    });
  }

  delete(): void {
    this._method("delete", [], (n) => this._ctx._host.workbook.removeName(n));
  }
}
installScalarAccessors(NamedItemProxy, NAME_SCALARS);

export class NamedItemCollectionProxy extends CollectionProxy<
  InMemoryWorkbook,
  NameModel,
  NamedItemProxy,
  Excel.NamedItem
> {
  get _className(): string {
    return "NamedItemCollection";
  }
  get _scalars(): ScalarSpecs<InMemoryWorkbook> {
    return {};
  }
  protected _list(wb: InMemoryWorkbook): NameModel[] {
    return [...wb.names];
  }
  protected _wrap(n: NameModel): NamedItemProxy {
    return new NamedItemProxy(this._ctx, this, { name: "getItem", args: [n.name] }, () => n, { target: n });
  }
  load(
    option?: string | string[] | Excel.Interfaces.NamedItemCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.NamedItemCollection {
    this._load(option);
    return asOffice<Excel.NamedItemCollection>(this);
  }

  /**
   * NamedItemCollection.add(name, reference: Range | string, comment?): a name that exists already
   * is ItemAlreadyExists; one Excel would not accept (a cell reference, spaces …) InvalidArgument.
   */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    this._ctx._checkArgument(reference);
    return NamedItemProxy.create(this._ctx, this, { name: "add", args: [name, reference, comment] }, () => {
      const wb = this._target();
      if (wb === null) return null;
      let formula: string;
      if (typeof reference === "string") {
        formula = reference;
      } else {
        const r = resolveRangeArgument(reference, wb, null);
        formula = `=${qualifiedAddress(r.sheet.name, r.area, true)}`;
      }
      return wb.addName(name, formula, comment ?? "");
    });
  }

  getItem(name: string): Excel.NamedItem {
    return NamedItemProxy.create(
      this._ctx,
      this,
      { name: "getItem", args: [name] },
      () => this._target()?.findName(name) ?? null
    );
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    return NamedItemProxy.create(
      this._ctx,
      this,
      { name: "getItemOrNullObject", args: [name], orNull: true },
      () => this._target()?.findName(name) ?? null
    );
  }
}

// ---- settings --------------------------------------------------------------------------------

const SETTING_SCALARS: ScalarSpecs<SettingModel> = {
  key: { get: (s) => s.key },
  value: { get: (s) => s.value, set: (s, v, wb) => wb.setSetting(s.key, v) },
};

/** Workbook.settings: values are kept as JSON, as Excel keeps them in the file. */
export class SettingProxy extends ProxyBase<SettingModel> {
  get _className(): string {
    return "Setting";
  }
  get _scalars(): ScalarSpecs<SettingModel> {
    return SETTING_SCALARS;
  }
  declare readonly key: Excel.Setting["key"];
  declare value: Excel.Setting["value"];
  load(
    option?: string | string[] | Excel.Interfaces.SettingLoadOptions | { select?: string; expand?: string }
  ): Excel.Setting {
    this._load(option);
    return asOffice<Excel.Setting>(this);
  }
  set(properties: Excel.Interfaces.SettingUpdateData | Excel.Setting): void {
    this._setMany(properties);
  }
  delete(): void {
    this._method("delete", [], (s) => this._ctx._host.workbook.removeSetting(s));
  }
}
installScalarAccessors(SettingProxy, SETTING_SCALARS);

export class SettingCollectionProxy extends CollectionProxy<
  InMemoryWorkbook,
  SettingModel,
  SettingProxy,
  Excel.Setting
> {
  get _className(): string {
    return "SettingCollection";
  }
  get _scalars(): ScalarSpecs<InMemoryWorkbook> {
    return {};
  }
  protected _list(wb: InMemoryWorkbook): SettingModel[] {
    return [...wb.settings];
  }
  protected _wrap(s: SettingModel): SettingProxy {
    return new SettingProxy(this._ctx, this, { name: "getItem", args: [s.key] }, () => s, { target: s });
  }
  load(
    option?: string | string[] | Excel.Interfaces.SettingCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.SettingCollection {
    this._load(option);
    return asOffice<Excel.SettingCollection>(this);
  }
  private _setting(step: PathStep, locate: (wb: InMemoryWorkbook) => SettingModel | null): Excel.Setting {
    return asOffice<Excel.Setting>(
      new SettingProxy(this._ctx, this, step, () => {
        const wb = this._target();
        return wb === null ? null : locate(wb);
      })
    );
  }
  /** Adds or replaces the setting for `key`. */
  add(key: string, value: string | number | boolean | Date | unknown[] | object): Excel.Setting {
    return this._setting({ name: "add", args: [key, value] }, (wb) => wb.setSetting(key, value));
  }
  getItem(key: string): Excel.Setting {
    return this._setting({ name: "getItem", args: [key] }, (wb) => wb.findSetting(key) ?? null);
  }
  getItemOrNullObject(key: string): Excel.Setting {
    return this._setting(
      { name: "getItemOrNullObject", args: [key], orNull: true },
      (wb) => wb.findSetting(key) ?? null
    );
  }
}
