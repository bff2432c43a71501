/**
 * The bundled programme's own year, filled in as the municipality's 2019 follow-up describes it:
 * every goal judged on track, much work ongoing and some done, and a few indicators worse than
 * 2018 (reported crime 98 → 101 per 1 000 inhabitants, a police statistic; falls among the
 * elderly). The committee's judgement was "ligger i fas", so the goals can be reached within the
 * period; the suggestion must agree, and name the worse indicators as things to watch.
 *
 * The workbook is made by `followup generate`, filled cell by cell in ExcelJS as another
 * program would (labels typed as people type them), and summarised by `followup summary`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { AREA_COLUMNS, defaultProgramme } from "../../src/core";
import { loadWorkbook } from "../support/exceljs-load";
import { followup, tempDir } from "./cli-harness";

interface SummaryJson {
  areas: { id: string; suggestion: { assessment: string; reason: string } }[];
  overall: { suggestion: { assessment: string; reason: string }; draftText?: string };
}

/** Values as the 2019 follow-up might have them: [2019, and 2018 as the workbook has it]. */
const INDICATORS: Readonly<Record<string, number>> = {
  "1.I1": 71, // safe outdoors at night, % (68 in 2018): better
  "1.I2": 15, // safety walks (12): better
  "1.I3": 101, // reported crimes per 1 000 inhabitants (98): worse
  "2.I1": 90,
  "2.I2": 93,
  "2.I3": 560, // falls among the elderly treated in hospital (540): worse
  "3.I1": 60,
  "3.I2": 2,
  "3.I3": 55,
  "4.I1": 22,
  "5.I1": 40,
  "G1.I1": 3_450_000, // removal cost, kr: 2019 is a baseline year
  "G1.I2": 70,
  "G1.I3": 260, // graffiti reports (217 in January–November 2018): more reporting, as the guideline asks
  "G1.I4": 150,
  "G2.I1": 140,
  "G2.I2": 4,
  "G2.I3": 8,
};

describe("the seed's own year, 2019", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const programme = defaultProgramme();

  it("is suggested I fas, as the committee judged, with the worse indicators named to watch", async () => {
    const file = path.join(dir, "uppfoljning-2019.xlsx");
    expect((await followup(["generate", "--year", "2019", "--out", file], dir)).code).toBe(0);

    const wb = await loadWorkbook(fs.readFileSync(file));
    const header = (key: string): string => AREA_COLUMNS.find((c) => c.key === key)?.header ?? key;
    let activity = 0;
    for (const area of programme.areas) {
      const ws = wb.getWorksheet(area.sheetName);
      if (ws === undefined) throw new Error(`no sheet ${area.sheetName}`);
      let headerRow = 0;
      const columns = new Map<string, number>();
      ws.eachRow((row, n) => {
        if (headerRow === 0 && row.getCell(1).text === "ID") {
          headerRow = n;
          row.eachCell((cell, c) => columns.set(cell.text, c));
        }
      });
      const col = (key: string): number => {
        const c = columns.get(header(key));
        if (c === undefined) throw new Error(`no column ${header(key)} on ${area.sheetName}`);
        return c;
      };
      for (let n = headerRow + 1; n <= ws.rowCount; n++) {
        const row = ws.getRow(n);
        const id = row.getCell(1).text;
        const spec = area.rows.find((r) => r.id === id);
        if (spec === undefined) continue;
        if (spec.type === "goal") {
          row.getCell(col("status")).value = "I fas";
          row.getCell(col("done")).value = "Arbetet följer planen.";
        } else if (spec.type === "activity") {
          // Much ongoing, a third done: the work of a programme still half-way.
          row.getCell(col("status")).value = activity++ % 3 === 0 ? "Genomförd" : "Pågår";
          row.getCell(col("done")).value = "Se kommentar.";
        } else {
          const value = INDICATORS[id];
          if (value === undefined) throw new Error(`no value for ${id}`);
          row.getCell(col("value")).value = value;
        }
        row.commit();
      }
    }
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const result = await followup(["summary", file, "--json"], dir);
    expect(result.stderr).toBe("");
    const summary = JSON.parse(result.stdout) as SummaryJson;
    expect(summary.areas.map((a) => [a.id, a.suggestion.assessment])).toEqual(
      programme.areas.map((a) => [a.id, "onTrack"])
    );
    expect(summary.overall.suggestion.assessment).toBe("onTrack");
    expect(summary.overall.suggestion.reason).toBe(
      "Alla sju områden och riktlinjer bedöms I fas; i hela programmet är 70 av 70 bedömda mål och aktiviteter (100 %) i fas. Att bevaka: indikatorerna 1.I3 och 2.I3 har blivit sämre sedan förra året."
    );
    const area1 = summary.areas.find((a) => a.id === "1");
    expect(area1?.suggestion.reason).toContain("Att bevaka: indikatorn 1.I3 har blivit sämre sedan förra året.");
    // G1's graffiti reports rose, as the guideline asks (all graffiti reported): not something to watch.
    expect(summary.overall.suggestion.reason).not.toContain("G1.I3");

    const text = await followup(["summary", file], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/rader|svagaste/);
  });
});
