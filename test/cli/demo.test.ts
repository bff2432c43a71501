import * as fs from "node:fs";
import * as path from "node:path";
import { SEEDED_MISTAKES, UNFINISHED_DEPARTMENTS, demoEntries } from "../../src/cli/demo-data";
import { DONE_TEXTS } from "../../src/cli/demo-texts";
import { columnIndex, columnLetter, defaultProgramme } from "../../src/core";
import { followup, readWorkbookFile, tempDir } from "./cli-harness";

interface Found {
  severity: string;
  code: string;
  sheet: string | null;
  cell: string | null;
  rowId: string | null;
}

describe("followup demo", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const programme = defaultProgramme();
  const sheetOf = new Map(programme.areas.flatMap((a) => a.rows.map((r) => [r.id, a.sheetName] as const)));

  it("writes the filled and the empty workbook, reports, and exits 0 although the workbook has errors", async () => {
    const result = await followup(["demo", "--out", "demo"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "demo", "uppfoljning-2019.xlsx"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "demo", "uppfoljning-2019-tom.xlsx"))).toBe(true);
    expect(result.stdout).toContain(`(${SEEDED_MISTAKES.length} av ${SEEDED_MISTAKES.length} hittade)`);
    expect(result.stdout).toMatch(/Demon lyckades/);
    expect(result.stdout).toMatch(/Föreslagen samlad bedömning: /);
    for (const department of UNFINISHED_DEPARTMENTS) {
      expect(result.stdout).toMatch(new RegExp(`^  ${department}: \\d+ av \\d+ \\(inte klar\\)$`, "m"));
    }
  });

  it("seeds mistakes that the check finds exactly in the rewritten file, each in its cell, and nothing else at error or warning level", async () => {
    const result = await followup(["check", path.join("demo", "uppfoljning-2019.xlsx"), "--json"], dir);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: Found[] }).findings;
    const serious = findings
      .filter((f) => f.severity === "error" || f.severity === "warning")
      .map((f) => ({ code: f.code, sheet: f.sheet, column: (f.cell ?? "").replace(/[0-9]+$/, ""), rowId: f.rowId }));
    // The pasted formula was found in the file as written, and the rewrite kept it as its text:
    // the final workbook holds it as text, which is no mistake any more.
    const expected = SEEDED_MISTAKES.filter((m) => m.code !== "formulaInText").map((m) => ({
      code: m.code,
      sheet: sheetOf.get(m.rowId) ?? null,
      column: columnLetter(columnIndex(m.column) + 1),
      rowId: m.rowId,
    }));
    const order = (a: { rowId: string | null }, b: { rowId: string | null }) =>
      String(a.rowId).localeCompare(String(b.rowId));
    expect([...serious].sort(order)).toEqual([...expected].sort(order));
  });

  it("leaves the pristine copy without entries: the check finds only rows not reported", async () => {
    const result = await followup(["check", path.join("demo", "uppfoljning-2019-tom.xlsx"), "--json"], dir);
    expect(result.code).toBe(0);
    const findings = (JSON.parse(result.stdout) as { findings: Found[] }).findings;
    expect(findings.every((f) => f.code === "notReported")).toBe(true);
  });

  it("has coherent sample entries: no sentence twice in an area, each row's own, nothing 'done' where nothing was", () => {
    const entries = demoEntries(programme);
    for (const area of programme.areas) {
      const texts = area.rows.map((r) => entries.get(r.id)?.done).filter((d): d is string => typeof d === "string");
      expect({ area: area.id, repeats: texts.length - new Set(texts).size }).toEqual({ area: area.id, repeats: 0 });
      for (const row of area.rows) {
        const e = entries.get(row.id);
        const status = typeof e?.status === "string" ? e.status : "";
        const tellsWork = row.type === "activity" && ["Genomförd", "Pågår"].includes(status);
        // The sentence written for this very activity (rows given a seeded mistake aside), or nothing.
        const expected = tellsWork ? (DONE_TEXTS[row.id] ?? null) : null;
        const done = e?.done ?? null;
        if (!SEEDED_MISTAKES.some((m) => m.rowId === row.id)) {
          expect({ row: row.id, status, done }).toEqual({ row: row.id, status, done: expected });
        }
      }
    }
  });

  it("leaves the unfinished departments with rows to report, and the rows whose status cannot be read", async () => {
    const result = await followup(["check", path.join("demo", "uppfoljning-2019.xlsx"), "--json"], dir);
    const groups = (JSON.parse(result.stdout) as { notReported: { department: string; rows: string[] }[] }).notReported;
    // "Pagar" and an assessment on an activity cannot be read, so those rows are not reported;
    // "genomförd" is read (case does not matter), as the summary sheet's COUNTIFS reads it.
    const unreadable = SEEDED_MISTAKES.filter((m) => m.column === "status" && m.value !== "genomförd");
    const departmentOf = new Map(programme.areas.flatMap((a) => a.rows.map((r) => [r.id, r.department] as const)));
    const expected = new Set([...UNFINISHED_DEPARTMENTS, ...unreadable.map((m) => departmentOf.get(m.rowId) ?? "")]);
    expect(groups.map((g) => g.department).sort()).toEqual([...expected].sort());
    const listed = groups.flatMap((g) => g.rows);
    for (const m of unreadable) expect(listed).toContain(m.rowId);
  });

  it("writes every sample entry into the workbook, exactly", async () => {
    const read = await readWorkbookFile(path.join(dir, "demo", "uppfoljning-2019.xlsx"));
    const rows = new Map(read.areaSheets.flatMap((s) => s.rows.map((r) => [String(r.cells.id), r] as const)));
    for (const [rowId, values] of demoEntries(programme)) {
      for (const [key, value] of Object.entries(values)) {
        const cell = rows.get(rowId)?.cells[key as keyof typeof values];
        if (typeof value === "object" && value !== null && "formula" in value) {
          // A pasted formula is written back as its text, never live.
          expect(cell).toBe(value.formula);
        } else {
          expect(cell).toEqual(value);
        }
      }
    }
  });

  it("is the same on every run: the sample is seeded", () => {
    expect(demoEntries(programme)).toEqual(demoEntries(programme));
    expect(demoEntries(programme, 2019, 7)).not.toEqual(demoEntries(programme));
  });

  it("reports the same in English, as JSON", async () => {
    const result = await followup(["demo", "--out", "demo-en", "--json", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      ok: boolean;
      seededMistakes: { found: boolean; rowId: string }[];
      overall: { reason: string };
    };
    expect(json.ok).toBe(true);
    expect(json.seededMistakes.map((m) => m.rowId)).toEqual(SEEDED_MISTAKES.map((m) => m.rowId));
    expect(json.seededMistakes.every((m) => m.found)).toBe(true);
    expect(json.overall.reason).toMatch(/[a-z]/);
    expect(json.overall.reason).not.toMatch(/är i fas|förslaget/);
  });
});
