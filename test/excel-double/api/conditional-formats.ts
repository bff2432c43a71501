import { intersection, subtract } from "../model/area";
import { hostError } from "../model/host-error";
import { ConditionalFormatModel, SheetModel } from "../model/sheet";
import { normaliseColour } from "../model/style";
import { RequestContextDouble } from "../runtime/context";
import { CollectionProxy, PathStep, ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { RangeProxy } from "./range";
import { RangeTarget, assertUnprotected, expectBoolean } from "./shared";

/**
 * Conditional formats (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).
 * Each sheet keeps an ordered list; "Priority is a number equal to the index in the
 * ConditionalFormatCollection" and "a lower priority value means higher priority". The double puts
 * a new format first (priority 0), as Excel's rules manager does. Only the Custom type has its rule
 * and format modelled; the other types are kept with their type only.
 */
export interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
  readonly deleted?: boolean;
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;

function ensureLive(t: CfTarget): void {
  if (!t.sheet.conditionalFormats.includes(t.cf)) throw hostError("ItemNotFound", "the conditional format was deleted");
}

function colourOrThrow(v: unknown): string {
  const c = typeof v === "string" ? normaliseColour(v) : null;
  if (c === null) throw hostError("InvalidArgument", `"${String(v)}" is not a colour`);
  return c;
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<
  RangeTarget,
  CfTarget,
  ConditionalFormatProxy,
  Excel.ConditionalFormat
> {
  get _className(): string {
    return "ConditionalFormatCollection";
  }
  get _scalars(): ScalarSpecs<RangeTarget> {
    return {};
  }
  protected _list(t: RangeTarget): CfTarget[] {
    return t.sheet.conditionalFormatsIn(t.area).map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected _wrap(item: CfTarget): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, this, { name: "getItem", args: [item.cf.id] }, () => item, {
      target: item,
    });
  }

  load(
    option?: string | string[] | Excel.Interfaces.ConditionalFormatCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.ConditionalFormatCollection {
    this._load(option);
    return asOffice<Excel.ConditionalFormatCollection>(this);
  }

  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue"
  ): Excel.ConditionalFormat {
    const wb = this._ctx._host.workbook;
    return ConditionalFormatProxy.create(this._ctx, this, { name: "add", args: [type] }, () => {
      const t = this._target();
      if (t === null) return null;
      if (!(TYPES as readonly string[]).includes(type))
        throw hostError("InvalidArgument", `unknown conditional format type "${type}"`);
      assertUnprotected(t.sheet, "adding a conditional format");
      const cf = wb.newConditionalFormat(type, [t.area]);
      t.sheet.conditionalFormats.unshift(cf);
      return { sheet: t.sheet, cf };
    });
  }

  getItem(id: string): Excel.ConditionalFormat {
    return ConditionalFormatProxy.create(this._ctx, this, { name: "getItem", args: [id] }, () =>
      this._find((cfs) => cfs.find((cf) => cf.id === id))
    );
  }

  getItemOrNullObject(id: string): Excel.ConditionalFormat {
    return ConditionalFormatProxy.create(
      this._ctx,
      this,
      { name: "getItemOrNullObject", args: [id], orNull: true },
      () => this._find((cfs) => cfs.find((cf) => cf.id === id))
    );
  }

  getItemAt(index: number): Excel.ConditionalFormat {
    return ConditionalFormatProxy.create(this._ctx, this, { name: "getItemAt", args: [index] }, () =>
      this._find((cfs) => cfs[index])
    );
  }

  private _find(pick: (cfs: ConditionalFormatModel[]) => ConditionalFormatModel | undefined): CfTarget | null {
    const t = this._target();
    if (t === null) return null;
    const cf = pick(t.sheet.conditionalFormatsIn(t.area));
    return cf === undefined ? null : { sheet: t.sheet, cf };
  }

  /** Removes the formats from this range (the parts of them outside it stay). */
  clearAll(): void {
    this._method("clearAll", [], (t) => {
      assertUnprotected(t.sheet, "clearing conditional formats");
      for (const cf of t.sheet.conditionalFormats)
        cf.areas = cf.areas.flatMap((a) => (intersection(a, t.area) === null ? [a] : subtract(a, t.area)));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
    });
  }
}

const CF_SCALARS: ScalarSpecs<CfTarget> = {
  id: { get: (t) => t.cf.id },
  type: { get: (t) => t.cf.type },
  priority: {
    get: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
    set: (t, v) => {
      assertUnprotected(t.sheet, "changing a conditional format");
      ensureLive(t);
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
        throw hostError("InvalidArgument", "priority must be a non-negative integer");
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      list.splice(Math.min(v, list.length), 0, t.cf);
    },
  },
};

export class ConditionalFormatProxy extends ProxyBase<CfTarget> {
  get _className(): string {
    return "ConditionalFormat";
  }
  get _scalars(): ScalarSpecs<CfTarget> {
    return CF_SCALARS;
  }
  declare readonly id: Excel.ConditionalFormat["id"];
  declare readonly type: Excel.ConditionalFormat["type"];
  declare priority: Excel.ConditionalFormat["priority"];

  static create(
    ctx: RequestContextDouble,
    parent: ProxyBase<object>,
    step: PathStep,
    locate: () => CfTarget | null
  ): Excel.ConditionalFormat {
    return asOffice<Excel.ConditionalFormat>(new ConditionalFormatProxy(ctx, parent, step, locate));
  }

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { custom: () => this._custom() };
  }

  private _custom(): CustomConditionalFormatProxy {
    return this._child(
      "custom",
      () =>
        new CustomConditionalFormatProxy(this._ctx, this, { name: "custom", args: [] }, () => {
          const t = this._target();
          if (t !== null && t.cf.type !== "Custom")
            throw hostError("InvalidArgument", `a ${t.cf.type} conditional format has no custom rule`);
          return t;
        })
    );
  }

  /** ConditionalFormat.custom: only for a format added as "Custom". */
  get custom(): Excel.CustomConditionalFormat {
    return asOffice<Excel.CustomConditionalFormat>(this._custom());
  }

  load(
    option?: string | string[] | Excel.Interfaces.ConditionalFormatLoadOptions | { select?: string; expand?: string }
  ): Excel.ConditionalFormat {
    this._load(option);
    return asOffice<Excel.ConditionalFormat>(this);
  }

  set(properties: Excel.Interfaces.ConditionalFormatUpdateData | Excel.ConditionalFormat): void {
    this._setMany(properties);
  }

  delete(): void {
    this._method("delete", [], (t) => {
      assertUnprotected(t.sheet, "deleting a conditional format");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }

  getRange(): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name: "getRange", args: [] }, () => {
      const t = this._target();
      const first = t?.cf.areas[0];
      return t === null || first === undefined ? null : { sheet: t.sheet, area: first };
    });
  }
}
installScalarAccessors(ConditionalFormatProxy, CF_SCALARS);

export class CustomConditionalFormatProxy extends ProxyBase<CfTarget> {
  get _className(): string {
    return "CustomConditionalFormat";
  }
  get _scalars(): ScalarSpecs<CfTarget> {
    return {};
  }
  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { rule: () => this._rule(), format: () => this._format() };
  }
  private _rule(): ConditionalFormatRuleProxy {
    return this._child(
      "rule",
      () => new ConditionalFormatRuleProxy(this._ctx, this, { name: "rule", args: [] }, () => this._target())
    );
  }
  private _format(): ConditionalRangeFormatProxy {
    return this._child(
      "format",
      () => new ConditionalRangeFormatProxy(this._ctx, this, { name: "format", args: [] }, () => this._target())
    );
  }
  get rule(): Excel.ConditionalFormatRule {
    return asOffice<Excel.ConditionalFormatRule>(this._rule());
  }
  get format(): Excel.ConditionalRangeFormat {
    return asOffice<Excel.ConditionalRangeFormat>(this._format());
  }
  load(
    option?:
      string | string[] | Excel.Interfaces.CustomConditionalFormatLoadOptions | { select?: string; expand?: string }
  ): Excel.CustomConditionalFormat {
    this._load(option);
    return asOffice<Excel.CustomConditionalFormat>(this);
  }
  set(properties: Excel.Interfaces.CustomConditionalFormatUpdateData | Excel.CustomConditionalFormat): void {
    this._setMany(properties);
  }
}

function cfSetter<K extends "formula" | "fill" | "fontColor" | "bold" | "italic" | "numberFormat">(
  key: K,
  check: (v: unknown) => ConditionalFormatModel[K]
): (t: CfTarget, v: unknown) => void {
  return (t, v) => {
    assertUnprotected(t.sheet, "changing a conditional format");
    ensureLive(t);
    t.cf[key] = check(v);
  };
}

const RULE_SCALARS: ScalarSpecs<CfTarget> = {
  formula: {
    get: (t) => t.cf.formula ?? "",
    set: cfSetter("formula", (v) => {
      if (typeof v !== "string" || v === "")
        throw hostError("InvalidArgument", "a conditional format rule needs a formula");
      return v;
    }),
  },
};

export class ConditionalFormatRuleProxy extends ProxyBase<CfTarget> {
  get _className(): string {
    return "ConditionalFormatRule";
  }
  get _scalars(): ScalarSpecs<CfTarget> {
    return RULE_SCALARS;
  }
  declare formula: Excel.ConditionalFormatRule["formula"];
  load(
    option?:
      string | string[] | Excel.Interfaces.ConditionalFormatRuleLoadOptions | { select?: string; expand?: string }
  ): Excel.ConditionalFormatRule {
    this._load(option);
    return asOffice<Excel.ConditionalFormatRule>(this);
  }
  set(properties: Excel.Interfaces.ConditionalFormatRuleUpdateData | Excel.ConditionalFormatRule): void {
    this._setMany(properties);
  }
}
installScalarAccessors(ConditionalFormatRuleProxy, RULE_SCALARS);

const CF_FORMAT_SCALARS: ScalarSpecs<CfTarget> = {
  numberFormat: {
    get: (t) => t.cf.numberFormat,
    set: cfSetter("numberFormat", (v) => (v === null ? null : String(v))),
  },
};

export class ConditionalRangeFormatProxy extends ProxyBase<CfTarget> {
  get _className(): string {
    return "ConditionalRangeFormat";
  }
  get _scalars(): ScalarSpecs<CfTarget> {
    return CF_FORMAT_SCALARS;
  }
  declare numberFormat: Excel.ConditionalRangeFormat["numberFormat"];
  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { fill: () => this._fill(), font: () => this._font() };
  }
  private _fill(): ConditionalRangeFillProxy {
    return this._child(
      "fill",
      () => new ConditionalRangeFillProxy(this._ctx, this, { name: "fill", args: [] }, () => this._target())
    );
  }
  private _font(): ConditionalRangeFontProxy {
    return this._child(
      "font",
      () => new ConditionalRangeFontProxy(this._ctx, this, { name: "font", args: [] }, () => this._target())
    );
  }
  get fill(): Excel.ConditionalRangeFill {
    return asOffice<Excel.ConditionalRangeFill>(this._fill());
  }
  get font(): Excel.ConditionalRangeFont {
    return asOffice<Excel.ConditionalRangeFont>(this._font());
  }
  load(
    option?:
      string | string[] | Excel.Interfaces.ConditionalRangeFormatLoadOptions | { select?: string; expand?: string }
  ): Excel.ConditionalRangeFormat {
    this._load(option);
    return asOffice<Excel.ConditionalRangeFormat>(this);
  }
  set(properties: Excel.Interfaces.ConditionalRangeFormatUpdateData | Excel.ConditionalRangeFormat): void {
    this._setMany(properties);
  }
}
installScalarAccessors(ConditionalRangeFormatProxy, CF_FORMAT_SCALARS);

const CF_FILL_SCALARS: ScalarSpecs<CfTarget> = {
  color: { get: (t) => t.cf.fill, set: cfSetter("fill", colourOrThrow) },
};

export class ConditionalRangeFillProxy extends ProxyBase<CfTarget> {
  get _className(): string {
    return "ConditionalRangeFill";
  }
  get _scalars(): ScalarSpecs<CfTarget> {
    return CF_FILL_SCALARS;
  }
  declare color: Excel.ConditionalRangeFill["color"];
  load(
    option?: string | string[] | Excel.Interfaces.ConditionalRangeFillLoadOptions | { select?: string; expand?: string }
  ): Excel.ConditionalRangeFill {
    this._load(option);
    return asOffice<Excel.ConditionalRangeFill>(this);
  }
  set(properties: Excel.Interfaces.ConditionalRangeFillUpdateData | Excel.ConditionalRangeFill): void {
    this._setMany(properties);
  }
  clear(): void {
    this._method("clear", [], (t) => cfSetter("fill", () => null)(t, null));
  }
}
installScalarAccessors(ConditionalRangeFillProxy, CF_FILL_SCALARS);

const CF_FONT_SCALARS: ScalarSpecs<CfTarget> = {
  color: { get: (t) => t.cf.fontColor, set: cfSetter("fontColor", colourOrThrow) },
  bold: { get: (t) => t.cf.bold, set: cfSetter("bold", (v) => expectBoolean(v, "ConditionalRangeFont.bold")) },
  italic: { get: (t) => t.cf.italic, set: cfSetter("italic", (v) => expectBoolean(v, "ConditionalRangeFont.italic")) },
};

export class ConditionalRangeFontProxy extends ProxyBase<CfTarget> {
  get _className(): string {
    return "ConditionalRangeFont";
  }
  get _scalars(): ScalarSpecs<CfTarget> {
    return CF_FONT_SCALARS;
  }
  declare color: Excel.ConditionalRangeFont["color"];
  declare bold: Excel.ConditionalRangeFont["bold"];
  declare italic: Excel.ConditionalRangeFont["italic"];
  load(
    option?: string | string[] | Excel.Interfaces.ConditionalRangeFontLoadOptions | { select?: string; expand?: string }
  ): Excel.ConditionalRangeFont {
    this._load(option);
    return asOffice<Excel.ConditionalRangeFont>(this);
  }
  set(properties: Excel.Interfaces.ConditionalRangeFontUpdateData | Excel.ConditionalRangeFont): void {
    this._setMany(properties);
  }
  clear(): void {
    this._method("clear", [], (t) => {
      cfSetter("fontColor", () => null)(t, null);
      t.cf.bold = null;
      t.cf.italic = null;
    });
  }
}
installScalarAccessors(ConditionalRangeFontProxy, CF_FONT_SCALARS);
