import * as fs from "node:fs";
import * as path from "node:path";
import { defaultProgramme } from "../../src/core";
import { zipEntries } from "../support/zip";
import { loadWorkbook } from "../support/exceljs-load";
import { expectOneLineReason, followup, tempDir } from "./cli-harness";
import { completeEntries, writeYear } from "./year-files";

/** `followup export` writes the committee report and the print-ready summary; `followup demo` writes both too. */

function documentText(docx: Buffer): string {
  const xml = zipEntries(docx).get("word/document.xml")?.toString("utf8") ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? "").join("");
}

describe("followup export", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const programme = defaultProgramme();

  beforeAll(async () => {
    await writeYear(dir, "ar.xlsx", completeEntries(), { closed: true });
  });

  test("writes the .docx report and the print-ready .xlsx from a closed year, naming the dnr and date given", async () => {
    const result = await followup(
      [
        "export",
        "ar.xlsx",
        "--docx",
        "rapport.docx",
        "--xlsx",
        "utskrift.xlsx",
        "--dnr",
        "KS-2020/42.142",
        "--date",
        "2020-02-06",
      ],
      dir
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Skrev rapporten rapport\.docx/);
    expect(result.stdout).toMatch(/Skrev den utskriftsklara sammanfattningen utskrift\.xlsx/);
    const text = documentText(fs.readFileSync(path.join(dir, "rapport.docx")));
    for (const area of programme.areas) {
      expect(text).toContain(area.name.text);
    }
    expect(text).toContain("KS-2020/42.142");
    expect(text).toContain("2020-02-06");
    // The proposed decision belongs in the tjänsteutlåtande (--memo), not in bilaga 1.
    expect(text).not.toContain("Förslag till beslut");
    const wb = await loadWorkbook(fs.readFileSync(path.join(dir, "utskrift.xlsx")));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sammanfattning"]);
    expect(wb.worksheets[0]?.pageSetup.paperSize).toBe(9);
  });

  test("in English with --lang en; --json says what was written", async () => {
    const result = await followup(["export", "ar.xlsx", "--docx", "report.docx", "--lang", "en", "--json"], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      docx: "report.docx",
      xlsx: null,
      lang: "en",
      errors: 0,
    });
    const text = documentText(fs.readFileSync(path.join(dir, "report.docx")));
    expect(text).toContain("Main deviations");
    expect(text).not.toContain("Större avvikelser");
  });

  test("the cover carries the case officer, the deciding body and the logo; --memo writes the tjänsteutlåtande's draft", async () => {
    // A 2×1 PNG: the smallest logo that is a real image.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAADklEQVR4nGP4z8AAQv8BD/kD/YURmXYAAAAASUVORK5CYII=",
      "base64"
    );
    fs.writeFileSync(path.join(dir, "logo.png"), png);
    const result = await followup(
      [
        "export",
        "ar.xlsx",
        "--docx",
        "bilaga.docx",
        "--memo",
        "utlatande.docx",
        "--officer",
        "Frida Ryberg",
        "--committee",
        "Trygghets- och delaktighetsberedningen",
        "--logo",
        "logo.png",
        "--dnr",
        "KS-2020/42.142",
        "--date",
        "2020-02-06",
      ],
      dir
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Skrev utkastet till tjänsteutlåtande utlatande.docx");
    const report = zipEntries(fs.readFileSync(path.join(dir, "bilaga.docx")));
    const text = documentText(fs.readFileSync(path.join(dir, "bilaga.docx")));
    expect(text).toContain("HandläggareFrida Ryberg");
    expect(text).toContain("Beslutande organTrygghets- och delaktighetsberedningen");
    expect(text).toContain("Tjänsteutlåtandets datum2020-02-06");
    expect([...report.keys()].some((k) => /^word\/media\/.+\.png$/.test(k))).toBe(true);
    const memo = documentText(fs.readFileSync(path.join(dir, "utlatande.docx")));
    for (const heading of ["Förslag till beslut", "Sammanfattning", "Beskrivning av ärendet", "Bilagor"]) {
      expect(memo).toContain(heading);
    }
    expect(memo).toContain("enligt bilaga 1 till kommunstyrelsens tjänsteutlåtande, godkänns.");
    expect(memo).toContain("Bilaga 1. Uppföljning av Program för trygghet och säkerhet 2018–2021 avseende 2019");
    expect(memo).toContain("KS-2020/42.142");

    const notImage = await followup(["export", "ar.xlsx", "--docx", "x.docx", "--logo", "ar.xlsx"], dir);
    expect(notImage.code).toBe(2);
    expect(notImage.stderr).toContain("ar.xlsx är ingen PNG- eller JPEG-bild");
    expect(fs.existsSync(path.join(dir, "x.docx"))).toBe(false);
  });

  test("bad usage is one line and writes nothing", async () => {
    expectOneLineReason(await followup(["export", "ar.xlsx"], dir));
    expectOneLineReason(await followup(["export", "ar.xlsx", "--docx", "rapport.doc"], dir));
    expectOneLineReason(await followup(["export", "ar.xlsx", "--docx", "ny.docx", "--date", "2020-02-30"], dir));
    // An existing output is not overwritten without --force.
    const before = fs.readFileSync(path.join(dir, "rapport.docx"));
    expectOneLineReason(await followup(["export", "ar.xlsx", "--docx", "rapport.docx"], dir));
    expect(fs.readFileSync(path.join(dir, "rapport.docx")).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, "ny.docx"))).toBe(false);
    expect((await followup(["export", "ar.xlsx", "--docx", "rapport.docx", "--force"], dir)).code).toBe(0);
  });
});

describe("followup export of a workbook the check finds errors in", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const entries = completeEntries();
    // A typo in a goal's status and a comment missing on a delayed activity's neighbour: errors.
    entries.set("1.M1", { status: "I faas", done: "Arbete" });
    await writeYear(dir, "fel.xlsx", entries);
  });

  test("is refused: nothing written, exit 1, the errors named with where they are", async () => {
    const result = await followup(["export", "fel.xlsx", "--docx", "rapport.docx", "--xlsx", "utskrift.xlsx"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Ingen rapport skrevs: kontrollen hittar 1 fel i fel.xlsx");
    expect(result.stdout).toMatch(/1 Trygghet[^!\n]*!E\d+ \(rad 1\.M1\): 'I faas' är ingen status/);
    expect(result.stdout).toContain("--draft");
    expect(fs.existsSync(path.join(dir, "rapport.docx"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "utskrift.xlsx"))).toBe(false);
    const json = JSON.parse((await followup(["export", "fel.xlsx", "--docx", "r.docx", "--json"], dir)).stdout) as {
      ok: boolean;
      errors: number;
      findings: { rowId: string }[];
    };
    expect(json).toMatchObject({ ok: false, errors: 1 });
    expect(json.findings.map((f) => f.rowId)).toEqual(["1.M1"]);
  });

  test("with --draft is written, every page of the report and the print summary marked as a draft", async () => {
    const result = await followup(
      ["export", "fel.xlsx", "--docx", "utkast.docx", "--xlsx", "utkast.xlsx", "--draft", "--json"],
      dir
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, errors: 1, draft: true });
    const parts = zipEntries(fs.readFileSync(path.join(dir, "utkast.docx")));
    const headers = [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k));
    const marked = headers.filter((k) => parts.get(k)?.toString("utf8").includes("Utkast – kontrollen hittar 1 fel"));
    // The cover's header and the running header of both sections (portrait and the landscape appendix).
    expect(marked.length).toBeGreaterThanOrEqual(2);
    const settings = parts.get("word/document.xml")?.toString("utf8") ?? "";
    expect(settings).toContain("w:titlePg");
    const wb = await loadWorkbook(fs.readFileSync(path.join(dir, "utkast.xlsx")));
    expect(wb.worksheets[0]?.headerFooter.oddHeader).toContain("Utkast – kontrollen hittar 1 fel");
    const people = await followup(["export", "fel.xlsx", "--docx", "utkast2.docx", "--draft"], dir);
    expect(people.stdout).toContain('varje sida är märkt "Utkast – kontrollen hittar 1 fel"');
  });
});

describe("followup demo writes the committee's papers too", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the .docx report and the print-ready summary stand in its folder and in its report", async () => {
    const result = await followup(["demo", "--out", "demo", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { files: Record<string, string> };
    expect(json.files).toMatchObject({
      report: path.join("demo", "uppfoljning-2019-rapport.docx"),
      printSummary: path.join("demo", "uppfoljning-2019-sammanfattning-utskrift.xlsx"),
    });
    const docx = fs.readFileSync(path.join(dir, json.files["report"] ?? ""));
    expect(documentText(docx)).toContain("Sammanfattning");
    // The demo's workbook holds its seeded mistakes: its report is a draft, and says so on every page.
    const headers = [...zipEntries(docx).entries()].filter(([k]) => /^word\/header\d+\.xml$/.test(k));
    expect(headers.some(([, xml]) => /Utkast – kontrollen hittar \d+ fel/.test(xml.toString("utf8")))).toBe(true);
    const wb = await loadWorkbook(fs.readFileSync(path.join(dir, json.files["printSummary"] ?? "")));
    expect(wb.worksheets[0]?.headerFooter.oddHeader).toContain("2019");

    const people = await followup(["demo", "--out", "demo2"], dir);
    expect(people.stdout).toMatch(/uppfoljning-2019-rapport\.docx\s+rapporten till nämnden \(Word\)/);
    expect(people.stdout).toMatch(/uppfoljning-2019-sammanfattning-utskrift\.xlsx\s+utskriftsklar sammanfattning/);
  });
});
