import * as fs from "node:fs";
import * as path from "node:path";
import { AREA_TABLE_HEADER_ROW, columnIndex, defaultProgramme } from "../../src/core";
import { loadWorkbook, worksheet } from "../support/exceljs-load";
import { expectOneLineReason, followup, readWorkbookFile, tempDir } from "./cli-harness";
import { completeEntries, writeYear } from "./year-files";

/** `followup rollover`: next year's workbook from this one, checked by `followup check` as a coordinator would. */

describe("followup rollover", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const entries = completeEntries();
  let source: Buffer;

  beforeAll(async () => {
    source = fs.readFileSync(await writeYear(dir, "uppfoljning-2019.xlsx", entries, { closed: true }));
  });

  test("writes 2020 from 2019, and followup check on it reports no errors; 2019 is only read", async () => {
    const result = await followup(
      ["rollover", "uppfoljning-2019.xlsx", "--year", "2020", "--out", "uppfoljning-2020.xlsx"],
      dir
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Skapade uppfoljning-2020\.xlsx: uppföljning 2020/);
    expect(fs.readFileSync(path.join(dir, "uppfoljning-2019.xlsx")).equals(source)).toBe(true);

    const check = await followup(["check", "uppfoljning-2020.xlsx", "--json"], dir);
    expect(check.code).toBe(0);
    const json = JSON.parse(check.stdout) as { year: number; counts: { errors: number; warnings: number } };
    expect(json.year).toBe(2020);
    expect(json.counts).toMatchObject({ errors: 0, warnings: 0 });
  });

  test("last year's entries stand in the last-year columns; the new inputs are empty", async () => {
    const read = await readWorkbookFile(path.join(dir, "uppfoljning-2020.xlsx"));
    expect(read.meta).toMatchObject({ year: 2020, closed: false });
    let checked = 0;
    for (const sheet of read.areaSheets) {
      for (const row of sheet.rows) {
        const before = entries.get(String(row.cells.id));
        if (before === undefined) {
          continue;
        }
        checked++;
        expect(row.cells.lastStatus).toBe(before.status ?? null);
        expect(row.cells.lastDone).toBe(before.done ?? null);
        expect(row.cells.lastComment).toBe(before.comment ?? null);
        if (before.value !== undefined) {
          expect(row.cells.lastYear).toBe(before.value);
          expect(row.cells.value).toBeNull();
        }
        expect(row.cells.done).toBeNull();
        const closed = before.status === "Genomförd" || before.status === "Utgår";
        expect(row.cells.status).toBe(closed ? (before.status ?? null) : null);
      }
    }
    expect(checked).toBe(entries.size);
  });

  test("closed activities are locked in the file and not asked for; the others are open", async () => {
    const programme = defaultProgramme();
    const area = programme.areas[0];
    const wb = await loadWorkbook(fs.readFileSync(path.join(dir, "uppfoljning-2020.xlsx")));
    const ws = worksheet(wb, area?.sheetName ?? "");
    const statusColumn = columnIndex("status") + 1;
    const seen = { closed: 0, open: 0 };
    (area?.rows ?? []).forEach((row, i) => {
      if (row.type !== "activity") {
        return;
      }
      const status = entries.get(row.id)?.status;
      const closed = status === "Genomförd" || status === "Utgår";
      const unlocked = ws.getCell(AREA_TABLE_HEADER_ROW + 1 + i, statusColumn).protection?.locked === false;
      expect([row.id, unlocked]).toEqual([row.id, !closed]);
      seen[closed ? "closed" : "open"]++;
    });
    expect(seen.closed).toBeGreaterThan(0);
    expect(seen.open).toBeGreaterThan(0);
    const check = await followup(["check", "uppfoljning-2020.xlsx", "--json"], dir);
    const pending = (JSON.parse(check.stdout) as { notReported: { rows: string[] }[] }).notReported.flatMap(
      (g) => g.rows
    );
    for (const [id, v] of entries) {
      if (v.status === "Genomförd" || v.status === "Utgår") {
        expect(pending).not.toContain(id);
      }
    }
  });

  test("refuses any year but the next, and the same file as --out", async () => {
    const wrong = await followup(["rollover", "uppfoljning-2019.xlsx", "--year", "2021", "--out", "x.xlsx"], dir);
    expectOneLineReason(wrong);
    expect(wrong.stderr).toMatch(/bara till året efter arbetsbokens: 2020, inte 2021/);
    const same = await followup(
      ["rollover", "uppfoljning-2019.xlsx", "--year", "2020", "--out", "uppfoljning-2019.xlsx", "--force"],
      dir
    );
    expectOneLineReason(same);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "uppfoljning-2019.xlsx")).equals(source)).toBe(true);
  });

  test("past the programme's last year it needs --programme, and then rolls over into the new programme", async () => {
    await writeYear(dir, "uppfoljning-2021.xlsx", entries, { year: 2021 });
    const refused = await followup(
      ["rollover", "uppfoljning-2021.xlsx", "--year", "2022", "--out", "uppfoljning-2022.xlsx", "--lang", "en"],
      dir
    );
    expectOneLineReason(refused);
    expect(refused.stderr).toMatch(/programme period 2018–2021 has ended.*--programme/);
    expect(fs.existsSync(path.join(dir, "uppfoljning-2022.xlsx"))).toBe(false);

    const next = { ...defaultProgramme(), period: { from: 2022, to: 2025 } };
    fs.writeFileSync(path.join(dir, "program-2022.json"), JSON.stringify(next));
    const rolled = await followup(
      [
        "rollover",
        "uppfoljning-2021.xlsx",
        "--year",
        "2022",
        "--out",
        "uppfoljning-2022.xlsx",
        "--programme",
        "program-2022.json",
        "--json",
      ],
      dir
    );
    expect(rolled.code).toBe(0);
    expect(JSON.parse(rolled.stdout)).toMatchObject({
      ok: true,
      year: 2022,
      fromYear: 2021,
      report: { newProgramme: true },
    });
    const read = await readWorkbookFile(path.join(dir, "uppfoljning-2022.xlsx"));
    expect(read.programme?.period).toEqual({ from: 2022, to: 2025 });
    expect((await followup(["check", "uppfoljning-2022.xlsx"], dir)).code).toBe(0);
  });
});
