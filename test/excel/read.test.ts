/**
 * Reading through the adapter: every sheet's used range (hidden sheets included) into the core's
 * grids — formulas as {formula, result}, error values as {error}, a used range that does not start
 * at A1 placed where it stands — and the small use cases that read: readMeta, readProgrammeTable,
 * selectCell.
 */
import { defaultProgramme, programmeToTable } from "../../src/core";
import { readGrids } from "../../src/excel/read-grids";
import { DEFAULT_LIMITS } from "../../src/excel/run";
import { installDouble } from "../excel-double/test-helpers";
import { YEAR, failure, service } from "./helpers";

describe("readGrids", () => {
  test("formulas with their results, errors, hidden sheets, and cells placed from A1", async () => {
    const double = installDouble({ evaluateFormula: (f) => (f === "=1+1" ? 2 : f === "=1/0" ? "#DIV/0!" : null) });
    const sheet = double.workbook.addSheet("Dold");
    double.workbook.setVisibility(sheet, "Hidden");
    const put = (row: number, column: number, input: Parameters<typeof double.workbook.writeInput>[3]): void =>
      double.workbook.writeInput(sheet, row, column, input);
    put(2, 1, { kind: "constant", value: "text" });
    put(2, 2, { kind: "formula", formula: "=1+1" });
    put(3, 1, { kind: "constant", value: "#N/A" });
    put(3, 2, { kind: "formula", formula: "=1/0" });
    put(4, 3, { kind: "constant", value: 12.5 });
    const grids = await Excel.run((context) =>
      readGrids(
        context,
        [
          { name: "Sheet1", hidden: false, results: true },
          { name: "Dold", hidden: true, results: true },
        ],
        DEFAULT_LIMITS.responseBytes
      )
    );
    expect(grids[0]).toEqual({ name: "Sheet1", cells: [], hidden: false });
    expect(grids[1]).toEqual({
      name: "Dold",
      hidden: true,
      cells: [
        [null, null, null, null],
        [null, null, null, null],
        [null, "text", { formula: "=1+1", result: 2 }, null],
        [null, { error: "#N/A" }, { formula: "=1/0", result: "#DIV/0!" }, null],
        [null, null, null, 12.5],
      ],
    });
  });
});

describe("readMeta", () => {
  test("is null for a workbook that is no follow-up workbook, and the year once it is", async () => {
    installDouble();
    expect(await service().readMeta()).toBeNull();
    await service().generate(defaultProgramme(), YEAR);
    expect(await service().readMeta()).toMatchObject({ year: YEAR, closed: false, schemaVersion: 1 });
  });

  test("read() of a workbook that is no follow-up workbook says so in the user's language", async () => {
    installDouble({ displayLanguage: "en-GB" });
    expect(await failure(service().read())).toMatchObject({
      code: "notAFollowupWorkbook",
      message: expect.stringContaining("no follow-up workbook"),
    });
  });
});

describe("readProgrammeTable", () => {
  test("reads the table pasted into a sheet and parses it with the core", async () => {
    const double = installDouble();
    const programme = defaultProgramme();
    const table = programmeToTable(programme, "sv");
    const sheet = double.workbook.addSheet("Program");
    table.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
          if (value !== "") double.workbook.writeInput(sheet, r, c, { kind: "constant", value });
        }
      })
    );
    const result = await service().readProgrammeTable("Program", "sv");
    expect(result.ok).toBe(true);
    expect(result.ok && result.programme.areas.map((a) => a.rows.length)).toEqual(
      programme.areas.map((a) => a.rows.length)
    );
  });

  test("a sheet that does not exist is named in the error", async () => {
    installDouble();
    expect(await failure(service({ lang: () => "en" }).readProgrammeTable("Saknas", "en"), "en")).toMatchObject({
      code: "itemNotFound",
      message: expect.stringContaining("Saknas"),
    });
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell, in one sync", async () => {
    const double = installDouble();
    const programme = defaultProgramme();
    await service().generate(programme, YEAR);
    const sheet = programme.areas[2]?.sheetName ?? "";
    double.resetCounters();
    await service().selectCell(sheet, "E12");
    expect(double.workbook.activeSheet?.name).toBe(sheet);
    expect(double.workbook.selection.sheet.name).toBe(sheet);
    expect(double.workbook.selection.area).toEqual({ r0: 11, c0: 4, r1: 11, c1: 4 });
    expect(double.runs[0]?.syncs).toBe(1);
  });
});
