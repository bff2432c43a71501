import { type ChartModel, type ChartSeriesModel, LEGEND_POSITIONS, addChart, deleteChart } from "../model/chart";
import { hostError } from "../model/host-error";
import { normaliseColour } from "../model/style";
import type { SheetModel } from "../model/sheet";
import type { RequestContextDouble } from "../runtime/context";
import { CollectionProxy, PathStep, ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { expectBoolean, expectString, resolveRangeArgument } from "./shared";

/**
 * Worksheet.charts and what the adapter does with a chart: add one over a range, name it, title
 * it, place its legend, position it over cells and fill its series
 * (learn.microsoft.com/javascript/api/excel/excel.chartcollection, excel.chart, excel.chartseries).
 */

function live(s: SheetModel): ChartModel[] {
  return s.charts.filter((c) => !c.deleted);
}

const CHARTS_SCALARS: ScalarSpecs<SheetModel> = { count: { get: (s) => live(s).length } };

export class ChartCollectionProxy extends CollectionProxy<SheetModel, ChartModel, ChartProxy, Excel.Chart> {
  get _className(): string {
    return "ChartCollection";
  }
  get _scalars(): ScalarSpecs<SheetModel> {
    return CHARTS_SCALARS;
  }
  declare readonly count: Excel.ChartCollection["count"];

  protected _list(sheet: SheetModel): ChartModel[] {
    return live(sheet);
  }
  protected _wrap(chart: ChartModel): ChartProxy {
    return new ChartProxy(this._ctx, this, { name: "getItem", args: [chart.name] }, () => chart, { target: chart });
  }

  load(
    option?: string | string[] | Excel.Interfaces.ChartCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.ChartCollection {
    this._load(option);
    return asOffice<Excel.ChartCollection>(this);
  }

  private _chart(step: PathStep, locate: (sheet: SheetModel) => ChartModel | null): Excel.Chart {
    return asOffice<Excel.Chart>(
      new ChartProxy(this._ctx, this, step, () => {
        const sheet = this._target();
        return sheet === null ? null : locate(sheet);
      })
    );
  }

  add(type: string, sourceData: Excel.Range, seriesBy?: string): Excel.Chart {
    this._ctx._checkArgument(sourceData);
    return this._chart({ name: "add", args: [type, sourceData, seriesBy] }, (sheet) => {
      const r = resolveRangeArgument(sourceData, this._ctx._host.workbook, sheet);
      if (r.sheet !== sheet) throw hostError("InvalidArgument", "the source data is on another sheet");
      return addChart(sheet, type, r.area, seriesBy ?? "Auto");
    });
  }

  /** "Gets a chart using its name. If there are multiple charts with the same name, the first one will be returned." */
  getItem(name: string): Excel.Chart {
    return this._chart({ name: "getItem", args: [name] }, (s) => live(s).find((c) => c.name === name) ?? null);
  }

  getItemOrNullObject(name: string): Excel.Chart {
    return this._chart(
      { name: "getItemOrNullObject", args: [name], orNull: true },
      (s) => live(s).find((c) => c.name === name) ?? null
    );
  }

  getItemAt(index: number): Excel.Chart {
    return this._chart({ name: "getItemAt", args: [index] }, (s) => live(s)[index] ?? null);
  }
}
installScalarAccessors(ChartCollectionProxy, CHARTS_SCALARS);

const CHART_SCALARS: ScalarSpecs<ChartModel> = {
  id: { get: (c) => c.id },
  name: { get: (c) => c.name, set: (c, v) => (c.name = expectString(v, "Chart.name")) },
  chartType: { get: (c) => c.chartType },
};

export class ChartProxy extends ProxyBase<ChartModel> {
  get _className(): string {
    return "Chart";
  }
  get _scalars(): ScalarSpecs<ChartModel> {
    return CHART_SCALARS;
  }
  declare readonly id: Excel.Chart["id"];
  declare name: Excel.Chart["name"];
  declare readonly chartType: Excel.Chart["chartType"];

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { title: () => this._title(), legend: () => this._legend(), series: () => this._series() };
  }
  private _title(): ChartTitleProxy {
    return this._child(
      "title",
      () => new ChartTitleProxy(this._ctx, this, { name: "title", args: [] }, () => this._target())
    );
  }
  private _legend(): ChartLegendProxy {
    return this._child(
      "legend",
      () => new ChartLegendProxy(this._ctx, this, { name: "legend", args: [] }, () => this._target())
    );
  }
  private _series(): ChartSeriesCollectionProxy {
    return this._child(
      "series",
      () => new ChartSeriesCollectionProxy(this._ctx, this, { name: "series", args: [] }, () => this._target())
    );
  }
  get title(): Excel.ChartTitle {
    return asOffice<Excel.ChartTitle>(this._title());
  }
  get legend(): Excel.ChartLegend {
    return asOffice<Excel.ChartLegend>(this._legend());
  }
  get series(): Excel.ChartSeriesCollection {
    return asOffice<Excel.ChartSeriesCollection>(this._series());
  }

  load(
    option?: string | string[] | Excel.Interfaces.ChartLoadOptions | { select?: string; expand?: string }
  ): Excel.Chart {
    this._load(option);
    return asOffice<Excel.Chart>(this);
  }

  /** "Positions the chart relative to cells on the worksheet"; no end cell keeps the chart's size (here: one cell). */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this._method("setPosition", [startCell, endCell], (c) => {
      const wb = this._ctx._host.workbook;
      const start = resolveRangeArgument(startCell, wb, c.sheet);
      const end = endCell === undefined ? start : resolveRangeArgument(endCell, wb, c.sheet);
      if (start.sheet !== c.sheet || end.sheet !== c.sheet)
        throw hostError("InvalidArgument", "the position is on another sheet");
      if (end.area.r1 < start.area.r0 || end.area.c1 < start.area.c0)
        throw hostError("InvalidArgument", "the end cell is above or left of the start cell");
      c.position = { r0: start.area.r0, c0: start.area.c0, r1: end.area.r1, c1: end.area.c1 };
    });
  }

  delete(): void {
    this._method("delete", [], (c) => deleteChart(c));
  }
}
installScalarAccessors(ChartProxy, CHART_SCALARS);

const TITLE_SCALARS: ScalarSpecs<ChartModel> = {
  text: { get: (c) => c.title.text, set: (c, v) => (c.title.text = expectString(v, "ChartTitle.text")) },
  visible: { get: (c) => c.title.visible, set: (c, v) => (c.title.visible = expectBoolean(v, "ChartTitle.visible")) },
};

export class ChartTitleProxy extends ProxyBase<ChartModel> {
  get _className(): string {
    return "ChartTitle";
  }
  get _scalars(): ScalarSpecs<ChartModel> {
    return TITLE_SCALARS;
  }
  declare text: Excel.ChartTitle["text"];
  declare visible: Excel.ChartTitle["visible"];

  load(
    option?: string | string[] | Excel.Interfaces.ChartTitleLoadOptions | { select?: string; expand?: string }
  ): Excel.ChartTitle {
    this._load(option);
    return asOffice<Excel.ChartTitle>(this);
  }
}
installScalarAccessors(ChartTitleProxy, TITLE_SCALARS);

const LEGEND_SCALARS: ScalarSpecs<ChartModel> = {
  position: {
    get: (c) => c.legend.position,
    set: (c, v) => {
      const p = expectString(v, "ChartLegend.position");
      if (!LEGEND_POSITIONS.has(p)) throw hostError("InvalidArgument", `legend position "${p}"`);
      c.legend.position = p;
    },
  },
  visible: {
    get: (c) => c.legend.visible,
    set: (c, v) => (c.legend.visible = expectBoolean(v, "ChartLegend.visible")),
  },
};

export class ChartLegendProxy extends ProxyBase<ChartModel> {
  get _className(): string {
    return "ChartLegend";
  }
  get _scalars(): ScalarSpecs<ChartModel> {
    return LEGEND_SCALARS;
  }
  declare position: Excel.ChartLegend["position"];
  declare visible: Excel.ChartLegend["visible"];

  load(
    option?: string | string[] | Excel.Interfaces.ChartLegendLoadOptions | { select?: string; expand?: string }
  ): Excel.ChartLegend {
    this._load(option);
    return asOffice<Excel.ChartLegend>(this);
  }
}
installScalarAccessors(ChartLegendProxy, LEGEND_SCALARS);

const SERIES_COLLECTION_SCALARS: ScalarSpecs<ChartModel> = { count: { get: (c) => c.series.length } };

export class ChartSeriesCollectionProxy extends CollectionProxy<
  ChartModel,
  ChartSeriesModel,
  ChartSeriesProxy,
  Excel.ChartSeries
> {
  get _className(): string {
    return "ChartSeriesCollection";
  }
  get _scalars(): ScalarSpecs<ChartModel> {
    return SERIES_COLLECTION_SCALARS;
  }
  declare readonly count: Excel.ChartSeriesCollection["count"];

  protected _list(chart: ChartModel): ChartSeriesModel[] {
    return chart.series;
  }
  protected _wrap(series: ChartSeriesModel): ChartSeriesProxy {
    const index = this._target()?.series.indexOf(series) ?? -1;
    return new ChartSeriesProxy(this._ctx, this, { name: "getItemAt", args: [index] }, () => series, {
      target: series,
    });
  }

  load(
    option?: string | string[] | Excel.Interfaces.ChartSeriesCollectionLoadOptions | OfficeExtension.LoadOption
  ): Excel.ChartSeriesCollection {
    this._load(option);
    return asOffice<Excel.ChartSeriesCollection>(this);
  }

  getItemAt(index: number): Excel.ChartSeries {
    return asOffice<Excel.ChartSeries>(
      new ChartSeriesProxy(this._ctx, this, { name: "getItemAt", args: [index] }, () => {
        const chart = this._target();
        return chart === null ? null : (chart.series[index] ?? null);
      })
    );
  }
}
installScalarAccessors(ChartSeriesCollectionProxy, SERIES_COLLECTION_SCALARS);

const SERIES_SCALARS: ScalarSpecs<ChartSeriesModel> = {
  name: { get: (s) => s.name, set: (s, v) => (s.name = expectString(v, "ChartSeries.name")) },
};

export class ChartSeriesProxy extends ProxyBase<ChartSeriesModel> {
  get _className(): string {
    return "ChartSeries";
  }
  get _scalars(): ScalarSpecs<ChartSeriesModel> {
    return SERIES_SCALARS;
  }
  declare name: Excel.ChartSeries["name"];

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { format: () => this._format() };
  }
  private _format(): ChartSeriesFormatProxy {
    return this._child(
      "format",
      () => new ChartSeriesFormatProxy(this._ctx, this, { name: "format", args: [] }, () => this._target())
    );
  }
  get format(): Excel.ChartSeriesFormat {
    return asOffice<Excel.ChartSeriesFormat>(this._format());
  }
}
installScalarAccessors(ChartSeriesProxy, SERIES_SCALARS);

export class ChartSeriesFormatProxy extends ProxyBase<ChartSeriesModel> {
  get _className(): string {
    return "ChartSeriesFormat";
  }
  get _scalars(): ScalarSpecs<ChartSeriesModel> {
    return {};
  }
  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { fill: () => this._fill() };
  }
  private _fill(): ChartFillProxy {
    return this._child(
      "fill",
      () => new ChartFillProxy(this._ctx, this, { name: "fill", args: [] }, () => this._target())
    );
  }
  get fill(): Excel.ChartFill {
    return asOffice<Excel.ChartFill>(this._fill());
  }
}

/** ChartFill of a series: "Sets the fill formatting of a chart element to a uniform color"; clear() returns it to automatic. */
export class ChartFillProxy extends ProxyBase<ChartSeriesModel> {
  get _className(): string {
    return "ChartFill";
  }
  get _scalars(): ScalarSpecs<ChartSeriesModel> {
    return {};
  }
  setSolidColor(color: string): void {
    this._method("setSolidColor", [color], (s) => {
      const c = normaliseColour(expectString(color, "color"));
      if (c === null) throw hostError("InvalidArgument", `"${color}" is not a colour`);
      s.fill = c;
    });
  }
  clear(): void {
    this._method("clear", [], (s) => (s.fill = null));
  }
}

export function chartCollection(
  ctx: RequestContextDouble,
  parent: ProxyBase<object>,
  locate: () => SheetModel | null
): ChartCollectionProxy {
  return new ChartCollectionProxy(ctx, parent, { name: "charts", args: [] }, locate);
}
