import { parseAreaName, qualifiedAddress } from "../model/a1";
import { Area, MAX_COLUMNS, MAX_ROWS, columnCount, intersection, rectanglesOfCells, rowCount } from "../model/area";
import { CellValue, hasContent } from "../model/cell";
import { hostError } from "../model/host-error";
import { SheetModel } from "../model/sheet";
import { InMemoryWorkbook } from "../model/workbook";
import { RequestContextDouble } from "../runtime/context";
import { CollectionProxy, PathStep, ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { DataValidationProxy } from "./data-validation";
import { RangeProxy } from "./range";
import { RangeFormatProxy } from "./range-format";
import { RangeAreasTarget, RangeTarget, resolveRangeArgument } from "./shared";
import { WorksheetProxy } from "./worksheet";

/**
 * RangeAreas (ExcelApi 1.9): "a set of ranges that may not touch" on one sheet
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges), from
 * Worksheet.getRanges(address) and Range.getSpecialCellsOrNullObject(cellType, cellValueType).
 */

/** cellCount "Returns -1 if the cell count exceeds 2^31-1 (2,147,483,647)." */
const CELL_COUNT_LIMIT = 2 ** 31 - 1;

/**
 * RangeAreas.address: the areas' sheet-qualified addresses ("Address value will contain the
 * worksheet name for each rectangular block of cells", learn.microsoft.com/javascript/api/excel/
 * excel.rangeareas#excel-excel-rangeareas-address-member), joined by the language-neutral list
 * separator "," that Office.js returns addresses with (github.com/OfficeDev/office-js/issues/1167).
 * The documentation's examples show ", "; the double writes "," as Range.address-style output does.
 */
function areasAddress(t: RangeAreasTarget): string {
  return t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(",");
}

const RANGE_AREAS_SCALARS: ScalarSpecs<RangeAreasTarget> = {
  address: { get: (t) => areasAddress(t) },
  areaCount: { get: (t) => t.areas.length },
  cellCount: {
    get: (t) => {
      const n = t.areas.reduce((sum, a) => sum + rowCount(a) * columnCount(a), 0);
      return n > CELL_COUNT_LIMIT ? -1 : n;
    },
  },
};

export type SpecialCellTypeArgument = Excel.SpecialCellType | `${Excel.SpecialCellType}`;
export type SpecialCellValueTypeArgument = Excel.SpecialCellValueType | `${Excel.SpecialCellValueType}`;

const SPECIAL_CELL_TYPES: readonly string[] = [
  "ConditionalFormats",
  "DataValidations",
  "Blanks",
  "Constants",
  "Formulas",
  "SameConditionalFormat",
  "SameDataValidation",
  "Visible",
];

const SPECIAL_CELL_VALUE_TYPES: readonly string[] = [
  "All",
  "Errors",
  "ErrorsLogical",
  "ErrorsNumbers",
  "ErrorsText",
  "ErrorsLogicalNumber",
  "ErrorsLogicalText",
  "ErrorsNumberText",
  "Logical",
  "LogicalNumbers",
  "LogicalText",
  "LogicalNumbersText",
  "Numbers",
  "NumbersText",
  "Text",
];

type ValueKind = "Errors" | "Logical" | "Numbers" | "Text";

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

function valueKind(v: CellValue | ""): ValueKind {
  if (typeof v === "boolean") return "Logical";
  if (typeof v === "number") return "Numbers";
  return ERROR_VALUE.test(v) ? "Errors" : "Text";
}

/** The value kinds a SpecialCellValueType names ("ErrorsLogicalNumber" → errors, Booleans, numbers). */
function valueKinds(cellValueType: string): ReadonlySet<ValueKind> {
  if (cellValueType === "All") return new Set<ValueKind>(["Errors", "Logical", "Numbers", "Text"]);
  const kinds = new Set<ValueKind>();
  if (cellValueType.includes("Error")) kinds.add("Errors");
  if (cellValueType.includes("Logical")) kinds.add("Logical");
  if (cellValueType.includes("Number")) kinds.add("Numbers");
  if (cellValueType.includes("Text")) kinds.add("Text");
  return kinds;
}

/**
 * Range.getSpecialCells (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-
 * getspecialcells-member(1); learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells):
 * the cells of `areas` that are formulas ("Cells containing formulas"), constants ("Cells containing
 * constants") or blanks ("Cells with no content"), narrowed by cellValueType, which "can only be
 * used if the Excel.SpecialCellType is Excel.SpecialCellType.formulas or
 * Excel.SpecialCellType.constants" (InvalidArgument otherwise, unless "All"). "If no special cells
 * are found, an ItemNotFound error will be thrown" (getSpecialCellsOrNullObject, the one variant the
 * double models, turns that into a null object).
 *
 * The double's choices: a formula's value type is that of the value the double knows for it ("" =
 * text, see README "No calculation"); blanks are looked for inside the sheet's used range only;
 * the other cell types are NotImplemented. The matching cells come back as rectangles: runs of
 * adjacent cells in a row, merged with the same run in the rows below (Excel's own grouping may
 * differ; every matching cell is covered exactly once).
 */
export function specialCells(
  wb: InMemoryWorkbook,
  sheet: SheetModel,
  areas: readonly Area[],
  cellType: unknown,
  cellValueType: unknown
): RangeAreasTarget {
  if (typeof cellType !== "string" || !SPECIAL_CELL_TYPES.includes(cellType))
    throw hostError("InvalidArgument", `"${String(cellType)}" is not a SpecialCellType`);
  const valueType = cellValueType === undefined || cellValueType === null ? "All" : cellValueType;
  if (typeof valueType !== "string" || !SPECIAL_CELL_VALUE_TYPES.includes(valueType))
    throw hostError("InvalidArgument", `"${String(valueType)}" is not a SpecialCellValueType`);
  if (cellType !== "Formulas" && cellType !== "Constants" && cellType !== "Blanks")
    throw hostError("NotImplemented", `the double models getSpecialCells for Formulas, Constants and Blanks only`);
  if (cellType === "Blanks" && valueType !== "All")
    throw hostError("InvalidArgument", "a SpecialCellValueType applies to Formulas and Constants only");

  const kinds = valueKinds(valueType);
  const found = new Map<number, { row: number; column: number }>();
  const take = (row: number, column: number): void => {
    found.set(row * MAX_COLUMNS + column, { row, column });
  };
  if (cellType === "Blanks") {
    const used = sheet.usedArea(false);
    for (const a of areas) {
      const scan = used === null ? null : intersection(a, used);
      if (scan === null) continue;
      for (let r = scan.r0; r <= scan.r1; r++) {
        for (let c = scan.c0; c <= scan.c1; c++) {
          const cell = sheet.cellAt(r, c);
          if (cell === undefined || !hasContent(cell)) take(r, c);
        }
      }
    }
  } else {
    for (const a of areas) {
      for (const { row, column, cell } of sheet.storedCellsIn(a)) {
        if (cellType === "Formulas") {
          if (cell.formula !== null && kinds.has(valueKind(wb.displayValue(sheet, row, column)))) take(row, column);
        } else if (
          cell.formula === null &&
          cell.value !== null &&
          cell.value !== "" &&
          kinds.has(valueKind(cell.value))
        ) {
          take(row, column);
        }
      }
    }
  }
  if (found.size === 0) {
    throw hostError(
      "ItemNotFound",
      `no ${cellType === "Blanks" ? "blank" : cellType.toLowerCase().replace(/s$/, "")} cells${valueType === "All" ? "" : ` (${valueType})`} in the range`
    );
  }
  return { sheet, areas: rectanglesOfCells(found.values()) };
}

/**
 * Worksheet.getRanges: "A string containing the comma-separated or semicolon-separated addresses
 * or names of the individual ranges. For example, "A1:B2, A5:B5" or "A1:B2; A5:B5". If not
 * specified, a RangeAreas object for the entire worksheet is returned."
 * (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1)).
 * An address that is not one is InvalidArgument, as is one on another sheet (like getRange).
 *
 * The length Excel takes is not documented: Excel refused an address of 8,207 characters with
 * InvalidArgument ("The argument is invalid or missing or has an incorrect format.",
 * github.com/OfficeDev/office-js/issues/5198). The double refuses anything over 8,192 characters.
 */
export const GET_RANGES_ADDRESS_LIMIT = 8192;

/** Splits "A1:B2, 'It''s, here'!C3; D4" at commas and semicolons outside quoted sheet names. */
function splitAddressList(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === "," || ch === ";")) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

export function rangesOnSheet(address: unknown, sheet: SheetModel, wb: InMemoryWorkbook): Area[] {
  if (address === undefined || address === null || address === "")
    return [{ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 }];
  if (typeof address !== "string") throw hostError("InvalidArgument", "Worksheet.getRanges takes a string");
  if (address.length > GET_RANGES_ADDRESS_LIMIT) {
    throw hostError(
      "InvalidArgument",
      `an address of ${address.length} characters is over the ${GET_RANGES_ADDRESS_LIMIT} the double takes (Excel refused 8,207, office-js issue 5198)`
    );
  }
  return splitAddressList(address).map((raw) => {
    const part = raw.trim();
    if (part === "") throw hostError("InvalidArgument", `"${address}" has an empty address in its list`);
    const local = parseAreaName(part);
    if (local !== null) return local;
    const r = resolveRangeArgument(part, wb, sheet);
    if (r.sheet !== sheet) throw hostError("InvalidArgument", `"${part}" is not on sheet "${sheet.name}"`);
    return r.area;
  });
}

export class RangeAreasProxy extends ProxyBase<RangeAreasTarget> {
  get _className(): string {
    return "RangeAreas";
  }
  get _scalars(): ScalarSpecs<RangeAreasTarget> {
    return RANGE_AREAS_SCALARS;
  }

  declare readonly address: Excel.RangeAreas["address"];
  declare readonly areaCount: Excel.RangeAreas["areaCount"];
  declare readonly cellCount: Excel.RangeAreas["cellCount"];

  static create(
    ctx: RequestContextDouble,
    parent: ProxyBase<object>,
    step: PathStep,
    locate: () => RangeAreasTarget | null
  ): Excel.RangeAreas {
    for (const a of step.args) ctx._checkArgument(a);
    return asOffice<Excel.RangeAreas>(new RangeAreasProxy(ctx, parent, step, locate));
  }

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return {
      areas: () => this._areasProxy(),
      dataValidation: () => this._validationProxy(),
      format: () => this._formatProxy(),
      worksheet: () => this._worksheetProxy(),
    };
  }

  private _areasProxy(): RangeCollectionProxy {
    return this._child(
      "areas",
      () => new RangeCollectionProxy(this._ctx, this, { name: "areas", args: [] }, () => this._target())
    );
  }
  private _validationProxy(): DataValidationProxy {
    return this._child(
      "dataValidation",
      () => new DataValidationProxy(this._ctx, this, { name: "dataValidation", args: [] }, () => this._target())
    );
  }
  private _formatProxy(): RangeFormatProxy {
    return this._child(
      "format",
      () => new RangeFormatProxy(this._ctx, this, { name: "format", args: [] }, () => this._target())
    );
  }
  private _worksheetProxy(): WorksheetProxy {
    return this._child(
      "worksheet",
      () => new WorksheetProxy(this._ctx, this, { name: "worksheet", args: [] }, () => this._target()?.sheet ?? null)
    );
  }

  /** "Returns a collection of rectangular ranges that comprise this RangeAreas object." */
  get areas(): Excel.RangeCollection {
    return asOffice<Excel.RangeCollection>(this._areasProxy());
  }
  /** "Returns a data validation object for all ranges in the RangeAreas." */
  get dataValidation(): Excel.DataValidation {
    return asOffice<Excel.DataValidation>(this._validationProxy());
  }
  /** "Returns a RangeFormat object, encapsulating the font, fill, borders, alignment, and other properties for all ranges in the RangeAreas object." */
  get format(): Excel.RangeFormat {
    return asOffice<Excel.RangeFormat>(this._formatProxy());
  }
  get worksheet(): Excel.Worksheet {
    return asOffice<Excel.Worksheet>(this._worksheetProxy());
  }

  load(
    option?: string | string[] | Excel.Interfaces.RangeAreasLoadOptions | { select?: string; expand?: string }
  ): Excel.RangeAreas {
    this._load(option);
    return asOffice<Excel.RangeAreas>(this);
  }

  set(properties: Excel.Interfaces.RangeAreasUpdateData | Excel.RangeAreas): void {
    this._setMany(properties);
  }
}
installScalarAccessors(RangeAreasProxy, RANGE_AREAS_SCALARS);

/** RangeAreas.areas: `items` (Range objects), getItemAt(index). */
export class RangeCollectionProxy extends CollectionProxy<RangeAreasTarget, RangeTarget, RangeProxy, Excel.Range> {
  /** Each listed area's position, for its path (getItemAt(index)). */
  private readonly _indexes = new WeakMap<RangeTarget, number>();

  get _className(): string {
    return "RangeCollection";
  }
  get _scalars(): ScalarSpecs<RangeAreasTarget> {
    return {};
  }
  protected _list(t: RangeAreasTarget): RangeTarget[] {
    return t.areas.map((area, index) => {
      const item: RangeTarget = { sheet: t.sheet, area };
      this._indexes.set(item, index);
      return item;
    });
  }
  protected _wrap(item: RangeTarget): RangeProxy {
    const step = { name: "getItemAt", args: [this._indexes.get(item) ?? 0] };
    return new RangeProxy(this._ctx, this, step, () => item, { target: item });
  }

  load(
    option?:
      | string
      | string[]
      | (Excel.Interfaces.RangeCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions)
      | OfficeExtension.LoadOption
  ): Excel.RangeCollection {
    this._load(option);
    return asOffice<Excel.RangeCollection>(this);
  }

  getItemAt(index: number): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name: "getItemAt", args: [index] }, () => {
      const t = this._target();
      if (t === null) return null;
      const area = t.areas[index];
      return area === undefined ? null : { sheet: t.sheet, area };
    });
  }
}
