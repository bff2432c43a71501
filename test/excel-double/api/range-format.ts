import { MAX_ROWS } from "../model/area";
import { hostError } from "../model/host-error";
import { CellStyle, DEFAULT_COLUMN_WIDTH_POINTS, DEFAULT_ROW_HEIGHT_POINTS, normaliseColour } from "../model/style";
import { ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import {
  CellsTarget,
  RangeTarget,
  assertCanFormatCells,
  assertCanFormatColumns,
  assertCanFormatRows,
  expectBoolean,
  expectNumber,
  oneOf,
  rangesOf,
  specsOverAreas,
} from "./shared";

function styleScalar<K extends keyof CellStyle>(
  prop: K,
  check: (v: unknown) => CellStyle[K]
): { get: (t: RangeTarget) => unknown; set: (t: RangeTarget, v: unknown) => void } {
  return {
    get: (t) => t.sheet.uniformStyle(t.area, prop),
    set: (t, v) => {
      assertCanFormatCells(t.sheet);
      t.sheet.applyStyle(t.area, { [prop]: check(v) } as Partial<CellStyle>);
    },
  };
}

function colour(v: unknown): string {
  if (typeof v !== "string") throw hostError("InvalidArgument", "a colour must be a string");
  const c = normaliseColour(v);
  if (c === null)
    throw hostError("InvalidArgument", `"${v}" is not a colour Excel knows (#RRGGBB or an HTML colour name)`);
  return c;
}

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;

/**
 * RangeFormat.columnWidth / rowHeight are in points (learn.microsoft.com/javascript/api/excel/
 * excel.rangeformat#excel-excel-rangeformat-columnwidth-member: "If the column widths are not
 * uniform, null will be returned"). See style.ts for points ↔ characters.
 */
const FORMAT_SCALARS_OF_RANGE: ScalarSpecs<RangeTarget> = {
  columnWidth: {
    get: (t) => {
      const first = t.sheet.columnWidths.get(t.area.c0) ?? DEFAULT_COLUMN_WIDTH_POINTS;
      for (let c = t.area.c0; c <= t.area.c1; c++)
        if ((t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS) !== first) return null;
      return first;
    },
    set: (t, v) => {
      assertCanFormatColumns(t.sheet);
      const w = expectNumber(v, "RangeFormat.columnWidth");
      if (w < 0) throw hostError("InvalidArgument", "a column width cannot be negative");
      for (let c = t.area.c0; c <= t.area.c1; c++) t.sheet.columnWidths.set(c, w);
    },
  },
  rowHeight: {
    get: (t) => {
      const first = t.sheet.rowHeights.get(t.area.r0) ?? DEFAULT_ROW_HEIGHT_POINTS;
      const last = Math.min(t.area.r1, t.area.r0 + 100_000);
      for (let r = t.area.r0; r <= last; r++)
        if ((t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_POINTS) !== first) return null;
      return first;
    },
    set: (t, v) => {
      assertCanFormatRows(t.sheet);
      const h = expectNumber(v, "RangeFormat.rowHeight");
      if (h < 0 || h > 409) throw hostError("InvalidArgument", "a row height is 0..409 points");
      if (t.area.r1 - t.area.r0 >= MAX_ROWS - 1)
        throw hostError("NotImplemented", "the double does not set the height of every row");
      for (let r = t.area.r0; r <= t.area.r1; r++) t.sheet.rowHeights.set(r, h);
    },
  },
  wrapText: styleScalar("wrapText", (v) => expectBoolean(v, "RangeFormat.wrapText")),
  horizontalAlignment: styleScalar("horizontalAlignment", (v) => oneOf(v, H_ALIGN, "RangeFormat.horizontalAlignment")),
  verticalAlignment: styleScalar("verticalAlignment", (v) => oneOf(v, V_ALIGN, "RangeFormat.verticalAlignment")),
};

/** The same over a RangeAreas (shared.ts, overAreas). */
const FORMAT_SCALARS = specsOverAreas(FORMAT_SCALARS_OF_RANGE);

export class RangeFormatProxy extends ProxyBase<CellsTarget> {
  get _className(): string {
    return "RangeFormat";
  }
  get _scalars(): ScalarSpecs<CellsTarget> {
    return FORMAT_SCALARS;
  }
  declare columnWidth: Excel.RangeFormat["columnWidth"];
  declare rowHeight: Excel.RangeFormat["rowHeight"];
  declare wrapText: Excel.RangeFormat["wrapText"];
  declare horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  declare verticalAlignment: Excel.RangeFormat["verticalAlignment"];

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { font: () => this._font(), fill: () => this._fill(), protection: () => this._protection() };
  }
  private _font(): RangeFontProxy {
    return this._child(
      "font",
      () => new RangeFontProxy(this._ctx, this, { name: "font", args: [] }, () => this._target())
    );
  }
  private _fill(): RangeFillProxy {
    return this._child(
      "fill",
      () => new RangeFillProxy(this._ctx, this, { name: "fill", args: [] }, () => this._target())
    );
  }
  private _protection(): FormatProtectionProxy {
    return this._child(
      "protection",
      () => new FormatProtectionProxy(this._ctx, this, { name: "protection", args: [] }, () => this._target())
    );
  }
  get font(): Excel.RangeFont {
    return asOffice<Excel.RangeFont>(this._font());
  }
  get fill(): Excel.RangeFill {
    return asOffice<Excel.RangeFill>(this._fill());
  }
  get protection(): Excel.FormatProtection {
    return asOffice<Excel.FormatProtection>(this._protection());
  }

  load(
    option?: string | string[] | Excel.Interfaces.RangeFormatLoadOptions | { select?: string; expand?: string }
  ): Excel.RangeFormat {
    this._load(option);
    return asOffice<Excel.RangeFormat>(this);
  }

  set(properties: Excel.Interfaces.RangeFormatUpdateData | Excel.RangeFormat): void {
    this._setMany(properties);
  }
}
installScalarAccessors(RangeFormatProxy, FORMAT_SCALARS);

const FONT_SCALARS_OF_RANGE: ScalarSpecs<RangeTarget> = {
  bold: styleScalar("bold", (v) => expectBoolean(v, "RangeFont.bold")),
  italic: styleScalar("italic", (v) => expectBoolean(v, "RangeFont.italic")),
  color: styleScalar("fontColor", colour),
  size: styleScalar("fontSize", (v) => {
    const n = expectNumber(v, "RangeFont.size");
    if (n < 1 || n > 409) throw hostError("InvalidArgument", "a font size is 1..409");
    return n;
  }),
  name: styleScalar("fontName", (v) => {
    if (typeof v !== "string" || v === "") throw hostError("InvalidArgument", "a font name must be a non-empty string");
    return v;
  }),
};

/** The same over a RangeAreas (shared.ts, overAreas). */
const FONT_SCALARS = specsOverAreas(FONT_SCALARS_OF_RANGE);

export class RangeFontProxy extends ProxyBase<CellsTarget> {
  get _className(): string {
    return "RangeFont";
  }
  get _scalars(): ScalarSpecs<CellsTarget> {
    return FONT_SCALARS;
  }
  declare bold: Excel.RangeFont["bold"];
  declare italic: Excel.RangeFont["italic"];
  declare color: Excel.RangeFont["color"];
  declare size: Excel.RangeFont["size"];
  declare name: Excel.RangeFont["name"];

  load(
    option?: string | string[] | Excel.Interfaces.RangeFontLoadOptions | { select?: string; expand?: string }
  ): Excel.RangeFont {
    this._load(option);
    return asOffice<Excel.RangeFont>(this);
  }
  set(properties: Excel.Interfaces.RangeFontUpdateData | Excel.RangeFont): void {
    this._setMany(properties);
  }
}
installScalarAccessors(RangeFontProxy, FONT_SCALARS);

/** RangeFill.color: "#FFFFFF" when the cells have no fill, null when they differ. */
const FILL_SCALARS_OF_RANGE: ScalarSpecs<RangeTarget> = {
  color: {
    get: (t) => {
      const d = t.sheet.distinctStyle(t.area, "fill");
      return d.length === 1 ? (d[0] ?? "#FFFFFF") : null;
    },
    set: (t, v) => {
      assertCanFormatCells(t.sheet);
      t.sheet.applyStyle(t.area, { fill: colour(v) });
    },
  },
};

/** The same over a RangeAreas (shared.ts, overAreas). */
const FILL_SCALARS = specsOverAreas(FILL_SCALARS_OF_RANGE);

export class RangeFillProxy extends ProxyBase<CellsTarget> {
  get _className(): string {
    return "RangeFill";
  }
  get _scalars(): ScalarSpecs<CellsTarget> {
    return FILL_SCALARS;
  }
  declare color: Excel.RangeFill["color"];

  load(
    option?: string | string[] | Excel.Interfaces.RangeFillLoadOptions | { select?: string; expand?: string }
  ): Excel.RangeFill {
    this._load(option);
    return asOffice<Excel.RangeFill>(this);
  }
  set(properties: Excel.Interfaces.RangeFillUpdateData | Excel.RangeFill): void {
    this._setMany(properties);
  }
  /** Removes the fill (RangeFill.clear). */
  clear(): void {
    this._method("clear", [], (target) => {
      assertCanFormatCells(target.sheet);
      for (const t of rangesOf(target)) t.sheet.applyStyle(t.area, { fill: null });
    });
  }
}
installScalarAccessors(RangeFillProxy, FILL_SCALARS);

/** FormatProtection: locking or unlocking cells is refused on a protected sheet. */
const PROTECTION_SCALARS_OF_RANGE: ScalarSpecs<RangeTarget> = {
  locked: {
    get: (t) => t.sheet.uniformStyle(t.area, "locked"),
    set: (t, v) => {
      if (t.sheet.protection.protected)
        throw hostError("AccessDenied", `sheet "${t.sheet.name}" is protected: cells cannot be locked or unlocked`);
      t.sheet.applyStyle(t.area, { locked: expectBoolean(v, "FormatProtection.locked") });
    },
  },
};

/** The same over a RangeAreas (shared.ts, overAreas). */
const PROTECTION_SCALARS = specsOverAreas(PROTECTION_SCALARS_OF_RANGE);

export class FormatProtectionProxy extends ProxyBase<CellsTarget> {
  get _className(): string {
    return "FormatProtection";
  }
  get _scalars(): ScalarSpecs<CellsTarget> {
    return PROTECTION_SCALARS;
  }
  declare locked: Excel.FormatProtection["locked"];

  load(
    option?: string | string[] | Excel.Interfaces.FormatProtectionLoadOptions | { select?: string; expand?: string }
  ): Excel.FormatProtection {
    this._load(option);
    return asOffice<Excel.FormatProtection>(this);
  }
  set(properties: Excel.Interfaces.FormatProtectionUpdateData | Excel.FormatProtection): void {
    this._setMany(properties);
  }
}
installScalarAccessors(FormatProtectionProxy, PROTECTION_SCALARS);
