import * as fs from "node:fs";
import * as path from "node:path";
import {
  PICTURE_TITLE,
  SUMMARY_SHEET,
  SUMMARY_TABLE_HEADER_ROW,
  displayValue,
  localIsoDay,
  summaryColumnNumber,
} from "../../src/core";
import type { RawCell } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { editInLibreOffice } from "../support/libreoffice-edit";
import { followup, tempDir } from "./cli-harness";

/** The summary sheet's line above the suggestions, as the file holds it (its cached result). */
async function computedLine(file: string): Promise<string> {
  const grids = await readXlsx(fs.readFileSync(file));
  const sheet = grids.find((g) => g.name === SUMMARY_SHEET);
  const cell: RawCell = sheet?.cells[SUMMARY_TABLE_HEADER_ROW - 3]?.[summaryColumnNumber("suggestion") - 1] ?? null;
  return String(displayValue(cell) ?? "");
}

/** Area 1's line of the activities' picture, as the file holds it (its cached result). */
async function pictureLine(file: string): Promise<string> {
  const grids = await readXlsx(fs.readFileSync(file));
  const sheet = grids.find((g) => g.name === SUMMARY_SHEET);
  const title = sheet?.cells.findIndex((r) => r[0] === PICTURE_TITLE) ?? -1;
  expect(title).toBeGreaterThan(0);
  return String(displayValue(sheet?.cells[title + 1]?.[1] ?? null) ?? "");
}

/**
 * The suggestions on the summary sheet are values computed on a day; the line above them says
 * which, and — live, through a formula a spreadsheet engine evaluates — that they are out of date
 * once someone changes a status. Tried in LibreOffice Calc, which recalculates as it is typed into.
 */
test("a status changed in LibreOffice after the summary makes the sheet say 'run Sammanfattning again'; running it clears that", async () => {
  const dir = tempDir();
  const file = path.join(dir, "uppfoljning-2019.xlsx");
  expect((await followup(["generate", "--out", file], dir)).code).toBe(0);
  const today = localIsoDay(new Date());
  expect(await computedLine(file)).toBe(`Förslagen beräknades ${today}.`);
  expect(await pictureLine(file)).toBe("");

  await editInLibreOffice(file, { "1.A1": { "Status/bedömning": "Genomförd" } });
  // The picture is live too: Calc drew area 1's one completed activity.
  expect(await pictureLine(file)).toBe("●");
  expect(await computedLine(file)).toBe(
    `OBS! Raderna har ändrats sedan förslagen beräknades ${today}: kör Sammanfattning igen.`
  );

  expect((await followup(["summary", file, "--write"], dir)).code).toBe(0);
  expect(await computedLine(file)).toBe(`Förslagen beräknades ${today}.`);
}, 180_000);
