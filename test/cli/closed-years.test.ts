import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { closeFingerprint, defaultProgramme, rowsEditedSinceClose } from "../../src/core";
import type { EnteredValues } from "../../src/core";
import { followup, tempDir } from "./cli-harness";
import { writeFilledWorkbook } from "./workbook-fixture";

/**
 * A closed year fails closed: the fingerprint of what was entered, stored at close, keeps it
 * closed when the flag is set back, and names the rows edited after closing.
 */

async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(file);
}

function metaRow(wb: ExcelJS.Workbook, key: string): ExcelJS.Row {
  const ws = wb.getWorksheet("Programdata");
  let found: ExcelJS.Row | undefined;
  ws?.eachRow((row) => {
    if (row.getCell(23).value === key) found = row;
  });
  if (found === undefined) throw new Error(key);
  return found;
}

type Json = { error?: { code: string }; findings?: { code: string; params: Record<string, unknown> }[] };

let dir: string;
let file: string;
beforeEach(async () => {
  dir = tempDir();
  file = await writeFilledWorkbook(dir, "filled.xlsx");
  expect((await followup(["close", "filled.xlsx", "--force"], dir)).code).toBe(0);
  for (const name of fs.readdirSync(dir)) if (name.includes(".bak-")) fs.rmSync(`${dir}/${name}`);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("a freshly closed workbook matches its fingerprint: check names no edits", async () => {
  const check = JSON.parse((await followup(["check", "filled.xlsx", "--json"], dir)).stdout) as Json;
  expect((check.findings ?? []).map((f) => f.code)).not.toContain("closedEdited");
});

it.each([
  ["set to FALSE", (wb: ExcelJS.Workbook) => (metaRow(wb, "closed").getCell(24).value = false)],
  ["deleted", (wb: ExcelJS.Workbook) => (metaRow(wb, "closed").getCell(23).value = null)],
  ["renamed", (wb: ExcelJS.Workbook) => (metaRow(wb, "closed").getCell(23).value = "stängd")],
])("the closed flag %s: writing commands still refuse, and check says why", async (_, edit) => {
  await editWorkbook(file, edit);
  const before = fs.readFileSync(file);
  const write = await followup(["summary", "filled.xlsx", "--write", "--json"], dir);
  expect(write.code).toBe(1);
  expect((JSON.parse(write.stdout) as Json).error?.code).toBe("workbookClosed");
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  const check = JSON.parse((await followup(["check", "filled.xlsx", "--json"], dir)).stdout) as Json;
  expect((check.findings ?? []).map((f) => f.code)).toContain("closedFlagChanged");
});

it("check and export name the rows edited after closing", async () => {
  await editWorkbook(file, (wb) => {
    const ws = wb.getWorksheet("1 Trygghet och brott");
    ws?.eachRow((row) => {
      if (row.getCell(1).value === "1.A3") row.getCell(7).value = "Ändrad efter stängning";
    });
  });
  const check = JSON.parse((await followup(["check", "filled.xlsx", "--json"], dir)).stdout) as Json;
  const edited = (check.findings ?? []).find((f) => f.code === "closedEdited");
  expect(edited?.params).toMatchObject({ count: 1, rows: "1.A3" });
  // The demo's entries hold errors the check finds: the report is refused, and written only as a marked draft.
  const refused = await followup(["export", "filled.xlsx", "--docx", "r.docx"], dir);
  expect(refused.code).toBe(1);
  expect(fs.existsSync(path.join(dir, "r.docx"))).toBe(false);
  const exported = await followup(["export", "filled.xlsx", "--docx", "r.docx", "--draft"], dir);
  expect(exported.code).toBe(0);
  expect(exported.stdout).toMatch(/1 rad har ändrats sedan året stängdes: 1\.A3/);
});

describe("the fingerprint", () => {
  const programme = defaultProgramme();
  it("finds exactly the rows whose entries changed, and rows that appeared", () => {
    const entries = new Map<string, EnteredValues>([
      ["1.A1", { status: "Pågår", comment: "ok" }],
      ["1.I1", { value: 75 }],
    ]);
    const print = closeFingerprint(programme, entries, 2019);
    expect(rowsEditedSinceClose(print, programme, entries, 2019)).toEqual([]);
    const later = new Map<string, EnteredValues>([
      ...entries,
      ["1.A1", { status: "Genomförd", comment: "ok" }],
      ["9.X1", { status: "x" }],
    ]);
    expect(rowsEditedSinceClose(print, programme, later, 2019)).toEqual(expect.arrayContaining(["1.A1", "9.X1"]));
    expect(rowsEditedSinceClose(print, programme, later, 2019)).not.toContain("1.I1");
  });
});
