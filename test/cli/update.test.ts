import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { defaultProgramme, parseProgramme, planUpdate } from "../../src/core";
import { ROOT, expectOneLineReason, followup, readWorkbookFile, tempDir } from "./cli-harness";
import { cellIn, enteredCells, writeFilledWorkbook } from "./workbook-fixture";

const CHANGED = path.join(ROOT, "examples", "programme-huddinge-changed.json");

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe("followup update", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("applies the changed programme, keeps every entered value and keeps the original as a backup", async () => {
    const file = await writeFilledWorkbook(dir, "uppfoljning.xlsx");
    const original = fs.readFileSync(file);
    const before = await readWorkbookFile(file);
    const parsed = parseProgramme(JSON.parse(fs.readFileSync(CHANGED, "utf8")) as unknown, "sv");
    if (!parsed.ok) {
      throw new Error(parsed.problems.join("\n"));
    }
    const expected = planUpdate(before, parsed.programme);
    if (!expected.ok) {
      throw new Error("the update of the fixture was refused");
    }

    const result = await followup(["update", "uppfoljning.xlsx", "--programme", CHANGED, "--json"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      backup: string;
      report: { added: string[]; moved: { rowId: string }[]; retired: string[]; onRetiredSheet: string[] };
    };
    expect(json.backup).toMatch(/^uppfoljning\.bak-\d{8}-\d{6}\.xlsx$/);
    expect(fs.readFileSync(path.join(dir, json.backup)).equals(original)).toBe(true);

    const after = await readWorkbookFile(file);
    const cells = enteredCells(before);
    expect(cells.length).toBeGreaterThan(200);
    for (const [rowId, key, value] of cells) {
      expect([rowId, key, cellIn(after, rowId, key)]).toEqual([rowId, key, value]);
    }
    // What the changed programme does, row by row, as the report tells it.
    const nextIds = new Set((after.programme?.areas ?? []).flatMap((a) => a.rows.map((r) => r.id)));
    for (const id of json.report.added) {
      expect(nextIds.has(id)).toBe(true);
    }
    for (const id of json.report.retired) {
      expect(nextIds.has(id)).toBe(false);
      expect(json.report.onRetiredSheet).toContain(id);
      expect(after.retired?.some((r) => r.rowId === id)).toBe(true);
    }
    expect(json.report.added).toEqual(expected.report.added);
    expect(json.report.moved).toEqual(expected.report.moved);
    expect(json.report.retired).toEqual(expected.report.retired);
    expect(json.report.added.length + json.report.moved.length + json.report.retired.length).toBeGreaterThan(0);
  });

  it("checks clean where the original was clean: no row is lost or unknown after the update", async () => {
    const result = await followup(["check", "uppfoljning.xlsx", "--json"], dir);
    const codes = (JSON.parse(result.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).not.toContain("lostRow");
    expect(codes).not.toContain("unknownRow");
    expect(codes).not.toContain("duplicateId");
  });

  it("carries the retired rows through a second update", async () => {
    const first = await readWorkbookFile(path.join(dir, "uppfoljning.xlsx"));
    const retired = first.retired ?? [];
    expect(retired.length).toBeGreaterThan(0);
    const result = await followup(["update", "uppfoljning.xlsx", "--programme", CHANGED], dir);
    expect(result.code).toBe(0);
    expect((await readWorkbookFile(path.join(dir, "uppfoljning.xlsx"))).retired).toEqual(retired);
  });

  it("writes to --out and leaves the original alone", async () => {
    const file = await writeFilledWorkbook(dir, "orig.xlsx");
    const original = fs.readFileSync(file);
    const result = await followup(["update", "orig.xlsx", "--programme", CHANGED, "--out", "ny.xlsx"], dir);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(file).equals(original)).toBe(true);
    expect(filesIn(dir).filter((f) => f.startsWith("orig.bak-"))).toEqual([]);
    expect(
      (await readWorkbookFile(path.join(dir, "ny.xlsx"))).programme?.areas.flatMap((a) => a.rows.map((r) => r.id))
    ).toEqual(
      (JSON.parse(fs.readFileSync(CHANGED, "utf8")) as { areas: { rows: { id: string }[] }[] }).areas.flatMap((a) =>
        a.rows.map((r) => r.id)
      )
    );
  });

  it("refuses a row it cannot match, names it with its cell, and leaves the file byte-identical", async () => {
    const file = await writeFilledWorkbook(dir, "okand.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheetName = defaultProgramme().areas[0]?.sheetName ?? "";
    const sheet = workbook.getWorksheet(sheetName);
    let address = "";
    // ExcelJS rows, not Office.js ranges: read the row's plain values array.
    sheet?.eachRow((row, rowNumber) => {
      if ((row.values as unknown[])[1] === "1.A3") {
        row.getCell(1).value = "1.A99";
        address = `A${rowNumber}`;
      }
    });
    expect(address).not.toBe("");
    await workbook.xlsx.writeFile(file);
    const before = fs.readFileSync(file);
    const listing = filesIn(dir);

    const result = await followup(["update", "okand.xlsx", "--programme", CHANGED], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${sheetName}!${address} (rad 1.A99)`);
    expect(result.stdout).toMatch(/Filen är oförändrad/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(filesIn(dir)).toEqual(listing);

    const json = JSON.parse(
      (await followup(["update", "okand.xlsx", "--programme", CHANGED, "--json", "--lang", "en"], dir)).stdout
    ) as {
      ok: boolean;
      conflicts: { rowId: string; sheet: string; cell: string; reason: string; message: string }[];
    };
    expect(json.ok).toBe(false);
    expect(json.conflicts).toEqual([
      expect.objectContaining({
        rowId: "1.A99",
        sheet: sheetName,
        cell: address,
        reason: "unknownRow",
        message: expect.stringMatching(/neither the old nor the new programme/),
      }),
    ]);
  });

  it("stops on a broken programme file with one line naming the file, and touches nothing", async () => {
    const file = await writeFilledWorkbook(dir, "trasig.xlsx");
    const before = fs.readFileSync(file);
    fs.writeFileSync(path.join(dir, "trasig.json"), '{"schemaVersion": 1, "areas": [');
    const broken = await followup(["update", "trasig.xlsx", "--programme", "trasig.json"], dir);
    expectOneLineReason(broken);
    expect(broken.stderr).toContain("trasig.json");
    expect(broken.stderr).toMatch(/JSON/);
    fs.writeFileSync(path.join(dir, "ogiltig.json"), JSON.stringify({ schemaVersion: 1, name: "x" }));
    const invalid = await followup(["update", "trasig.xlsx", "--programme", "ogiltig.json", "--json"], dir);
    expectOneLineReason(invalid);
    expect(invalid.stderr).toMatch(/ogiltig\.json är inte ett giltigt program: /);
    const details = (JSON.parse(invalid.stdout) as { error: { details: string[] } }).error.details;
    expect(details.length).toBeGreaterThan(1);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
