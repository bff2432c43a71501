/**
 * Closing from the add-in stores the same fingerprint as the command line: check then names rows
 * edited after closing, and the year stays closed when its flag is set back.
 */
import { closedEditFindings } from "../../src/core/close/closed-edits";
import { defaultProgramme } from "../../src/core/programme/default-programme";
import { readWorkbook } from "../../src/core/read/read-workbook";
import type { WorkbookRead } from "../../src/core/read/types";
import { installDouble } from "../excel-double/test-helpers";
import type { ExcelDouble } from "../excel-double";
import { demoEdits, service, YEAR } from "./helpers";

const programme = defaultProgramme();

function readDouble(double: ExcelDouble): WorkbookRead {
  const grids = double.workbook.toSheetGrids().map((g) => ({
    ...g,
    cells: g.cells.map((r) =>
      r.map((c) => (typeof c === "object" && c !== null && "formula" in c ? { ...c, formula: `=${c.formula}` } : c))
    ),
  }));
  return readWorkbook(grids);
}

test("a year closed in the add-in carries its fingerprint, and names a row edited afterwards", async () => {
  const double = installDouble();
  await service().generate(programme, YEAR);
  await service().saveRows(demoEdits(programme));
  await service().closeYear(true);
  const closed = readDouble(double);
  expect(closed.meta?.closed).toBe(true);
  expect(closed.closeFingerprint).toMatch(/^1\.M1:[0-9a-f]{8};/);
  expect(closedEditFindings(closed)).toEqual([]);

  // Someone unprotects the sheet and types a comment after closing.
  const sheet = double.workbook.sheet("1 Trygghet och brott");
  double.workbook.writeInput(sheet, 9, 6, { kind: "constant", value: "skrivet efter stängning" });
  const findings = closedEditFindings(readDouble(double));
  expect(findings.map((f) => f.code)).toEqual(["closedEdited"]);
  expect(findings[0]?.params["count"]).toBe(1);
});
