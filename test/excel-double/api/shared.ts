import { Area, isInsideGrid } from "../model/area";
import { hostError } from "../model/host-error";
import { SheetModel } from "../model/sheet";
import { InMemoryWorkbook } from "../model/workbook";
import { ProxyBase, ScalarSpec, ScalarSpecs } from "../runtime/proxy";

/** What a Range (and its format, validation, conditional formats) stands for. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
  readonly deleted?: boolean;
}

/**
 * What a RangeAreas (and its format and validation) stands for: rectangles on one sheet
 * (learn.microsoft.com/javascript/api/excel/excel.rangeareas). They may overlap, as the areas of
 * Worksheet.getRanges("A1:B2, B2:C3") do.
 */
export interface RangeAreasTarget {
  readonly sheet: SheetModel;
  readonly areas: readonly Area[];
}

/** A Range's target or a RangeAreas' one: what format and data validation proxies work on. */
export type CellsTarget = RangeTarget | RangeAreasTarget;

/** The rectangles of a target: one for a Range. */
export function areasOf(t: CellsTarget): readonly Area[] {
  return "areas" in t ? t.areas : [t.area];
}

/** A target as Ranges: itself for a Range, one per area for a RangeAreas. */
export function rangesOf(t: CellsTarget): RangeTarget[] {
  return "areas" in t ? t.areas.map((area) => ({ sheet: t.sheet, area })) : [t];
}

/**
 * A Range property spec over a RangeAreas: "Setting a property on a RangeAreas object sets the
 * corresponding property on all the ranges in the RangeAreas.areas collection", and reading one
 * gives the value the ranges share, else null ("Other properties are null unless all ranges share
 * the same value") — learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges.
 * A Range's target goes to the spec unchanged.
 */
export function overAreas(spec: ScalarSpec<RangeTarget>): ScalarSpec<CellsTarget> {
  const set = spec.set;
  return {
    get: (t, wb) => {
      if (!("areas" in t)) return spec.get(t, wb);
      const values = rangesOf(t).map((r) => spec.get(r, wb));
      const first = JSON.stringify(values[0]);
      return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
    },
    ...(set === undefined
      ? {}
      : {
          set: (t: CellsTarget, value: unknown, wb: InMemoryWorkbook) => {
            for (const r of rangesOf(t)) set(r, value, wb);
          },
        }),
  };
}

export function specsOverAreas(specs: ScalarSpecs<RangeTarget>): ScalarSpecs<CellsTarget> {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, overAreas(spec)]));
}

/** A Range proxy or an address, as many Office.js methods take ("Range | string"). */
export function resolveRangeArgument(arg: unknown, wb: InMemoryWorkbook, defaultSheet: SheetModel | null): RangeTarget {
  if (arg instanceof ProxyBase) {
    const t = arg._target();
    if (t !== null && "sheet" in t && "area" in t) return t as RangeTarget;
    throw hostError("InvalidArgument", "expected a Range");
  }
  if (typeof arg === "string") {
    const resolved = wb.resolveReference(arg, defaultSheet);
    if (resolved === null) throw hostError("InvalidArgument", `"${arg}" is not a reference the workbook knows`);
    return resolved;
  }
  throw hostError("InvalidArgument", "expected a Range or an address");
}

export function checkedArea(a: Area): Area {
  if (!isInsideGrid(a)) throw hostError("InvalidArgument", "the range would leave the worksheet grid");
  return a;
}

/**
 * Worksheet protection: Excel refuses changes a protected sheet does not allow. Cells: writing
 * to a locked cell is refused; formats need allowFormatCells (columns / rows: allowFormatColumns
 * / allowFormatRows); locking and unlocking cells, validation and conditional formats, and tables
 * are refused outright. The double reports all of these as AccessDenied.
 */
export function assertCanFormatCells(sheet: SheetModel): void {
  if (sheet.protection.protected && !sheet.protection.options.allowFormatCells) {
    throw hostError("AccessDenied", `sheet "${sheet.name}" is protected and does not allow formatting cells`);
  }
}

export function assertCanFormatColumns(sheet: SheetModel): void {
  if (sheet.protection.protected && !sheet.protection.options.allowFormatColumns) {
    throw hostError("AccessDenied", `sheet "${sheet.name}" is protected and does not allow formatting columns`);
  }
}

export function assertCanFormatRows(sheet: SheetModel): void {
  if (sheet.protection.protected && !sheet.protection.options.allowFormatRows) {
    throw hostError("AccessDenied", `sheet "${sheet.name}" is protected and does not allow formatting rows`);
  }
}

export function assertUnprotected(sheet: SheetModel, what: string): void {
  if (sheet.protection.protected)
    throw hostError("AccessDenied", `sheet "${sheet.name}" is protected: ${what} is not allowed`);
}

export function assertCellsEditable(sheet: SheetModel, cells: Iterable<{ row: number; column: number }>): void {
  if (!sheet.protection.protected) return;
  for (const { row, column } of cells) {
    if (sheet.styleAt(row, column).locked) {
      throw hostError(
        "AccessDenied",
        `sheet "${sheet.name}" is protected and cell ${row + 1}:${column + 1} (row:column) is locked`
      );
    }
  }
}

export function isNonNegativeInteger(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 0;
}

export function expectString(value: unknown, what: string): string {
  if (typeof value !== "string") throw hostError("InvalidArgument", `${what} must be a string`);
  return value;
}

export function expectBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw hostError("InvalidArgument", `${what} must be true or false`);
  return value;
}

export function expectNumber(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw hostError("InvalidArgument", `${what} must be a number`);
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw hostError("InvalidArgument", `${what} must be one of ${allowed.join(", ")}`);
  }
  return value as T;
}
