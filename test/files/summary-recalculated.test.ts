import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  buildWorkbookPlan,
  collectEntries,
  defaultProgramme,
  DEPARTMENT_BLOCK_HEADERS,
  displayValue,
  enteredValues,
  OVERALL_LABEL,
  readWorkbook,
  summarise,
  SUMMARY_COLUMNS,
  SUMMARY_SHEET,
} from "../../src/core";
import type { EnteredValues, RawCell, SheetGrid, Summary } from "../../src/core";
import { demoEntries } from "../../src/cli/demo-data";
import { readXlsx } from "../../src/files/xlsx-reader";
import { writeXlsx } from "../../src/files/xlsx-writer";
import { convertWithLibreOffice } from "../support/libreoffice";

/**
 * The summary sheet's live formulas, recalculated by LibreOffice, give the same numbers as the
 * core's summary of the same entries. The file is written with the summary of an EMPTY year as
 * its cached results, so every matching number had to be computed by LibreOffice: a stale cache
 * would show zeros. Fails when LibreOffice is missing.
 */

const YEAR = 2019;
const programme = defaultProgramme();

interface Recalculated {
  /** The core's summary of the entries as read back from the written file. */
  core: Summary;
  /** The summary sheet after LibreOffice recalculated it. */
  sheet: SheetGrid;
}

async function recalculate(entries: ReadonlyMap<string, EnteredValues>): Promise<Recalculated> {
  const emptyYear = summarise(programme, [], { year: YEAR, choices: {} });
  const written = await writeXlsx(buildWorkbookPlan(programme, { year: YEAR, summary: emptyYear, values: entries }));
  const read = readWorkbook(await readXlsx(written));
  const core = summarise(programme, collectEntries(read, programme), { year: YEAR, choices: read.choices });
  const grids = await readXlsx(await convertWithLibreOffice(written));
  const sheet = grids.find((g) => g.name === SUMMARY_SHEET);
  if (sheet === undefined) {
    throw new Error("no summary sheet after LibreOffice");
  }
  return { core, sheet };
}

/** The row whose first cell is `label`, below the header row whose first cell is `header`, as header → value. */
function rowUnder(sheet: SheetGrid, header: string, label: string): Map<string, unknown> {
  const h = sheet.cells.findIndex((r) => displayValue(r[0] ?? null) === header);
  const headers = (sheet.cells[h] ?? []).map((c: RawCell) => String(displayValue(c)));
  const row = sheet.cells.find((r, i) => i > h && displayValue(r[0] ?? null) === label);
  if (h < 0 || row === undefined) {
    throw new Error(`no row ${label} under ${header}`);
  }
  return new Map(headers.map((name, i) => [name, displayValue(row[i] ?? null)]));
}

const areaHeader = SUMMARY_COLUMNS[0]?.header ?? "";
const departmentHeader = DEPARTMENT_BLOCK_HEADERS[0];

function expectSameNumbers({ core, sheet }: Recalculated): void {
  for (const area of core.areas) {
    const row = rowUnder(sheet, areaHeader, area.areaId);
    const fromSheet = {
      area: area.areaId,
      activities: ACTIVITY_STATUS.map((t) => row.get(t.sv)),
      goals: ASSESSMENT.map((t) => row.get(t.sv)),
      reported: row.get("Rapporterade rader"),
      rows: row.get("Rader totalt"),
    };
    expect(fromSheet).toEqual({
      area: area.areaId,
      activities: ACTIVITY_STATUS.map((t) => area.activities[t.code]),
      goals: ASSESSMENT.map((t) => area.goals[t.code]),
      reported: area.reported,
      rows: area.rows,
    });
  }
  const overall = rowUnder(sheet, areaHeader, OVERALL_LABEL);
  expect([overall.get("Rapporterade rader"), overall.get("Rader totalt")]).toEqual([
    core.totals.reported,
    core.totals.rows,
  ]);
  for (const d of core.departments) {
    const row = rowUnder(sheet, departmentHeader, d.department);
    expect([d.department, row.get(DEPARTMENT_BLOCK_HEADERS[2]), row.get(DEPARTMENT_BLOCK_HEADERS[3])]).toEqual([
      d.department,
      d.owned,
      d.filled,
    ]);
  }
}

describe("the summary sheet recalculated by LibreOffice agrees with the core's summary", () => {
  test("for the demo's department entries, seeded mistakes included", async () => {
    const result = await recalculate(demoEntries(programme, YEAR));
    // The demo reports most rows: a stale cache of the empty year would show zeros here.
    expect(result.core.totals.reported).toBeGreaterThan(50);
    expectSameNumbers(result);
  });

  test("for entries typed in English labels, in other case, and with junk beside them", async () => {
    const rows = programme.areas.flatMap((a) => a.rows);
    const labels = [
      "Completed",
      "pågår",
      "FÖRSENAD",
      "In progress",
      "I fas",
      "partly on track",
      "Ej i fas",
      "okänd",
      "",
      "Utgår",
    ];
    const entries = new Map<string, EnteredValues>(
      rows.map((r, i) => [
        r.id,
        r.type === "indicator"
          ? { value: i % 3 === 0 ? "ca 5" : i }
          : { status: labels[i % labels.length] === "" ? null : labels[i % labels.length] },
      ])
    );
    const result = await recalculate(entries);
    // Junk statuses are not reported: the sheet's formulas must leave them out as the core does.
    expect(result.core.totals.reported).toBeGreaterThan(40);
    expect(result.core.totals.reported).toBeLessThan(result.core.totals.rows);
    expectSameNumbers(result);
  });

  test("entered values survive the recalculation untouched (a pasted formula keeps its formula)", async () => {
    const entries = demoEntries(programme, YEAR);
    const emptyYear = summarise(programme, [], { year: YEAR, choices: {} });
    const written = await writeXlsx(buildWorkbookPlan(programme, { year: YEAR, summary: emptyYear, values: entries }));
    const asTyped = (cell: RawCell | undefined): unknown =>
      typeof cell === "object" && cell !== null && "formula" in cell ? cell.formula : (cell ?? null);
    const before = enteredValues(readWorkbook(await readXlsx(written)));
    const after = enteredValues(readWorkbook(await readXlsx(await convertWithLibreOffice(written))));
    expect(after.size).toBe(before.size);
    for (const [id, values] of before) {
      const again = after.get(id);
      expect([
        id,
        asTyped(again?.status),
        asTyped(again?.done),
        asTyped(again?.comment),
        asTyped(again?.value),
      ]).toEqual([id, asTyped(values.status), asTyped(values.done), asTyped(values.comment), asTyped(values.value)]);
    }
  });
});
