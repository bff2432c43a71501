/**
 * Closing from the add-in stores the same fingerprint as the command line: check then names rows
 * edited after closing, and the year stays closed when its flag is set back.
 */
import { closedEditFindings } from "../../src/core/close/closed-edits";
import { defaultProgramme } from "../../src/core/programme/default-programme";
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
