import { qualifiedAddress } from "../model/a1";
import { Area, columnCount, intersection, rowCount } from "../model/area";
import { hostError } from "../model/host-error";
import { CellInput, InputError, parseCellInput } from "../model/input";
import { defaultStyle } from "../model/style";
import { renderText } from "../model/text";
import { InMemoryWorkbook } from "../model/workbook";
import { subtract } from "../model/area";
import { RequestContextDouble } from "../runtime/context";
import { ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { ConditionalFormatCollectionProxy } from "./conditional-formats";
import { DataValidationProxy } from "./data-validation";
import { RangeAreasProxy, SpecialCellTypeArgument, SpecialCellValueTypeArgument, specialCells } from "./range-areas";
import { RangeFormatProxy } from "./range-format";
import { RangeTarget, assertCanFormatCells, assertCellsEditable } from "./shared";
import { WorksheetProxy } from "./worksheet";

/**
 * Range.values / formulas / numberFormat writes: a 2-D array the size of the range ("The number
 * of rows or columns in the input array doesn't match the size or dimensions of the range." —
 * the InvalidArgument Excel reports, github.com/OfficeDev/office-js/issues/1025); `null` in the
 * array leaves that cell unchanged, and `null` instead of the array is invalid
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
export const SIZE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

function checkGrid(value: unknown, a: Area, what: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw hostError(
      "InvalidArgument",
      `${what} must be a 2-D array (the double does not spread a single value over a range)`
    );
  }
  const grid = value as unknown[][];
  if (grid.length !== rowCount(a) || grid.some((row) => row.length !== columnCount(a))) {
    throw hostError(
      "InvalidArgument",
      `${what}: ${grid.length}×${grid[0]?.length ?? 0} values for a ${rowCount(a)}×${columnCount(a)} range`,
      SIZE_MISMATCH
    );
  }
  return grid;
}

export function writeCellGrid(wb: InMemoryWorkbook, t: RangeTarget, value: unknown, what: string): void {
  const grid = checkGrid(value, t.area, what);
  const { sheet, area } = t;
  const changes: { row: number; column: number; input: CellInput }[] = [];
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < grid[i].length; j++) {
      const raw = grid[i][j];
      if (raw === null || raw === undefined) continue;
      const row = area.r0 + i;
      const column = area.c0 + j;
      try {
        changes.push({ row, column, input: parseCellInput(raw, sheet.styleAt(row, column).numberFormat) });
      } catch (e) {
        if (e instanceof InputError) throw hostError("InvalidArgument", `${what}[${i}][${j}]: ${e.message}`);
        throw e;
      }
    }
  }
  assertCellsEditable(sheet, changes);
  for (const c of changes) wb.writeInput(sheet, c.row, c.column, c.input);
}

/**
 * Range.numberFormat takes, besides a 2-D array the size of the range, one format for every cell:
 * "When setting numberFormat to a range, the argument can be either a single value (string,
 * number or boolean) or a two-dimensional array. If the argument is a single value, it will be
 * applied to all cells in the range." (learn.microsoft.com/javascript/api/excel/excel.range#excel-
 * excel-range-numberformat-member); a 1×1 array on a larger range is applied to every cell too
 * (github.com/OfficeDev/office-js-docs-reference/issues/578, github.com/OfficeDev/office-js-docs-pr/issues/5400).
 * Any other size is InvalidArgument. (values and formulas stay strict in the double.)
 */
function broadcastNumberFormat(value: unknown): { format: unknown } | null {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { format: value };
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1)
    return { format: (value[0] as unknown[])[0] };
  return null;
}

function writeNumberFormats(t: RangeTarget, value: unknown): void {
  const single = broadcastNumberFormat(value);
  if (single !== null) {
    assertCanFormatCells(t.sheet);
    const raw = single.format;
    if (raw === null || raw === undefined) return;
    t.sheet.applyStyle(t.area, { numberFormat: raw === "" ? "General" : String(raw) });
    return;
  }
  const grid = checkGrid(value, t.area, "Range.numberFormat");
  assertCanFormatCells(t.sheet);
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < grid[i].length; j++) {
      const raw = grid[i][j];
      if (raw === null || raw === undefined) continue;
      const format = raw === "" ? "General" : String(raw);
      t.sheet.applyStyle(
        { r0: t.area.r0 + i, c0: t.area.c0 + j, r1: t.area.r0 + i, c1: t.area.c0 + j },
        { numberFormat: format }
      );
    }
  }
}

/**
 * "A range is limited to 5,000,000 cells for read operations. When a read exceeds this limit, the
 * API will either return null or throw an error." (learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins) — the double throws RangeExceedsLimit.
 */
export const READ_CELL_LIMIT = 5_000_000;

function eachCell<V>(t: RangeTarget, f: (row: number, column: number) => V): V[][] {
  if (rowCount(t.area) * columnCount(t.area) > READ_CELL_LIMIT) {
    throw hostError(
      "RangeExceedsLimit",
      `${rowCount(t.area) * columnCount(t.area)} cells is over the ${READ_CELL_LIMIT} cells Excel reads at once`
    );
  }
  const out: V[][] = [];
  for (let r = t.area.r0; r <= t.area.r1; r++) {
    const line: V[] = [];
    for (let c = t.area.c0; c <= t.area.c1; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

export const RANGE_SCALARS: ScalarSpecs<RangeTarget> = {
  address: { get: (t) => qualifiedAddress(t.sheet.name, t.area) },
  values: {
    get: (t, wb) => eachCell(t, (r, c) => wb.displayValue(t.sheet, r, c)),
    set: (t, v, wb) => writeCellGrid(wb, t, v, "Range.values"),
  },
  formulas: {
    get: (t, wb) => eachCell(t, (r, c) => t.sheet.cellAt(r, c)?.formula ?? wb.displayValue(t.sheet, r, c)),
    set: (t, v, wb) => writeCellGrid(wb, t, v, "Range.formulas"),
  },
  numberFormat: {
    get: (t) => eachCell(t, (r, c) => t.sheet.styleAt(r, c).numberFormat),
    set: (t, v) => writeNumberFormats(t, v),
  },
  text: {
    get: (t, wb) =>
      eachCell(t, (r, c) => {
        const v = wb.displayValue(t.sheet, r, c);
        return renderText(v === "" ? null : v, t.sheet.styleAt(r, c).numberFormat);
      }),
  },
  rowCount: { get: (t) => rowCount(t.area) },
  columnCount: { get: (t) => columnCount(t.area) },
  cellCount: { get: (t) => rowCount(t.area) * columnCount(t.area) },
  rowIndex: { get: (t) => t.area.r0 },
  columnIndex: { get: (t) => t.area.c0 },
};

type Derive = (t: RangeTarget, wb: InMemoryWorkbook) => RangeTarget | null;

export class RangeProxy extends ProxyBase<RangeTarget> {
  get _className(): string {
    return "Range";
  }
  get _scalars(): ScalarSpecs<RangeTarget> {
    return RANGE_SCALARS;
  }

  declare readonly address: Excel.Range["address"];
  declare values: Excel.Range["values"];
  declare formulas: Excel.Range["formulas"];
  declare numberFormat: Excel.Range["numberFormat"];
  declare readonly text: Excel.Range["text"];
  declare readonly rowCount: Excel.Range["rowCount"];
  declare readonly columnCount: Excel.Range["columnCount"];
  declare readonly cellCount: Excel.Range["cellCount"];
  declare readonly rowIndex: Excel.Range["rowIndex"];
  declare readonly columnIndex: Excel.Range["columnIndex"];

  static create(
    ctx: RequestContextDouble,
    parent: ProxyBase<object>,
    step: { name: string; args: readonly unknown[]; orNull?: boolean },
    locate: () => RangeTarget | null
  ): Excel.Range {
    for (const a of step.args) ctx._checkArgument(a);
    return asOffice<Excel.Range>(new RangeProxy(ctx, parent, step, locate));
  }

  private _derive(name: string, args: readonly unknown[], derive: Derive, orNull = false): Excel.Range {
    return RangeProxy.create(this._ctx, this, { name, args, orNull }, () => {
      const t = this._target();
      return t === null ? null : derive(t, this._ctx._host.workbook);
    });
  }

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return {
      format: () => this._formatProxy(),
      dataValidation: () => this._validationProxy(),
      conditionalFormats: () => this._cfProxy(),
      worksheet: () => this._worksheetProxy(),
    };
  }

  private _formatProxy(): RangeFormatProxy {
    return this._child(
      "format",
      () => new RangeFormatProxy(this._ctx, this, { name: "format", args: [] }, () => this._target())
    );
  }
  private _validationProxy(): DataValidationProxy {
    return this._child(
      "dataValidation",
      () => new DataValidationProxy(this._ctx, this, { name: "dataValidation", args: [] }, () => this._target())
    );
  }
  private _cfProxy(): ConditionalFormatCollectionProxy {
    return this._child(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionProxy(this._ctx, this, { name: "conditionalFormats", args: [] }, () =>
          this._target()
        )
    );
  }
  private _worksheetProxy(): WorksheetProxy {
    return this._child(
      "worksheet",
      () => new WorksheetProxy(this._ctx, this, { name: "worksheet", args: [] }, () => this._target()?.sheet ?? null)
    );
  }

  get format(): Excel.RangeFormat {
    return asOffice<Excel.RangeFormat>(this._formatProxy());
  }
  get dataValidation(): Excel.DataValidation {
    return asOffice<Excel.DataValidation>(this._validationProxy());
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return asOffice<Excel.ConditionalFormatCollection>(this._cfProxy());
  }
  get worksheet(): Excel.Worksheet {
    return asOffice<Excel.Worksheet>(this._worksheetProxy());
  }

  load(
    option?: string | string[] | Excel.Interfaces.RangeLoadOptions | { select?: string; expand?: string }
  ): Excel.Range {
    this._load(option);
    return asOffice<Excel.Range>(this);
  }

  set(properties: Excel.Interfaces.RangeUpdateData | Excel.Range): void {
    this._setMany(properties);
  }

  /** Selects the range in the Excel UI (and activates its sheet). */
  select(): void {
    this._method("select", [], (t) => {
      const wb = this._ctx._host.workbook;
      wb.activate(t.sheet);
      wb.selection = { sheet: t.sheet, area: t.area };
    });
  }

  /**
   * Range.clear(applyTo = "All"): Contents (values and formulas), Formats (styles and conditional
   * formats), All (both). Data validation stays, as with Excel's Clear All.
   */
  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"
  ): void {
    this._method("clear", [applyTo], (t) => {
      const wb = this._ctx._host.workbook;
      const what = applyTo ?? "All";
      const contents = what === "All" || what === "Contents" || what === "ResetContents";
      const formats = what === "All" || what === "Formats";
      const stored = [...t.sheet.storedCellsIn(t.area)];
      if (contents)
        assertCellsEditable(
          t.sheet,
          stored.filter((s) => s.cell.formula !== null || s.cell.value !== null)
        );
      if (formats) assertCanFormatCells(t.sheet);
      if (contents) for (const s of stored) wb.writeInput(t.sheet, s.row, s.column, { kind: "clear" });
      if (formats) {
        t.sheet.applyStyle(t.area, defaultStyle());
        for (const cf of t.sheet.conditionalFormats) cf.areas = cf.areas.flatMap((a) => subtract(a, t.area));
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
        for (const s of stored) t.sheet.compact(s.row, s.column);
      }
    });
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._derive("getUsedRange", [valuesOnly], (t) => this._used(t, valuesOnly === true));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._derive("getUsedRangeOrNullObject", [valuesOnly], (t) => this._used(t, valuesOnly === true), true);
  }

  private _used(t: RangeTarget, valuesOnly: boolean): RangeTarget | null {
    const used = t.sheet.usedArea(valuesOnly);
    const cut = used === null ? null : intersection(used, t.area);
    return cut === null ? null : { sheet: t.sheet, area: cut };
  }

  /**
   * The cells of this range that are formulas, constants or blanks, as a RangeAreas (range-areas.ts,
   * specialCells). "If no special cells are found, then this method returns an object with its
   * isNullObject property set to true."
   */
  getSpecialCellsOrNullObject(
    cellType: SpecialCellTypeArgument,
    cellValueType?: SpecialCellValueTypeArgument
  ): Excel.RangeAreas {
    return RangeAreasProxy.create(
      this._ctx,
      this,
      { name: "getSpecialCellsOrNullObject", args: [cellType, cellValueType], orNull: true },
      () => {
        const t = this._target();
        return t === null ? null : specialCells(this._ctx._host.workbook, t.sheet, [t.area], cellType, cellValueType);
      }
    );
  }

  /** Range.delete("Up") only: cells below move up. */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this._method("delete", [shift], (t) => {
      if (shift !== "Up") throw hostError("NotImplemented", 'the double models Range.delete("Up") only');
      this._ctx._host.workbook.deleteCellsUp(t.sheet, t.area);
    });
  }

  override toJSON(): Record<string, unknown> {
    return super.toJSON();
  }
}

installScalarAccessors(RangeProxy, RANGE_SCALARS);
