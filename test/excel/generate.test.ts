/**
 * Generate against the Excel test double: the plan of the default programme applied to an empty
 * workbook, checked cell by cell against the plan itself (the core's description of the workbook),
 * and the Excel features the plan asks for checked on the double's model.
 */
import {
  address,
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  columnIndex,
  columnLetter,
  DATA_SHEET,
  defaultProgramme,
  followupPlan,
  parseAddress,
  vocabularyListSource,
} from "../../src/core";
import type { Programme, RawCell, SheetPlan, WorkbookPlan } from "../../src/core";
import { AddinError } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";
import { MAX_AREAS_ADDRESS, addressLists } from "../../src/excel/validations";
import { syntheticProgramme } from "../../bench/synthetic-programme";
import { areaName } from "../excel-double/model/a1";
import { installDouble } from "../excel-double/test-helpers";
import { InMemoryWorkbook } from "../excel-double";
import type { ExcelDouble } from "../excel-double";
import { NOW, YEAR, cellsWrittenBy, service } from "./helpers";

const programme = defaultProgramme();

function planOf(p: Programme): WorkbookPlan {
  return followupPlan({
    programme: p,
    year: YEAR,
    values: new Map(),
    choices: {},
    retired: [],
    closed: false,
    now: NOW,
  }).plan;
}

/** What the double holds in a cell, as the plan would say it: a formula by its text, "" as empty. */
function heldIn(double: ExcelDouble, sheet: string, a1: string): RawCell {
  const cell = double.workbook.cell(sheet, a1);
  if (cell.formula !== null) return { formula: cell.formula };
  return cell.value === "" ? null : cell.value;
}

function planned(cell: RawCell): RawCell {
  return typeof cell === "object" && cell !== null && "formula" in cell ? { formula: cell.formula } : cell;
}

/** Every cell a sheet plan writes, with the number format it asks for, by address. */
function plannedCells(sheet: SheetPlan): Map<string, { value: RawCell; numberFormat: string | null }> {
  const out = new Map<string, { value: RawCell; numberFormat: string | null }>();
  for (const t of sheet.tables) {
    const o = parseAddress(t.topLeft);
    if (o === null) throw new Error("bad plan");
    t.columns.forEach((c, j) => out.set(address(o.row, o.column + j), { value: c.header, numberFormat: null }));
    t.rows.forEach((r, i) =>
      t.columns.forEach((c, j) =>
        out.set(address(o.row + 1 + i, o.column + j), { value: r[j] ?? null, numberFormat: c.numberFormat })
      )
    );
  }
  for (const b of sheet.blocks) {
    const o = parseAddress(b.topLeft);
    if (o === null) throw new Error("bad plan");
    b.cells.forEach((r, i) =>
      r.forEach((v, j) =>
        out.set(address(o.row + i, o.column + j), { value: v, numberFormat: b.style?.numberFormat ?? null })
      )
    );
  }
  return out;
}

describe("generate: the default programme's plan applied to an empty workbook", () => {
  let double: ExcelDouble;
  let plan: WorkbookPlan;

  beforeEach(async () => {
    double = installDouble();
    plan = planOf(programme);
    await service().generate(programme, YEAR);
  });

  test("the sheets stand in the plan's order, the data sheet hidden, the first sheet active, the blank Sheet1 gone", () => {
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const s of plan.sheets) {
      expect([s.name, double.workbook.sheet(s.name).visibility]).toEqual([
        s.name,
        s.visibility === "visible" ? "Visible" : "Hidden",
      ]);
    }
    expect(double.workbook.activeSheet?.name).toBe(plan.sheets[0]?.name);
  });

  test("every cell the plan writes holds what the plan says, with the plan's number format", () => {
    let checked = 0;
    for (const sheet of plan.sheets) {
      for (const [a1, cell] of plannedCells(sheet)) {
        expect([sheet.name, a1, heldIn(double, sheet.name, a1)]).toEqual([sheet.name, a1, planned(cell.value)]);
        if (cell.numberFormat !== null) {
          expect([sheet.name, a1, double.workbook.cell(sheet.name, a1).numberFormat]).toEqual([
            sheet.name,
            a1,
            cell.numberFormat,
          ]);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test("tables carry the plan's names, styles and rows", () => {
    for (const sheet of plan.sheets) {
      for (const t of sheet.tables) {
        const table = double.workbook.tableNamed(t.name);
        expect([t.name, table.sheet.name, table.style, double.workbook.dataRowCount(table)]).toEqual([
          t.name,
          sheet.name,
          t.style,
          t.rows.length,
        ]);
      }
    }
  });

  test("list validations point at the hidden data sheet's ranges, with the plan's alert", () => {
    const areaSheet = plan.sheets.find((s) => s.role === "area");
    if (areaSheet === undefined) throw new Error("no area sheet");
    expect(areaSheet.validations.length).toBeGreaterThan(1);
    for (const v of areaSheet.validations) {
      const first = v.range.split(":")[0] ?? v.range;
      const model = double.workbook.cell(areaSheet.name, first).validation;
      expect(model?.rule).toEqual({ type: "List", inCellDropDown: true, source: v.source });
      expect(model?.errorAlert).toMatchObject({ title: v.errorTitle, message: v.errorMessage });
      expect(v.source.startsWith(`=${DATA_SHEET}!`)).toBe(true);
    }
    // An activity's status cell offers the activity statuses, from the data sheet.
    const area = programme.areas[0];
    const activity = area?.rows.findIndex((r) => r.type === "activity") ?? -1;
    const cell = address(AREA_TABLE_HEADER_ROW + 1 + activity, columnIndex("status") + 1);
    expect(double.workbook.cell(area?.sheetName ?? "", cell).validation?.rule).toMatchObject({
      source: vocabularyListSource("activityStatus"),
    });
  });

  test("conditional formats are the plan's expression rules, in the plan's priority order", () => {
    for (const sheet of plan.sheets) {
      const model = double.workbook.sheet(sheet.name).conditionalFormats;
      expect(
        model.map((cf) => [
          cf.type,
          cf.formula,
          cf.fill,
          cf.fontColor,
          cf.numberFormat,
          cf.areas.map((a) => areaName(a)),
        ])
      ).toEqual(
        sheet.conditionalFormats.map((f) => [
          "Custom",
          f.formula,
          f.fill === undefined ? null : `#${f.fill}`,
          f.fontColour === undefined ? null : `#${f.fontColour}`,
          f.numberFormat ?? null,
          [f.range],
        ])
      );
    }
  });

  test("sheets are protected with the input cells unlocked and everything else locked", () => {
    const sheet = plan.sheets.find((s) => s.role === "area");
    if (sheet === undefined) throw new Error("no area sheet");
    const model = double.workbook.sheet(sheet.name);
    expect(model.protection.protected).toBe(true);
    expect(model.protection.password).toBeNull();
    expect(model.protection.options).toMatchObject({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowSort: true,
      allowAutoFilter: true,
      allowInsertRows: false,
      allowDeleteRows: false,
      allowFormatCells: false,
    });
    const row = AREA_TABLE_HEADER_ROW + 1;
    AREA_COLUMNS.forEach((c, i) => {
      expect([c.key, double.workbook.cell(sheet.name, address(row, i + 1)).locked]).toEqual([c.key, !c.input]);
    });
    expect(double.workbook.cell(sheet.name, "A1").locked).toBe(true);
    expect(double.workbook.sheet(DATA_SHEET).protection.protected).toBe(true);
  });

  test("frozen panes, column widths (characters → points), tab colours and print setup follow the plan", () => {
    for (const sheet of plan.sheets) {
      const model = double.workbook.sheet(sheet.name);
      expect([sheet.name, model.freeze]).toEqual([sheet.name, sheet.frozen ?? { rows: 0, columns: 0 }]);
      for (const w of sheet.columnWidths) {
        const column = (parseAddress(`${w.column}1`)?.column ?? 0) - 1;
        expect(model.columnWidths.get(column)).toBeCloseTo((w.width * 7 + 5) * 0.75, 1);
      }
      if (sheet.tabColour !== undefined) expect(model.tabColor).toBe(`#${sheet.tabColour}`);
      const print = sheet.print;
      if (print === null) continue;
      expect(model.pageLayout).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
      const titleRow = Number(print.printTitleRows?.split(":")[0]);
      expect(model.pageLayout.printTitleRows?.r0).toBe(titleRow - 1);
      expect(model.pageLayout.defaultHeaderFooter.centerHeader).toBe(print.header.center);
      expect(model.pageLayout.defaultHeaderFooter.centerFooter).toBe(print.footer.center);
    }
  });

  test("the defined names refer to the data sheet's lists", () => {
    for (const n of plan.names) {
      expect([n.name, double.workbook.findName(n.name)?.formula]).toEqual([n.name, n.refersTo]);
    }
  });

  test("what the adapter wrote reads back as the same programme and year, with nothing to report but missing entries", async () => {
    const state = await service().read();
    expect(state.programme).toEqual(programme);
    expect(state.meta.year).toBe(YEAR);
    expect(state.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(state.summary.totals.rows).toBe(programme.areas.reduce((n, a) => n + a.rows.length, 0));
  });

  test("generating again is refused, and nothing is written", async () => {
    const written = await cellsWrittenBy(double, async () => {
      await expect(service().generate(programme, YEAR)).rejects.toMatchObject({ code: "alreadyAFollowupWorkbook" });
    });
    expect(written).toEqual([]);
  });
});

describe("generate: one Excel.run with few syncs, events off and calculation suspended while writing", () => {
  test("syncs within the aim, no empty load, delayForCellEdit, every write request suspended and without events", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    expect(double.runs).toHaveLength(1);
    const run = double.runs[0];
    expect(run?.syncs).toBeLessThanOrEqual(4);
    expect(run?.delayForCellEdit).toBe(true);
    expect(double.emptyLoads).toBe(0);
    const writes = double.requests.slice(1);
    expect(writes.length).toBeGreaterThan(0);
    for (const r of writes) {
      expect([r.calculationSuspended, r.screenUpdatingSuspended, r.eventsEnabled]).toEqual([true, true, false]);
    }
    expect(double.workbook.runtime.enableEvents).toBe(true);
  });
});

describe("generate: text stays text", () => {
  test("texts that look like formulas or numbers are written into text-formatted cells and stay text", async () => {
    const double = installDouble();
    const p = structuredClone(programme);
    const area = p.areas[0];
    if (area === undefined || area.rows[0] === undefined || area.rows[1] === undefined) throw new Error("no rows");
    area.rows[0].text = { text: "=SUMMA(1;2) är inget att räkna", provenance: "confirmed" };
    area.rows[1].text = { text: "1.10", provenance: "confirmed" };
    await service().generate(p, YEAR);
    const textColumn = columnLetter(columnIndex("text") + 1);
    const first = double.workbook.cell(area.sheetName, `${textColumn}${AREA_TABLE_HEADER_ROW + 1}`);
    const second = double.workbook.cell(area.sheetName, `${textColumn}${AREA_TABLE_HEADER_ROW + 2}`);
    expect([first.formula, first.value, first.numberFormat]).toEqual([null, "=SUMMA(1;2) är inget att räkna", "@"]);
    expect([second.value, second.numberFormat]).toEqual(["1.10", "@"]);
    const id = double.workbook.cell(area.sheetName, `A${AREA_TABLE_HEADER_ROW + 1}`);
    expect([typeof id.value, id.numberFormat]).toEqual(["string", "@"]);
  });
});

describe("generate: refusals", () => {
  test("a workbook that already has a sheet the plan needs is refused, naming the sheet", async () => {
    const double = installDouble();
    double.workbook.addSheet("Sammanfattning");
    const error = await service({ lang: () => "en" })
      .generate(programme, YEAR)
      .then(
        () => null,
        (e: unknown) => e
      );
    expect(error).toBeInstanceOf(AddinError);
    expect(error).toMatchObject({ code: "conflict" });
    expect(renderAddinError(error as AddinError, "sv").message).toContain("Sammanfattning");
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sammanfattning"]);
  });

  test("a programme that breaks the schema is refused before anything is written", async () => {
    const double = installDouble();
    const p = structuredClone(programme);
    const area = p.areas[0];
    if (area?.rows[0] === undefined) throw new Error("no rows");
    area.rows[0].id = "not an id";
    await expect(service().generate(p, YEAR)).rejects.toMatchObject({ code: "invalidArgument" });
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("a first sheet with something in it is kept", async () => {
    const double = installDouble();
    double.workbook.writeInput(double.workbook.sheet("Sheet1"), 0, 0, { kind: "constant", value: "mina anteckningar" });
    await service().generate(programme, YEAR);
    expect(double.workbook.sheets.map((s) => s.name)).toContain("Sheet1");
    expect(double.workbook.cell("Sheet1", "A1").value).toBe("mina anteckningar");
  });

  test("a workbook in use is said to be so first, and its own sheets stay first, untouched, the new ones after", async () => {
    const double = installDouble({ workbook: new InMemoryWorkbook("Budget 2019") });
    const budget = double.workbook.sheet("Budget 2019");
    double.workbook.writeInput(budget, 0, 0, { kind: "constant", value: "Konto" });
    double.workbook.writeInput(budget, 1, 1, { kind: "constant", value: 1800000 });
    double.workbook.addSheet("Tomt");
    expect(await service().sheetsWithContent()).toEqual(["Budget 2019"]);
    await service().generate(programme, YEAR);
    const names = double.workbook.sheets.filter((s) => !s.deleted).map((s) => s.name);
    const plan = planOf(programme).sheets.map((x) => x.name);
    expect(names).toEqual(["Budget 2019", "Tomt", ...plan]);
    expect(double.workbook.cell("Budget 2019", "B2").value).toBe(1800000);
  });
});

describe("generate: list validations over rows of alternating types", () => {
  test("every goal and activity status cell offers its own list and an indicator's none, set as a few multi-area validations", async () => {
    const double = installDouble();
    const many = syntheticProgramme(2, 300);
    await service().generate(many, YEAR);
    const statusColumn = columnIndex("status") + 1;
    for (const area of many.areas) {
      const sheet = double.workbook.sheet(area.sheetName);
      area.rows.forEach((row, i) => {
        const a1 = address(AREA_TABLE_HEADER_ROW + 1 + i, statusColumn);
        const rule = double.workbook.cell(area.sheetName, a1).validation?.rule ?? null;
        const wanted =
          row.type === "goal"
            ? vocabularyListSource("assessment")
            : row.type === "activity"
              ? vocabularyListSource("activityStatus")
              : null;
        expect([row.id, rule === null ? null : (rule as { source?: string }).source]).toEqual([row.id, wanted]);
      });
      // 300 rows alternate goal, activities and indicator 30 times; the statuses are two rules and
      // the departments one, not one validation per run of rows.
      expect(sheet.validations.length).toBeLessThanOrEqual(3);
    }
  });
});

describe("addressLists", () => {
  test("joins addresses with commas into lists no longer than the limit, in order, losing none", () => {
    const addresses = Array.from({ length: 500 }, (_, i) => `E${8 + 2 * i}:E${9 + 2 * i}`);
    const lists = addressLists(addresses, 100);
    expect(lists.join(",").split(",")).toEqual(addresses);
    for (const l of lists) expect(l.length).toBeLessThanOrEqual(100);
    expect(addressLists(["A1:B2"], 3)).toEqual(["A1:B2"]);
    expect(addressLists([])).toEqual([]);
    expect(addressLists(addresses).every((l) => l.length <= MAX_AREAS_ADDRESS)).toBe(true);
  });
});
