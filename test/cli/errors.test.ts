import * as fs from "node:fs";
import * as path from "node:path";
import { expectOneLineReason, followup, tempDir } from "./cli-harness";

describe("bad usage and unreadable input", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, "text.xlsx"), "detta är ingen arbetsbok\n");
  fs.writeFileSync(path.join(dir, "broken.json"), '{"schemaVersion": 1,,}');

  it.each<[string, string[], RegExp]>([
    ["no arguments", [], /ange ett kommando/],
    ["an unknown command", ["gör"], /okänt kommando "gör"/],
    ["an unknown option", ["check", "x.xlsx", "--snabbt"], /check har ingen flagga --snabbt/],
    ["a missing workbook argument", ["check"], /ange arbetsboken: followup check FIL\.xlsx/],
    ["a missing file", ["check", "saknas.xlsx"], /saknas\.xlsx finns inte/],
    ["a folder for a file", ["check", "."], /\. är en mapp/],
    ["a text file named .xlsx", ["check", "text.xlsx"], /text\.xlsx är inte en Excel-arbetsbok/],
    [
      "a broken programme file",
      ["generate", "--programme", "broken.json", "--out", "x.xlsx"],
      /broken\.json är inte giltig JSON/,
    ],
    ["a missing programme file", ["generate", "--programme", "nej.json", "--out", "x.xlsx"], /nej\.json finns inte/],
    [
      "a year outside the period",
      ["generate", "--year", "2031", "--out", "x.xlsx"],
      /2031 ligger utanför programperioden 2018–2021/,
    ],
    ["a year that is not a year", ["generate", "--year", "nästa", "--out", "x.xlsx"], /--year ska vara ett årtal/],
    ["generate without --out", ["generate"], /generate behöver --out/],
    ["update without --programme", ["update", "x.xlsx"], /update behöver --programme/],
    ["an unknown language", ["check", "x.xlsx", "--lang", "fi"], /--lang ska vara sv eller en/],
  ])("%s: exit 2 with one line naming the problem", async (_name, argv, message) => {
    const result = await followup(argv, dir);
    expectOneLineReason(result);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it("says it in English with --lang en", async () => {
    const result = await followup(["check", "text.xlsx", "--lang", "en"], dir);
    expectOneLineReason(result);
    expect(result.stderr).toBe("followup: text.xlsx is not an Excel workbook (.xlsx)\n");
  });

  it("prints a JSON error document with --json, beside the line on stderr", async () => {
    const result = await followup(["check", "saknas.xlsx", "--json"], dir);
    expectOneLineReason(result);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      error: { kind: "input", code: "fileNotFound", message: "saknas.xlsx finns inte", details: [] },
    });
  });

  it("refuses a workbook without its programme data with exit 2", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("A1").value = "hej";
    await workbook.xlsx.writeFile(path.join(dir, "annan.xlsx"));
    const result = await followup(["check", "annan.xlsx"], dir);
    expectOneLineReason(result);
    expect(result.stderr).toMatch(/annan\.xlsx saknar läsbar programdata/);
  });

  it("shows help on --help and exits 0", async () => {
    const general = await followup(["--help"], dir);
    expect(general.code).toBe(0);
    for (const command of ["generate", "update", "check", "summary", "demo"]) {
      expect(general.stdout).toContain(command);
    }
    const check = await followup(["check", "--help", "--lang", "en"], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^Usage: followup check FILE\.xlsx/);
  });
});
