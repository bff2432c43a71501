/**
 * The add-in refuses as the command line does: an update or a roll-over that cannot be sure it
 * keeps every entry (two input columns whose headers nobody can match) writes nothing.
 */
import { defaultProgramme } from "../../src/core";
import { installDouble } from "../excel-double/test-helpers";
import type { ExcelDouble } from "../excel-double";
import { changedProgramme, demoEdits, failure, service, YEAR } from "./helpers";

const programme = defaultProgramme();
const SHEET = "1 Trygghet och brott";

async function renamedHeaders(): Promise<ExcelDouble> {
  const double = installDouble();
  await service().generate(programme, YEAR);
  await service().saveRows(demoEdits(programme));
  const sheet = double.workbook.sheet(SHEET);
  // What a person does on an unprotected sheet: type over two headers of the area table.
  double.workbook.writeInput(sheet, 6, 5, { kind: "constant", value: "Anteckningar" });
  double.workbook.writeInput(sheet, 6, 6, { kind: "constant", value: "Analys av läget" });
  return double;
}

test("update refuses with the sheet and column named, and writes no cell", async () => {
  const double = await renamedHeaders();
  const before = JSON.stringify(double.workbook.toSheetGrids());
  expect(await failure(service().update(changedProgramme(programme)))).toMatchObject({
    code: "entriesAtRisk",
    message: expect.stringContaining("1 Trygghet och brott!F7") as unknown,
  });
  expect(JSON.stringify(double.workbook.toSheetGrids())).toBe(before);
});

test("next year's workbook is not made from a workbook whose entries cannot all be read", async () => {
  await renamedHeaders();
  await expect(service().rolloverWorkbook(YEAR + 1)).rejects.toMatchObject({ code: "entriesAtRisk" });
});

test("closing the year refuses too, even with force: what was entered at close is recorded, and a renamed column's entries would be missing from it", async () => {
  const double = await renamedHeaders();
  const before = JSON.stringify(double.workbook.toSheetGrids());
  expect(await failure(service().closeYear(true))).toMatchObject({
    code: "entriesAtRisk",
    message: expect.stringContaining("1 Trygghet och brott!F7") as unknown,
  });
  expect(JSON.stringify(double.workbook.toSheetGrids())).toBe(before);
  expect((await service().readMeta())?.closed).toBe(false);
});
