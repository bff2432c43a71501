import type { ChartPlan } from "../core";
import { hexColour } from "./units";

/**
 * A sheet plan's charts added to its worksheet, unless a chart of that name is there already
 * (`existing`, the names the snapshot loaded): a summary written again keeps its chart, whose
 * source cells are live, and a sheet made before charts existed gets one. Queued only: the
 * caller's next sync carries them, before the sheet is protected again.
 */
export function applyCharts(ws: Excel.Worksheet, charts: readonly ChartPlan[], existing: readonly string[]): void {
  const have = new Set(existing.map((n) => n.toLowerCase()));
  for (const plan of charts) {
    if (have.has(plan.name.toLowerCase())) continue;
    // String values, not Excel.* enums: the module must load before Office.js does.
    const chart = ws.charts.add("BarStacked100", ws.getRange(plan.source), "Columns");
    chart.name = plan.name;
    chart.title.text = plan.title;
    chart.legend.position = "Bottom";
    chart.setPosition(plan.from, plan.to);
    plan.seriesColours.forEach((colour, i) => {
      chart.series.getItemAt(i).format.fill.setSolidColor(hexColour(colour));
    });
  }
}
