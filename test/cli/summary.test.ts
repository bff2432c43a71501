import * as fs from "node:fs";
import * as path from "node:path";
import { defaultProgramme } from "../../src/core";
import { followup, readWorkbookFile, tempDir } from "./cli-harness";
import { CHOICES, cellIn, enteredCells, writeFilledWorkbook } from "./workbook-fixture";

interface SummaryJson {
  ok: boolean;
  areas: {
    id: string;
    rows: number;
    reported: number;
    suggestion: { assessment: string; reason: string };
    chosen: string | null;
  }[];
  departments: { department: string; owned: number; filled: number }[];
  overall: {
    suggestion: { assessment: string; label: string; reason: string };
    chosen: string | null;
    text: string | null;
  };
  written: { file: string; backup: string | null } | null;
}

describe("followup summary", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const programme = defaultProgramme();

  it("prints a table with every area, its suggestion and reason, the departments and the coordinator's choice", async () => {
    await writeFilledWorkbook(dir, "s.xlsx");
    const result = await followup(["summary", "s.xlsx"], dir);
    expect(result.code).toBe(0);
    for (const area of programme.areas) {
      expect(result.stdout).toMatch(new RegExp(`^${area.id} +`, "m"));
      expect(result.stdout).toMatch(new RegExp(`^  ${area.id}: \\S`, "m"));
    }
    for (const department of programme.departments) {
      expect(result.stdout).toMatch(new RegExp(`^  ${department.code} +\\d+/\\d+ +\\d+ %`, "m"));
    }
    expect(result.stdout).toMatch(/Samlad bedömning, förslag: /);
    expect(result.stdout).toContain(`Samordnarens val: ● I fas – ${CHOICES.overall?.text ?? ""}`);
  });

  it("gives the same roll-up as JSON, with the choices", async () => {
    const json = JSON.parse((await followup(["summary", "s.xlsx", "--json"], dir)).stdout) as SummaryJson;
    expect(json.areas.map((a) => a.id)).toEqual(programme.areas.map((a) => a.id));
    expect(json.areas.map((a) => a.rows)).toEqual(programme.areas.map((a) => a.rows.length));
    expect(json.overall.chosen).toBe("onTrack");
    expect(json.areas.find((a) => a.id === "1")?.chosen).toBe("partly");
    expect(json.written).toBeNull();
    const owned = new Map<string, number>();
    programme.areas.flatMap((a) => a.rows).forEach((r) => owned.set(r.department, (owned.get(r.department) ?? 0) + 1));
    expect(new Map(json.departments.map((d) => [d.department, d.owned]))).toEqual(owned);
  });

  it("--write rewrites the workbook keeping every entered value and choice, with a backup of the original", async () => {
    const file = path.join(dir, "s.xlsx");
    const original = fs.readFileSync(file);
    const before = await readWorkbookFile(file);
    const result = await followup(["summary", "s.xlsx", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as SummaryJson;
    expect(json.written?.file).toBe("s.xlsx");
    expect(fs.readFileSync(path.join(dir, json.written?.backup ?? "missing")).equals(original)).toBe(true);
    const after = await readWorkbookFile(file);
    for (const [rowId, key, value] of enteredCells(before)) {
      expect([rowId, key, cellIn(after, rowId, key)]).toEqual([rowId, key, value]);
    }
    expect(after.choices).toEqual(before.choices);
    expect(after.choices.overall?.text).toBe(CHOICES.overall?.text);
  });

  it("--write --out leaves the original alone", async () => {
    const original = fs.readFileSync(path.join(dir, "s.xlsx"));
    const result = await followup(["summary", "s.xlsx", "--write", "--out", "s2.xlsx"], dir);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "s.xlsx")).equals(original)).toBe(true);
    expect((await readWorkbookFile(path.join(dir, "s2.xlsx"))).choices).toEqual(
      (await readWorkbookFile(path.join(dir, "s.xlsx"))).choices
    );
  });

  it("speaks English with --lang en", async () => {
    const result = await followup(["summary", "s.xlsx", "--lang", "en"], dir);
    expect(result.stdout).toMatch(/Overall assessment, suggested: /);
    expect(result.stdout).toMatch(/Reporting per department:/);
    expect(result.stdout).not.toMatch(/Samlad bedömning|förvaltning/);
  });
});
