/**
 * The adapter's workbook, recalculated by a real engine: the default programme generated into the
 * double, the demo's entries saved through saveRows as a department head would, the summary
 * written; the double saved as .xlsx and recalculated by LibreOffice. The summary sheet's live
 * formulas must give the numbers the command line computes for the same entries (summarise over
 * collectEntries of the same workbook read). Fails — never skips — when LibreOffice is missing.
 */
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  collectEntries,
  defaultProgramme,
  DEPARTMENT_BLOCK_HEADERS,
  displayValue,
  OVERALL_LABEL,
  readWorkbook,
  summarise,
  SUMMARY_COLUMNS,
  SUMMARY_SHEET,
} from "../../src/core";
import type { RawCell, SheetGrid } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { saveDoubleAsXlsx } from "../excel-double/save-xlsx";
import { installDouble } from "../excel-double/test-helpers";
import { convertWithLibreOffice } from "../support/libreoffice";
import { YEAR, demoEdits, service } from "./helpers";

const programme = defaultProgramme();

/** The row whose first cell is `label`, below the header row whose first cell is `header`, as header → value. */
function rowUnder(sheet: SheetGrid, header: string, label: string): Map<string, unknown> {
  const h = sheet.cells.findIndex((r) => displayValue(r[0] ?? null) === header);
  const headers = (sheet.cells[h] ?? []).map((c: RawCell) => String(displayValue(c)));
  const row = sheet.cells.find((r, i) => i > h && displayValue(r[0] ?? null) === label);
  if (h < 0 || row === undefined) throw new Error(`no row ${label} under ${header}`);
  return new Map(headers.map((name, i) => [name, displayValue(row[i] ?? null)]));
}

test("the summary sheet the adapter wrote, recalculated by LibreOffice, gives the command line's numbers", async () => {
  const double = installDouble();
  await service().generate(programme, YEAR);
  const edits = demoEdits(programme);
  expect(edits.length).toBeGreaterThan(50);
  await service().saveRows(edits);
  await service().writeSummary([]);
  const state = await service().read();

  const file = await saveDoubleAsXlsx(double.workbook);
  // The command line reads the same file: its summary of these entries.
  const fromFile = readWorkbook(await readXlsx(file));
  const cli = summarise(programme, collectEntries(fromFile, programme), { year: YEAR, choices: fromFile.choices });
  expect(cli.totals).toEqual(state.summary.totals);
  expect(cli.totals.reported).toBeGreaterThan(50);

  const grids = await readXlsx(await convertWithLibreOffice(file));
  const sheet = grids.find((g) => g.name === SUMMARY_SHEET);
  if (sheet === undefined) throw new Error("no summary sheet after LibreOffice");
  const areaHeader = SUMMARY_COLUMNS[0]?.header ?? "";
  for (const area of cli.areas) {
    const row = rowUnder(sheet, areaHeader, area.areaId);
    expect({
      area: area.areaId,
      activities: ACTIVITY_STATUS.map((t) => row.get(t.sv)),
      goals: ASSESSMENT.map((t) => row.get(t.sv)),
      reported: row.get("Rapporterade rader"),
      rows: row.get("Rader totalt"),
    }).toEqual({
      area: area.areaId,
      activities: ACTIVITY_STATUS.map((t) => area.activities[t.code]),
      goals: ASSESSMENT.map((t) => area.goals[t.code]),
      reported: area.reported,
      rows: area.rows,
    });
  }
  const overall = rowUnder(sheet, areaHeader, OVERALL_LABEL);
  expect([overall.get("Rapporterade rader"), overall.get("Rader totalt")]).toEqual([
    cli.totals.reported,
    cli.totals.rows,
  ]);
  for (const d of cli.departments) {
    const row = rowUnder(sheet, DEPARTMENT_BLOCK_HEADERS[0], d.department);
    expect([d.department, row.get(DEPARTMENT_BLOCK_HEADERS[2]), row.get(DEPARTMENT_BLOCK_HEADERS[3])]).toEqual([
      d.department,
      d.owned,
      d.filled,
    ]);
  }
});
