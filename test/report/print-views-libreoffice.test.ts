import * as fs from "node:fs";
import * as path from "node:path";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  collectEntries,
  displayValue,
  symbolOf,
  type Programme,
  type SheetGrid,
  type WorkbookRead,
} from "../../src/core";
import { followup, readWorkbookFile, tempDir } from "../cli/cli-harness";
import { convertWithLibreOffice } from "../support/libreoffice";
import { readXlsx } from "../../src/files/xlsx-reader";
import { flat, pdfPages, pdfText, pdfWords, type PdfWord } from "./pdf-tools";

/**
 * The two print views as a real engine prints them: `followup demo`'s print-ready summary and the
 * workbook's summary sheet, converted to PDF by LibreOffice (with Carlito, Calibri's metrics).
 * Every word in their cells prints whole — no "Genomför d", no "Uppföljnin", no department name
 * cut by the next column — and the print-ready summary prints at 8 pt or more on A4. Their first
 * pages are kept as images under test-artifacts/report/. Fails (never skips) without LibreOffice
 * or poppler.
 */

const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts", "report");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
/** Carlito's ascent plus descent, in ems: a word's box height over its printed size. */
const BOX_PER_POINT = 1.221;

/** Every word of the grid's text cells (numbers aside), as the cells hold them. */
function wordsOf(grid: SheetGrid): string[] {
  return grid.cells
    .flat()
    .map((c) => displayValue(c))
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(/\s+/))
    .filter((w) => w.length >= 3);
}

function missing(expected: readonly string[], printed: readonly PdfWord[]): string[] {
  const seen = new Set(printed.map((w) => w.text));
  return [...new Set(expected)].filter((w) => !seen.has(w));
}

function programme(read: WorkbookRead): Programme {
  if (read.programme === null) throw new Error("the workbook has no programme");
  return read.programme;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe("the print views through LibreOffice", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const demo = (name: string): string => path.join(dir, "demo", name);

  beforeAll(async () => {
    const result = await followup(["demo", "--out", "demo"], dir, { now: () => new Date("2020-01-29T09:00:00") });
    expect(result.code).toBe(0);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  test("the print-ready summary: every word whole, at 8 pt or more, pages kept as images", async () => {
    const data = fs.readFileSync(demo("uppfoljning-2019-sammanfattning-utskrift.xlsx"));
    const [grid] = await readXlsx(data);
    if (grid === undefined) throw new Error("no sheet");
    const pdf = await convertWithLibreOffice(data, { to: "pdf", inputExtension: "xlsx" });
    const words = await pdfWords(pdf);
    expect(missing(wordsOf(grid), words)).toEqual([]);
    const text = await pdfText(pdf);
    for (const whole of ["Genomförd", "Rapporterade", "bedömas", "programmet", "Aktivitetsstatus:", "Förvaltning"]) {
      expect(text).toContain(whole);
    }
    const pageOne = words.filter((w) => w.page === 1).map((w) => w.height / BOX_PER_POINT);
    expect(median(pageOne)).toBeGreaterThanOrEqual(8);
    const pages = await pdfPages(pdf, 1, 2, 80);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    pages.forEach((png, i) => fs.writeFileSync(path.join(ARTIFACTS, `print-summary-sv-page-${i + 1}.png`), png));
    for (const png of pages) expect(png.subarray(0, 4)).toEqual(PNG);
  });

  test("the workbook's summary sheet: labels, names and headers print whole; its first page kept as an image", async () => {
    const data = fs.readFileSync(demo("uppfoljning-2019.xlsx"));
    const read = await readWorkbookFile(demo("uppfoljning-2019.xlsx"));
    const grid = read.summaryGrid;
    if (grid === null || grid === undefined) throw new Error("no summary sheet");
    const pdf = await convertWithLibreOffice(data, { to: "pdf", inputExtension: "xlsx" });
    const words = await pdfWords(pdf);
    // The summary sheet's pages come first, up to the first area sheet's (its "Delmål" label).
    const firstArea = words.find((w) => w.text === "Delmål")?.page ?? 0;
    expect(firstArea).toBeGreaterThan(1);
    const summaryWords = words.filter((w) => w.page < firstArea);
    expect(missing(wordsOf(grid), summaryWords)).toEqual([]);
    for (const label of ["Uppföljningsår", "Övergripande", "programmet", "Rapporterade", "bedömas"]) {
      expect(summaryWords.map((w) => w.text)).toContain(label);
    }
    // An area sheet's labels too: its year label is short enough for the ID column.
    expect(words.filter((w) => w.page === firstArea).map((w) => w.text)).toContain("År");
    // Status cells show their shape as well as their colour; kronor have thousands separators.
    // Only the area sheets' pages: the summary sheet shows shapes of its own.
    const printed = flat(
      (await pdfText(pdf))
        .split("\f")
        .slice(firstArea - 1)
        .join(" ")
    );
    const entries = collectEntries(read, programme(read));
    const statuses = entries.filter((e) => e.status !== null && e.type !== "indicator");
    expect(statuses.length).toBeGreaterThan(20);
    for (const term of [...ACTIVITY_STATUS, ...ASSESSMENT]) {
      const held = statuses.filter(
        (e) => e.status === term.code && ACTIVITY_STATUS.some((a) => a.code === term.code) === (e.type === "activity")
      ).length;
      // Case aside: a status typed "genomförd" is read as Genomförd, and shown as typed.
      const shown = printed.toLowerCase().split(`${symbolOf(term)} ${term.sv}`.toLowerCase()).length - 1;
      expect({ term: term.sv, shown: shown >= held }).toEqual({ term: term.sv, shown: true });
    }
    // Each example row is marked on its own row, and no confirmed one.
    const examples = programme(read)
      .areas.flatMap((a) => a.rows)
      .filter((r) => r.text.provenance === "example").length;
    expect(examples).toBeGreaterThan(0);
    expect(printed.split("[exempeltext]").length - 1).toBe(examples);
    // An example indicator's last-year figure, where the sheet has one, is marked as example too.
    const figures = programme(read)
      .areas.flatMap((a) => a.rows)
      .filter((r) => r.text.provenance === "example" && r.type === "indicator")
      .filter((r) => typeof entries.find((e) => e.rowId === r.id)?.lastYear === "number").length;
    expect(figures).toBeGreaterThan(0);
    expect(printed.split("[exempel]").length - 1).toBe(figures);
    const money = entries.find((e) => e.rowId === "G1.I1")?.value ?? null;
    expect(money).toBeGreaterThanOrEqual(10_000);
    const grouped = String(money).replace(/\B(?=(\d{3})+(?!\d))/g, "[ ,.\u00a0\u202f]");
    expect(printed).toMatch(new RegExp(grouped));
    const [page] = await pdfPages(pdf, 1, 1, 80);
    if (page === undefined) throw new Error("no page");
    fs.writeFileSync(path.join(ARTIFACTS, "workbook-summary-sv-page-1.png"), page);
    expect(page.subarray(0, 4)).toEqual(PNG);
  });
});
