import * as fs from "node:fs";
import * as path from "node:path";
import { defaultProgramme } from "../../src/core";
import { expectOneLineReason, followup, readWorkbookFile, tempDir } from "./cli-harness";

interface CheckJson {
  ok: boolean;
  counts: { errors: number; warnings: number; info: number };
  findings: {
    severity: string;
    code: string;
    sheet: string | null;
    cell: string | null;
    rowId: string | null;
    message: string;
  }[];
  notReported: { department: string; count: number; rows: string[] }[];
}

describe("followup generate, then check", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const programme = defaultProgramme();
  const rowsByDepartment = new Map<string, string[]>();
  for (const row of programme.areas.flatMap((a) => a.rows)) {
    rowsByDepartment.set(row.department, [...(rowsByDepartment.get(row.department) ?? []), row.id]);
  }

  it("writes the 2019 workbook of the bundled programme and says so", async () => {
    const result = await followup(["generate", "--out", "ny.xlsx"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("ny.xlsx");
    expect(result.stdout).toContain("2019");
    const read = await readWorkbookFile(path.join(dir, "ny.xlsx"));
    expect(read.meta?.year).toBe(2019);
    expect(read.programme?.dnr).toBe(programme.dnr);
  });

  it("finds no errors or warnings in the fresh workbook, only the rows not reported, per department", async () => {
    const result = await followup(["check", "ny.xlsx", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json.ok).toBe(true);
    expect(json.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(json.findings.every((f) => f.code === "notReported")).toBe(true);
    const reported = new Map(json.notReported.map((g) => [g.department, [...g.rows].sort()]));
    expect(reported).toEqual(new Map([...rowsByDepartment].map(([d, ids]) => [d, [...ids].sort()])));
  });

  it("prints the not-reported rows per department and a count line in Swedish", async () => {
    const result = await followup(["check", "ny.xlsx"], dir);
    expect(result.code).toBe(0);
    for (const department of rowsByDepartment.keys()) {
      expect(result.stdout).toMatch(new RegExp(`^  ${department}: \\d+ rad`, "m"));
    }
    expect(result.stdout).toMatch(/Resultat: 0 fel, 0 varningar; \d+ förvaltningar har rader kvar att rapportera/);
  });

  it("speaks English with --lang en", async () => {
    const result = await followup(["check", "ny.xlsx", "--lang", "en"], dir);
    expect(result.stdout).toMatch(/Not reported yet, per department:/);
    expect(result.stdout).toMatch(/Result: 0 errors, 0 warnings/);
    expect(result.stdout).not.toMatch(/Resultat|förvaltning/);
  });

  it("refuses to overwrite without --force and overwrites with it", async () => {
    const before = fs.readFileSync(path.join(dir, "ny.xlsx"));
    const refused = await followup(["generate", "--out", "ny.xlsx"], dir);
    expectOneLineReason(refused);
    expect(refused.stderr).toContain("ny.xlsx");
    expect(fs.readFileSync(path.join(dir, "ny.xlsx")).equals(before)).toBe(true);
    const forced = await followup(["generate", "--out", "ny.xlsx", "--force", "--year", "2020"], dir);
    expect(forced.code).toBe(0);
    expect((await readWorkbookFile(path.join(dir, "ny.xlsx"))).meta?.year).toBe(2020);
  });

  it("prints a stable JSON document with --json", async () => {
    const result = await followup(["generate", "--out", "j.xlsx", "--json"], dir);
    expect(JSON.parse(result.stdout)).toEqual({
      command: "generate",
      ok: true,
      file: "j.xlsx",
      year: 2019,
      programme: programme.name.text,
      areas: programme.areas.length,
      rows: [...rowsByDepartment.values()].reduce((n, ids) => n + ids.length, 0),
    });
  });

  it("generates from a programme file and refuses a year outside its period", async () => {
    const file = path.join(dir, "p.json");
    fs.writeFileSync(file, JSON.stringify({ ...programme, period: { from: 2022, to: 2025 } }));
    const outside = await followup(["generate", "--programme", "p.json", "--year", "2019", "--out", "p2019.xlsx"], dir);
    expectOneLineReason(outside);
    expect(outside.stderr).toMatch(/2019.*2022–2025/);
    expect(fs.existsSync(path.join(dir, "p2019.xlsx"))).toBe(false);
    const inside = await followup(["generate", "--programme", "p.json", "--out", "p.xlsx"], dir);
    expect(inside.code).toBe(0);
    expect((await readWorkbookFile(path.join(dir, "p.xlsx"))).meta?.year).toBe(2022);
  });
});
