import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { enteredCells, writeFilledWorkbook } from "./workbook-fixture";
import { followup, readWorkbookFile, tempDir } from "./cli-harness";

/**
 * Headers renamed as Excel users rename them, in a real .xlsx: a shortened header is read and
 * said; a header nobody can match makes every writing command refuse and leave the file as it was.
 */

const SHEET = "1 Trygghet och brott";

async function renameHeaders(file: string, renames: Record<string, string>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET);
  if (ws === undefined) throw new Error(SHEET);
  ws.getRow(7).eachCell((cell) => {
    const to = renames[String(cell.value)];
    if (to !== undefined) cell.value = to;
  });
  await wb.xlsx.writeFile(file);
}

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("reads 'Status' and 'Kommentar' as the columns they were, says so, and keeps every entry on summary --write", async () => {
  const file = await writeFilledWorkbook(dir, "filled.xlsx");
  const before = enteredCells(await readWorkbookFile(file));
  await renameHeaders(file, { "Status/bedömning": "Status", "Kommentar/analys": "Kommentar" });

  const check = await followup(["check", file, "--json"], dir);
  const codes = (JSON.parse(check.stdout) as { findings: { code: string; cell: string }[] }).findings
    .filter((f) => f.code === "columnRenamed")
    .map((f) => f.cell);
  expect(codes).toEqual(["E7", "G7"]);

  const write = await followup(["summary", file, "--write"], dir);
  expect(write.code).toBe(0);
  expect(enteredCells(await readWorkbookFile(file))).toEqual(before);
});

it.each([
  ["summary --write", ["summary", "FILE", "--write"]],
  ["close --force", ["close", "FILE", "--force"]],
  ["rollover", ["rollover", "FILE", "--year", "2020", "--out", "next.xlsx"]],
])(
  "%s refuses when two input columns lost their headers, naming sheet and column, and writes nothing",
  async (_, argv) => {
    const file = await writeFilledWorkbook(dir, "filled.xlsx");
    await renameHeaders(file, { "Genomfört under året": "Anteckningar", "Kommentar/analys": "Analys av läget" });
    const bytes = fs.readFileSync(file);
    const listing = fs.readdirSync(dir).sort();

    const result = await followup(
      argv.map((a) => (a === "FILE" ? file : a)),
      dir
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^followup: .*skrivs inte: inmatade värden kunde gå förlorade.*1 Trygghet och brott!F7.*Genomfört under året/
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    expect(fs.existsSync(path.join(dir, "next.xlsx"))).toBe(false);
  }
);
