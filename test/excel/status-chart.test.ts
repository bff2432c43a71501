/**
 * The summary sheet's native chart in Excel: the activities' status per area as a 100 % stacked
 * bar over the table's own (live) cells, one colour per status; added once, kept by later writes,
 * and added to a summary sheet made before it existed.
 */
import {
  ACTIVITY_STATUS,
  defaultProgramme,
  STATUS_CHART,
  SUMMARY_SHEET,
  SUMMARY_TABLE_HEADER_ROW,
} from "../../src/core";
import type { ChartModel } from "../excel-double/model/chart";
import { installDouble } from "../excel-double/test-helpers";
import { YEAR, demoEdits, service } from "./helpers";

const programme = defaultProgramme();

function chartsOf(double: ReturnType<typeof installDouble>): ChartModel[] {
  return double.workbook.sheet(SUMMARY_SHEET).charts;
}

describe("the summary sheet's status chart", () => {
  test("generate adds one 100 % stacked bar over the area names and activity counts, coloured by status, below the last block", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    const charts = chartsOf(double);
    expect(charts).toHaveLength(1);
    const chart = charts[0] as ChartModel;
    expect(chart).toMatchObject({ name: STATUS_CHART.name, chartType: "BarStacked100" });
    expect(chart.title.text).toBe(STATUS_CHART.title);
    expect(chart.legend.position).toBe("Bottom");
    // Header row to the last area row, from "Namn" (column B) to the last activity status.
    expect(chart.source).toEqual({
      r0: SUMMARY_TABLE_HEADER_ROW - 1,
      c0: 1,
      r1: SUMMARY_TABLE_HEADER_ROW - 1 + programme.areas.length,
      c1: 1 + ACTIVITY_STATUS.length,
    });
    expect(chart.series.map((s) => s.name)).toEqual(ACTIVITY_STATUS.map((t) => t.sv));
    expect(chart.series.map((s) => s.fill)).toEqual(ACTIVITY_STATUS.map((t) => `#${t.colour.toUpperCase()}`));
    // Below every cell the sheet holds, so it covers nothing anyone reads or types in.
    const sheet = double.workbook.sheet(SUMMARY_SHEET);
    const lastRow = Math.max(...[...sheet.cells.keys()].map((k) => Math.floor(k / 16_384)));
    expect(chart.position?.r0).toBeGreaterThan(lastRow);
    expect(chart.position !== null && chart.position.r1 - chart.position.r0 + 1).toBe(STATUS_CHART.rows);
    // The chart was added before the sheet was protected again (the double refuses it after).
    expect(sheet.protection.protected).toBe(true);
  });

  test("writing the summary again keeps the one chart; a summary sheet without it gets it", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    await service().saveRows(demoEdits(programme));
    await service().writeSummary([{ key: "overall", assessment: "onTrack", text: null }]);
    expect(chartsOf(double).map((c) => c.name)).toEqual([STATUS_CHART.name]);
    // As a workbook made before the chart existed.
    double.workbook.sheet(SUMMARY_SHEET).charts = [];
    await service().writeSummary([{ key: "overall", assessment: "partly", text: null }]);
    expect(chartsOf(double).map((c) => c.name)).toEqual([STATUS_CHART.name]);
    await service().writeSummary([]);
    expect(chartsOf(double)).toHaveLength(1);
  });
});
