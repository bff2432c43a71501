import * as fs from "node:fs";
import * as path from "node:path";
import { columnIndex } from "../../src/core";
import { loadWorkbook } from "../support/exceljs-load";
import { XlsxXml } from "../support/xlsx-xml";
import { followup, readWorkbookFile, tempDir } from "./cli-harness";
import { completeEntries, writeYear } from "./year-files";

/** `followup close`: a warning listing what is missing, a refusal without --force, every input locked after. */

describe("followup close", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("refuses without --force, listing the rows not reported per department and the errors; the file is untouched", async () => {
    const entries = completeEntries();
    const missing = [...entries.keys()].filter((id) => id.startsWith("2.")).slice(0, 2);
    for (const id of missing) {
      entries.delete(id);
    }
    const late = [...entries].find(([, v]) => v.status === "Försenad")?.[0] ?? "";
    entries.set(late, { status: "Försenad" });
    const file = await writeYear(dir, "ofullstandig.xlsx", entries);
    const before = fs.readFileSync(file);

    const result = await followup(["close", "ofullstandig.xlsx"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Varning: uppföljningen 2019 är inte komplett/);
    for (const id of missing) {
      expect(result.stdout).toContain(id);
    }
    expect(result.stdout).toContain(`(rad ${late})`);
    expect(result.stdout).toMatch(/--force/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".bak-"))).toEqual([]);

    const json = await followup(["close", "ofullstandig.xlsx", "--json", "--lang", "en"], dir);
    const parsed = JSON.parse(json.stdout) as {
      ok: boolean;
      closed: boolean;
      notReported: { rows: string[] }[];
      errors: { rowId: string }[];
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.closed).toBe(false);
    expect(parsed.notReported.flatMap((m) => m.rows).sort()).toEqual([...missing].sort());
    expect(parsed.errors.map((e) => e.rowId)).toEqual([late]);
  });

  test("with --force it marks the year closed, keeps a backup and locks every cell of every sheet", async () => {
    const entries = completeEntries();
    entries.delete([...entries.keys()][0] ?? "");
    await writeYear(dir, "stang.xlsx", entries);
    const result = await followup(["close", "stang.xlsx", "--force"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Stängde uppföljningen 2019/);
    expect(fs.readdirSync(dir).some((f) => f.startsWith("stang.bak-"))).toBe(true);

    const read = await readWorkbookFile(path.join(dir, "stang.xlsx"));
    expect(read.meta?.closed).toBe(true);
    const data = fs.readFileSync(path.join(dir, "stang.xlsx"));
    const xml = new XlsxXml(data);
    const wb = await loadWorkbook(data);
    let statusCells = 0;
    for (const ws of wb.worksheets) {
      expect([ws.name, xml.sheetProtected(ws.name)]).toEqual([ws.name, true]);
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          expect([ws.name, cell.address, cell.protection?.locked === false]).toEqual([ws.name, cell.address, false]);
          if (Number(cell.col) === columnIndex("status") + 1) {
            statusCells++;
          }
        })
      );
    }
    expect(statusCells).toBeGreaterThan(80);
    // Nothing entered was lost by closing.
    const before = completeEntries();
    for (const sheet of read.areaSheets) {
      for (const row of sheet.rows) {
        const id = String(row.cells.id);
        if (entries.has(id)) {
          expect(row.cells.status).toBe(before.get(id)?.status ?? null);
        }
      }
    }
  });

  test("a complete year closes without --force", async () => {
    await writeYear(dir, "klar.xlsx", completeEntries());
    const result = await followup(["close", "klar.xlsx"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/Varning/);
    expect((await readWorkbookFile(path.join(dir, "klar.xlsx"))).meta?.closed).toBe(true);
  });

  test("a closed year refuses update and summary --write (exit 1, file untouched) but is still read", async () => {
    await writeYear(dir, "last.xlsx", completeEntries(), { closed: true });
    const file = path.join(dir, "last.xlsx");
    const before = fs.readFileSync(file);
    const programmeFile = path.join(dir, "programme.json");
    fs.writeFileSync(programmeFile, JSON.stringify((await readWorkbookFile(file)).programme));

    const update = await followup(["update", "last.xlsx", "--programme", "programme.json"], dir);
    expect(update.code).toBe(1);
    expect(update.stderr).toMatch(/^followup: last\.xlsx gäller ett stängt år \(2019\)[^\n]*\n$/);
    const write = await followup(["summary", "last.xlsx", "--write", "--lang", "en"], dir);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/belongs to a closed year \(2019\)/);
    const json = await followup(["summary", "last.xlsx", "--write", "--json"], dir);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { kind: "refused", code: "workbookClosed" } });
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // Nor is it overwritten with --force by a command that writes a new file.
    const generate = await followup(["generate", "--out", "last.xlsx", "--force"], dir);
    expect(generate.code).toBe(1);
    expect(generate.stderr).toMatch(/stängt år/);
    const exported = await followup(["export", "last.xlsx", "--xlsx", "last.xlsx", "--force"], dir);
    expect(exported.code).toBe(2); // outIsInput: an export never writes over the workbook it reads
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    expect((await followup(["summary", "last.xlsx"], dir)).code).toBe(0);
    expect((await followup(["check", "last.xlsx"], dir)).code).toBe(0);
    const again = await followup(["close", "last.xlsx"], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/redan stängd/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
