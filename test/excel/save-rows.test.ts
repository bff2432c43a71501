/**
 * saveRows and departmentRows against the double: only the input cells that change are written,
 * with "Senast ändrad" stamped as text; rows are found by ID in the same run (a sorted table
 * still gets the right cells); a closed year and a row that is gone are refused with nothing
 * written; a protected sheet is unprotected and protected again with its own options.
 */
import {
  address,
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  columnIndex,
  DATA_FIRST_ROW,
  DATA_LAYOUT,
  DATA_SHEET,
  defaultProgramme,
  META_KEYS,
} from "../../src/core";
import { installDouble } from "../excel-double/test-helpers";
import type { ExcelDouble } from "../excel-double";
import { TODAY, YEAR, cellsWrittenBy, failure, service } from "./helpers";

const programme = defaultProgramme();
const area = programme.areas[0];
if (area === undefined) throw new Error("no area");
const sheet = area.sheetName;
const activityIndex = area.rows.findIndex((r) => r.type === "activity");
const activityRow = area.rows[activityIndex];
if (activityRow === undefined) throw new Error("no activity");
const rowNumber = AREA_TABLE_HEADER_ROW + 1 + activityIndex;
const cellOf = (key: Parameters<typeof columnIndex>[0], row = rowNumber): string => address(row, columnIndex(key) + 1);

async function generated(): Promise<ExcelDouble> {
  const double = installDouble();
  await service().generate(programme, YEAR);
  return double;
}

describe("departmentRows", () => {
  test("lists the department's rows with their cells as they stand", async () => {
    await generated();
    const department = activityRow.department;
    await service().saveRows([{ rowId: activityRow.id, status: "Pågår", done: "Mycket gjort" }]);
    const rows = await service().departmentRows(department);
    const expected = programme.areas.flatMap((a) => a.rows.filter((r) => r.department === department).map((r) => r.id));
    expect(rows.map((r) => r.rowId).sort()).toEqual([...expected].sort());
    const row = rows.find((r) => r.rowId === activityRow.id);
    expect(row).toMatchObject({
      sheet,
      areaId: area.id,
      type: "activity",
      status: "Pågår",
      done: "Mycket gjort",
      comment: null,
    });
  });

  test("carries last year's status and text as the roll-over left them, and null where there are none", async () => {
    const double = await generated();
    const table = double.workbook.sheet(sheet);
    // 0-based row and columns of the activity's "last year" cells.
    const r = rowNumber - 1;
    double.workbook.writeInput(table, r, columnIndex("lastStatus"), { kind: "constant", value: "Genomförd" });
    double.workbook.writeInput(table, r, columnIndex("lastDone"), { kind: "constant", value: "Kameror uppsatta" });
    const rows = await service().departmentRows(activityRow.department);
    expect(rows.find((x) => x.rowId === activityRow.id)).toMatchObject({
      lastStatus: "Genomförd",
      lastDone: "Kameror uppsatta",
    });
    expect(rows.filter((x) => x.rowId !== activityRow.id).every((x) => x.lastStatus === null)).toBe(true);
  });
});

describe("saveRows", () => {
  test("writes only the changed fields and stamps the date as text", async () => {
    const double = await generated();
    await service().saveRows([{ rowId: activityRow.id, status: "Pågår", done: "Första texten" }]);
    const written = await cellsWrittenBy(double, () =>
      service().saveRows([{ rowId: activityRow.id, status: "Pågår", done: "Andra texten", comment: null }])
    );
    // status unchanged, comment already empty: only "done" and the stamp.
    expect(written.map((w) => `${w.sheet}!${w.address}`).sort()).toEqual(
      [`${sheet}!${cellOf("done")}`, `${sheet}!${cellOf("changed")}`].sort()
    );
    const stamp = double.workbook.cell(sheet, cellOf("changed"));
    expect([stamp.value, stamp.numberFormat]).toEqual([TODAY, "@"]);
    expect(double.workbook.cell(sheet, cellOf("done")).value).toBe("Andra texten");
  });

  test("nothing changed: nothing written, not even the stamp", async () => {
    const double = await generated();
    await service().saveRows([{ rowId: activityRow.id, status: "Pågår" }]);
    const written = await cellsWrittenBy(double, () =>
      service().saveRows([{ rowId: activityRow.id, status: "Pågår" }])
    );
    expect(written).toEqual([]);
  });

  test("text that looks like a formula stays text; a value is a number", async () => {
    const double = await generated();
    const indicatorIndex = area.rows.findIndex((r) => r.type === "indicator");
    const indicator = area.rows[indicatorIndex];
    if (indicator === undefined) throw new Error("no indicator");
    await service().saveRows([
      { rowId: activityRow.id, done: "=SUMMA(A1:A3)" },
      { rowId: indicator.id, value: 12.5 },
    ]);
    const done = double.workbook.cell(sheet, cellOf("done"));
    expect([done.formula, done.value]).toEqual([null, "=SUMMA(A1:A3)"]);
    expect(double.workbook.cell(sheet, cellOf("value", AREA_TABLE_HEADER_ROW + 1 + indicatorIndex)).value).toBe(12.5);
  });

  test("finds the row by its ID after the table was sorted", async () => {
    const double = await generated();
    const other = AREA_TABLE_HEADER_ROW + 1 + (activityIndex === 0 ? 1 : 0);
    // Swap the two rows' cells, as a sort would.
    const ws = double.workbook.sheet(sheet);
    const width = AREA_COLUMNS.length;
    for (let c = 0; c < width; c++) {
      const a = double.workbook.cell(sheet, address(rowNumber, c + 1));
      const b = double.workbook.cell(sheet, address(other, c + 1));
      const put = (row: number, cell: typeof a): void =>
        double.workbook.writeInput(
          ws,
          row - 1,
          c,
          cell.formula !== null
            ? { kind: "formula", formula: cell.formula }
            : cell.value === ""
              ? { kind: "clear" }
              : { kind: "constant", value: cell.value }
        );
      put(rowNumber, b);
      put(other, a);
    }
    expect(double.workbook.cell(sheet, `A${other}`).value).toBe(activityRow.id);
    await service().saveRows([{ rowId: activityRow.id, status: "Försenad", comment: "Väntar på beslut" }]);
    expect(double.workbook.cell(sheet, cellOf("status", other)).value).toBe("Försenad");
    expect(double.workbook.cell(sheet, cellOf("status", rowNumber)).value).not.toBe("Försenad");
  });

  test("a row that is gone stops the save, and nothing is written", async () => {
    const double = await generated();
    const written = await cellsWrittenBy(double, async () => {
      expect(
        await failure(
          service({ lang: () => "en" }).saveRows([
            { rowId: activityRow.id, status: "Pågår" },
            { rowId: "9.A99", status: "Pågår" },
          ]),
          "en"
        )
      ).toMatchObject({ code: "itemNotFound", message: expect.stringContaining("9.A99") });
    });
    expect(written).toEqual([]);
  });

  test("a closed year is refused by every use case that changes content", async () => {
    const double = await generated();
    const closedRow = DATA_FIRST_ROW + META_KEYS.indexOf("closed");
    double.workbook.writeInput(double.workbook.sheet(DATA_SHEET), closedRow - 1, DATA_LAYOUT.meta.valueColumn - 1, {
      kind: "constant",
      value: true,
    });
    await expect(service().saveRows([{ rowId: activityRow.id, status: "Pågår" }])).rejects.toMatchObject({
      code: "workbookClosed",
    });
    await expect(service().markDepartmentReady(activityRow.department)).rejects.toMatchObject({
      code: "workbookClosed",
    });
    expect(double.workbook.cell(sheet, cellOf("status")).value).toBe("");
  });

  test("a protected sheet is written and protected again with the options it had", async () => {
    const double = await generated();
    const model = double.workbook.sheet(sheet);
    expect(model.protection.protected).toBe(true);
    // The coordinator allowed more on this sheet than the plan does.
    model.protection.options = { ...model.protection.options, allowInsertHyperlinks: true };
    const before = { ...model.protection.options };
    double.resetCounters();
    await service().saveRows([{ rowId: activityRow.id, status: "Pågår" }]);
    expect(double.workbook.cell(sheet, cellOf("status")).value).toBe("Pågår");
    expect(model.protection.protected).toBe(true);
    expect(model.protection.options).toEqual(before);
    expect(double.runs[0]?.syncs).toBeLessThanOrEqual(3);
    expect(double.runs[0]?.failed).toBeNull();
  });
});

describe("markDepartmentReady", () => {
  test("keeps the date in the workbook's settings, read back by read(); an unknown department is refused", async () => {
    const double = await generated();
    await service().markDepartmentReady(activityRow.department.toLowerCase());
    const state = await service().read();
    expect(state.ready).toEqual({ [activityRow.department]: TODAY });
    expect(double.workbook.findSetting(`Programuppfoljning.klar.${activityRow.department}`)?.value).toBe(TODAY);
    await expect(service().markDepartmentReady("XYZ")).rejects.toMatchObject({ code: "invalidArgument" });
  });
});
