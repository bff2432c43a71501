import * as fs from "node:fs";
import * as path from "node:path";
import { ACTIVITY_STATUS, ASSESSMENT, buildReportModel, collectEntries, summarise, termText } from "../../src/core";
import type { ReportModel } from "../../src/core";
import { writeDocxReport } from "../../src/files/docx-report";
import { followup, readWorkbookFile, tempDir } from "../cli/cli-harness";
import { convertWithLibreOffice } from "../support/libreoffice";
import { zipEntries } from "../support/zip";
import { flat, pdfPages, pdfText, squash } from "./pdf-tools";
import { COORDINATOR_CHOICES, reportInputs } from "./report-fixture";

/**
 * The report as Word writes it and as a real engine reads it: `followup demo`'s .docx, converted
 * to PDF by LibreOffice, holds every area, every assessment and the overall text; its first pages
 * are kept as images under test-artifacts/report/. Fails (never skips) without LibreOffice or poppler.
 */

const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts", "report");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe("the .docx report through LibreOffice", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let model: ReportModel;
  let areaNames: string[] = [];
  let docx: Buffer;
  let text: string;
  let pageTexts: string[];

  beforeAll(async () => {
    const result = await followup(["demo", "--out", "demo"], dir, { now: () => new Date("2020-01-29T09:00:00") });
    expect(result.code).toBe(0);
    docx = fs.readFileSync(path.join(dir, "demo", "uppfoljning-2019-rapport.docx"));
    // The model the demo's report was made from, rebuilt from the workbook it wrote.
    const read = await readWorkbookFile(path.join(dir, "demo", "uppfoljning-2019.xlsx"));
    const programme = read.programme;
    if (programme === null) {
      throw new Error("the demo workbook has no programme");
    }
    areaNames = programme.areas.map((a) => a.name.text);
    const entries = collectEntries(read, programme);
    const summary = summarise(programme, entries, { year: 2019, choices: read.choices });
    model = buildReportModel(programme, summary, entries, read.choices, 2019, "sv", { date: "2020-01-29" });
    const pdf = await convertWithLibreOffice(docx, { to: "pdf", inputExtension: "docx" });
    const raw = await pdfText(pdf);
    text = flat(raw);
    pageTexts = raw.split("\f");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const pages = await pdfPages(pdf, 1, 2, 50);
    pages.forEach((png, i) => fs.writeFileSync(path.join(ARTIFACTS, `demo-report-sv-page-${i + 1}.png`), png));
    fs.writeFileSync(path.join(ARTIFACTS, "demo-report-sv.pdf"), pdf);
  });

  test("the PDF holds the cover and the table of contents, and no decision line (that is the tjänsteutlåtande's)", () => {
    expect(text).toContain("Bilaga 1");
    expect(squash(text)).toContain(squash(model.cover.title));
    expect(squash(text)).not.toContain(squash(model.summary.decision));
    expect(text).toContain("Innehåll");
  });

  test("the PDF holds every area and guideline by name, in the summary and in its own part", () => {
    expect(areaNames.length).toBe(7);
    for (const name of areaNames) {
      expect(squash(text)).toContain(squash(name));
    }
    for (const row of model.summary.assessments) {
      const title = squash(`${row.areaId} ${row.name}`);
      // In the table of contents, the summary table, the area's own part and the appendix.
      expect(squash(text).split(title).length - 1).toBeGreaterThanOrEqual(3);
    }
  });

  test("the PDF holds every assessment with its shape, and the overall text", () => {
    for (const row of model.summary.assessments) {
      expect(text).toContain(termText(row.assessment.term));
    }
    for (const t of [...ASSESSMENT, ...ACTIVITY_STATUS]) {
      expect(text).toContain(t.sv);
    }
    expect(squash(text)).toContain(squash(model.summary.overall.text));
    expect(text).toContain(termText(model.summary.overall.term));
  });

  test("the PDF holds each main deviation and the page numbers", () => {
    for (const d of model.summary.deviations) {
      expect(text).toContain(d.rowId);
    }
    expect(text).toMatch(/Sida 2 av \d+/);
  });

  test("each example row is marked as example text in its table; adopted wording is not", () => {
    const rows = [...model.areas, ...model.guidelines.parts].flatMap((p) => [
      ...p.goals,
      ...p.activities,
      ...p.indicators,
    ]);
    const examples = rows.filter((r) => r.example === true);
    expect(examples.length).toBeGreaterThan(0);
    // In the document's text (the PDF interleaves a wrapped cell with its neighbours).
    const runs = [
      ...(zipEntries(docx).get("word/document.xml")?.toString("utf8") ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g),
    ]
      .map((m) => m[1] ?? "")
      .join("");
    // No-break spaces as spaces, as the model has them ("1 000").
    const plain = runs
      .replace(/\u00a0/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
    for (const r of rows) {
      expect([r.rowId, plain.includes(`${r.text} (exempeltext)`)]).toEqual([r.rowId, r.example === true]);
    }
    expect(text).toContain("(exempeltext)");
  });

  test("committee Swedish: no spreadsheet words, and grouped numbers held together by no-break spaces", () => {
    expect(text).not.toMatch(/\brader\b/i);
    expect(text).not.toMatch(/svagaste området avgör/i);
    expect(text).not.toMatch(/\b\d+ ansvarsområden/);
    const runs = [
      ...(zipEntries(docx).get("word/document.xml")?.toString("utf8") ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g),
    ]
      .map((m) => m[1] ?? "")
      .join("");
    // "1 800 000 kr", "103 per 1 000 inv.": a group of three digits never follows a breaking space.
    expect(runs).not.toMatch(/\d \d{3}(?!\d)/);
    expect(runs).toMatch(/\d\u00a0\d{3}/);
  });

  test("the summary holds a native Word chart of the activities' status per area, which LibreOffice draws", () => {
    const parts = zipEntries(docx);
    const charts = [...parts.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k));
    expect(charts.length).toBeGreaterThanOrEqual(1);
    const chart = parts.get(charts[0] ?? "")?.toString("utf8") ?? "";
    expect(chart).toContain('<c:grouping val="percentStacked"/>');
    for (const a of model.summary.assessments) expect(chart).toContain(`<c:v>${a.areaId}</c:v>`);
    // Drawn: its title and legend are in the PDF LibreOffice made, on the summary's pages.
    const page = pageTexts.findIndex((p) => p.includes("Aktiviteternas status per område"));
    expect(page).toBeGreaterThan(1);
    expect(pageTexts[page]).toMatch(/Genomförd[\s\S]*Pågår[\s\S]*Försenad/);
  });

  test("each indicator has a native line chart of its values over the programme period, its target dashed", () => {
    const parts = zipEntries(docx);
    const charts = [...parts.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k));
    const indicators = model.areas.concat(model.guidelines.parts).flatMap((p) => p.indicators);
    expect(charts.length).toBe(1 + indicators.length);
    const lines = charts
      .map((k) => parts.get(k)?.toString("utf8") ?? "")
      .filter((xml) => xml.includes("<c:lineChart>"));
    expect(lines.length).toBe(indicators.length);
    const withTarget = indicators.filter((i) => i.period.target !== null).length;
    expect(lines.filter((xml) => xml.includes('<a:prstDash val="dash"/>')).length).toBe(withTarget);
    for (const xml of lines)
      for (const year of ["2018", "2019", "2020", "2021"]) expect(xml).toContain(`<c:v>${year}</c:v>`);
    // LibreOffice draws them: each chart's title stands in the PDF.
    for (const i of indicators) expect(squash(text)).toContain(squash(`${i.rowId} (${i.period.unit})`));
  });

  test("the contents shows a page number for every heading, and each heading is on that page", () => {
    const contents = pageTexts.findIndex((p) => /^\s*(.*\n)?\s*Innehåll\s*$/m.test(p));
    expect(contents).toBeGreaterThan(0);
    const lines = (pageTexts[contents] ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => /\.{3,}\s*\d+$/.test(l));
    // Summary and its six subheadings, the areas and guidelines with theirs, the appendix with its groups.
    expect(lines.length).toBeGreaterThanOrEqual(7 + 1 + areaNames.length + 1 + areaNames.length);
    for (const line of lines) {
      const m = /^(.*?)\.{3,}\s*(\d+)$/.exec(line);
      const title = m?.[1]?.trim() ?? "";
      const page = Number(m?.[2]);
      expect([title, page >= contents + 1 && page <= pageTexts.length]).toEqual([title, true]);
      expect([title, squash(pageTexts[page - 1] ?? "").includes(squash(title))]).toEqual([title, true]);
    }
  });

  test("two pages are rendered and kept as artifacts", () => {
    for (const n of [1, 2]) {
      const png = fs.readFileSync(path.join(ARTIFACTS, `demo-report-sv-page-${n}.png`));
      expect(png.subarray(0, 4)).toEqual(PNG);
      expect(png.length).toBeGreaterThan(2000);
    }
  });

  test("the .docx uses Word's own styles, a table style, a table of contents and page number fields", () => {
    const parts = zipEntries(docx);
    const styles = parts.get("word/styles.xml")?.toString("utf8") ?? "";
    const document = parts.get("word/document.xml")?.toString("utf8") ?? "";
    const settings = parts.get("word/settings.xml")?.toString("utf8") ?? "";
    const footers = [...parts.entries()]
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, data]) => data.toString("utf8"))
      .join("");
    for (const id of ["Title", "Heading1", "Heading2", "Heading3", "Uppfoljningstabell"]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="Uppfoljningstabell">/);
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:tblStyle w:val="Uppfoljningstabell"/>');
    // The contents' page numbers are page references to bookmarked headings, which LibreOffice computes.
    expect(document).toMatch(/PAGEREF _Toc0001/);
    expect(document).toContain('w:name="_Toc0001"');
    expect(settings).toContain("<w:updateFields");
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
  });
});

describe("the English report through LibreOffice", () => {
  test("English labels and terms, every area and the overall text", async () => {
    const inputs = reportInputs(COORDINATOR_CHOICES);
    const model = buildReportModel(
      inputs.programme,
      inputs.summary,
      inputs.entries,
      inputs.choices,
      inputs.year,
      "en",
      { date: "2020-01-29" }
    );
    const pdf = await convertWithLibreOffice(await writeDocxReport(model), { to: "pdf", inputExtension: "docx" });
    const text = flat(await pdfText(pdf));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const [first] = await pdfPages(pdf, 3, 3, 50);
    if (first !== undefined) {
      fs.writeFileSync(path.join(ARTIFACTS, "report-en-page-3.png"), first);
    }
    for (const word of [
      "Attachment 1",
      "Contents",
      "Summary",
      "Main deviations",
      "Appendix: every goal, activity and indicator",
    ]) {
      expect(text).toContain(word);
    }
    for (const area of inputs.programme.areas) {
      expect(squash(text)).toContain(squash(area.name.text));
    }
    for (const t of ASSESSMENT) {
      expect(text).toContain(t.en);
    }
    expect(squash(text)).toContain(squash(model.summary.overall.text));
    expect(text).not.toContain("Sammanfattning");
    expect(text).toMatch(/Page 2 of \d+/);
  });
});
