/**
 * Closing from the add-in stores the same fingerprint as the command line: check then names rows
 * edited after closing, and the year stays closed when its flag is set back.
 */
import { closedEditFindings, defaultProgramme } from "../../src/core";
import { installDouble } from "../excel-double/test-helpers";
import { demoEdits, service, YEAR, readDouble } from "./helpers";

const programme = defaultProgramme();

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

test("closing in the add-in locks a formula pasted into an input in as its text, never live", async () => {
  const double = installDouble();
  await service().generate(programme, YEAR);
  await service().saveRows(demoEdits(programme));
  const sheet = double.workbook.sheet("1 Trygghet och brott");
  // Pasted into the comment column (F) of the first row and the department column (D) of the second.
  double.workbook.writeInput(sheet, 7, 5, { kind: "formula", formula: '=WEBSERVICE("http://x")' });
  double.workbook.writeInput(sheet, 8, 3, { kind: "formula", formula: "=1+1" });
  await service().closeYear(true);
  expect(double.workbook.cell("1 Trygghet och brott", "F8")).toMatchObject({
    value: '=WEBSERVICE("http://x")',
    formula: null,
    numberFormat: "@",
  });
  expect(double.workbook.cell("1 Trygghet och brott", "D9")).toMatchObject({ value: "=1+1", formula: null });
  const closed = readDouble(double);
  expect(closed.meta?.closed).toBe(true);
  // The text is what was entered: closing itself is no edit after closing.
  expect(closedEditFindings(closed)).toEqual([]);
});
