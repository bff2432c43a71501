import { type Area, columnCount, rowCount } from "./area";
import { hostError } from "./host-error";
import type { SheetModel } from "./sheet";

/**
 * A chart on a worksheet, as far as an add-in sets and reads it: its type, the cells it plots, its
 * title, legend, position and the fill of each series. What Excel draws is not modelled.
 */
export interface ChartSeriesModel {
  name: string;
  /** "#RRGGBB" once setSolidColor ran; null = Excel's automatic colour. */
  fill: string | null;
}

export interface ChartModel {
  readonly id: string;
  readonly sheet: SheetModel;
  name: string;
  chartType: string;
  readonly source: Area;
  readonly series: ChartSeriesModel[];
  readonly title: { text: string; visible: boolean };
  readonly legend: { position: string; visible: boolean };
  /** The cells it covers, once setPosition ran. */
  position: Area | null;
  deleted: boolean;
}

/** The chart types the double accepts (Excel knows more; the adapter uses BarStacked100). */
export const CHART_TYPES: ReadonlySet<string> = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);

export const LEGEND_POSITIONS: ReadonlySet<string> = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

let nextChart = 1;

function text(sheet: SheetModel, row: number, column: number): string | null {
  const v = sheet.cellAt(row, column)?.value;
  return typeof v === "string" ? v : null;
}

/**
 * The series Excel makes of a block plotted by columns: a first column of text below the first
 * row holds the categories; a first row of text names the series; every other column is a series.
 */
function seriesOf(sheet: SheetModel, source: Area): ChartSeriesModel[] {
  const dataRows = Array.from({ length: Math.max(rowCount(source) - 1, 0) }, (_, i) => source.r0 + 1 + i);
  const firstIsCategories =
    columnCount(source) > 1 && dataRows.length > 0 && dataRows.every((r) => text(sheet, r, source.c0) !== null);
  const named = rowCount(source) > 1;
  const first = firstIsCategories ? source.c0 + 1 : source.c0;
  const out: ChartSeriesModel[] = [];
  for (let c = first; c <= source.c1; c++) {
    out.push({ name: (named ? text(sheet, source.r0, c) : null) ?? `Serie${out.length + 1}`, fill: null });
  }
  return out;
}

/**
 * ChartCollection.add: "Creates a new chart" from sourceData. A protected sheet refuses it unless
 * its protection allows editing objects; a type the double does not know is an invalid argument.
 */
export function addChart(sheet: SheetModel, type: string, source: Area, seriesBy: string): ChartModel {
  if (!CHART_TYPES.has(type)) throw hostError("InvalidArgument", `chart type "${type}"`);
  if (seriesBy !== "Columns" && seriesBy !== "Auto")
    throw hostError("InvalidArgument", `the double plots by columns only (seriesBy "${seriesBy}")`);
  if (sheet.protection.protected && !sheet.protection.options.allowEditObjects)
    throw hostError("AccessDenied", `sheet "${sheet.name}" is protected`);
  const id = `{chart-${nextChart++}}`;
  const chart: ChartModel = {
    id,
    sheet,
    name: `Diagram ${sheet.charts.length + 1}`,
    chartType: type,
    source,
    series: seriesOf(sheet, source),
    title: { text: "", visible: true },
    legend: { position: "Right", visible: true },
    position: null,
    deleted: false,
  };
  sheet.charts.push(chart);
  return chart;
}

export function deleteChart(chart: ChartModel): void {
  if (chart.sheet.protection.protected && !chart.sheet.protection.options.allowEditObjects)
    throw hostError("AccessDenied", `sheet "${chart.sheet.name}" is protected`);
  chart.sheet.charts = chart.sheet.charts.filter((c) => c !== chart);
  chart.deleted = true;
}
