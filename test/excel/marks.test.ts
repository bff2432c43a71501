/**
 * Problem marks: added as conditional formats of their own, cleared exactly — the sheet's own
 * conditional formats and every cell's formatting are as they were before marking.
 */
import { defaultProgramme } from "../../src/core";
import type { Finding } from "../../src/core";
import { MARK_FORMULA } from "../../src/excel/use-cases/marks";
import { areaName, parseAreaName } from "../excel-double/model/a1";
import { installDouble } from "../excel-double/test-helpers";
import type { ExcelDouble } from "../excel-double";
import { YEAR, demoEdits, service } from "./helpers";

const programme = defaultProgramme();

function formatsOf(double: ExcelDouble): unknown {
  return double.workbook.sheets.map((s) => ({
    sheet: s.name,
    protected: s.protection.protected,
    cfs: s.conditionalFormats.map((cf) => ({ ...cf, areas: cf.areas.map((a) => areaName(a)) })),
  }));
}

function cellLooks(double: ExcelDouble, findings: readonly Finding[]): unknown {
  return findings.map((f) => {
    const c = double.workbook.cell(f.sheet ?? "", f.cell ?? "A1");
    return [f.sheet, f.cell, c.fill, c.fontColor, c.bold, c.value, c.numberFormat, c.locked];
  });
}

describe("problem marks", () => {
  test("mark the problem cells, then clear exactly those marks", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    await service().saveRows(demoEdits(programme));
    const state = await service().read();
    const findings = state.findings.filter((f) => f.sheet !== null && f.cell !== null && f.severity !== "info");
    expect(findings.length).toBeGreaterThan(2);
    // A user's own fill on one of the cells (the sheet unprotected for it) must survive both steps.
    const first = findings[0];
    if (first?.sheet == null || first.cell === null) throw new Error("no finding");
    const model = double.workbook.sheet(first.sheet);
    const area = parseAreaName(first.cell);
    if (area === null) throw new Error("bad cell");
    model.applyStyle(area, { fill: "#00B050" });
    const formatsBefore = formatsOf(double);
    const looksBefore = cellLooks(double, findings);

    double.resetCounters();
    await service().markProblems(state.findings);
    expect(double.runs[0]?.syncs).toBeLessThanOrEqual(2);
    for (const f of findings) {
      const marks = double.workbook
        .sheet(f.sheet ?? "")
        .conditionalFormats.filter(
          (cf) => cf.formula === MARK_FORMULA && cf.areas.map((a) => areaName(a)).join() === f.cell
        );
      expect([f.cell, marks.length]).toEqual([f.cell, 1]);
    }
    // Marks go first, so they show over the status colours.
    expect(double.workbook.sheet(first.sheet).conditionalFormats[0]?.formula).toBe(MARK_FORMULA);
    expect(cellLooks(double, findings)).toEqual(looksBefore);

    // Marking again adds nothing.
    await service().markProblems(state.findings);
    const count = double.workbook.sheets
      .flatMap((s) => s.conditionalFormats)
      .filter((cf) => cf.formula === MARK_FORMULA).length;
    expect(count).toBe(findings.length);

    await service().clearProblemMarks();
    expect(formatsOf(double)).toEqual(formatsBefore);
    expect(cellLooks(double, findings)).toEqual(looksBefore);
    expect(double.workbook.cell(first.sheet, first.cell).fill).toBe("#00B050");
    expect(double.workbook.findSetting("Programuppfoljning.markeringar")?.value).toEqual([]);
  });

  test("clearing with nothing marked changes nothing", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    const before = formatsOf(double);
    await service().clearProblemMarks();
    expect(formatsOf(double)).toEqual(before);
  });
});
