/**
 * writeSummary rewrites only the summary sheet: the coordinator's choices and the fresh summary,
 * entered rows untouched; within three syncs.
 */
import { defaultProgramme, OVERALL_LABEL, SUMMARY_COLUMNS, SUMMARY_SHEET } from "../../src/core";
import { installDouble } from "../excel-double/test-helpers";
import { YEAR, cellsWrittenBy, demoEdits, service } from "./helpers";

const programme = defaultProgramme();

describe("writeSummary", () => {
  test("writes the choices and the summary into the summary sheet only, and reads them back", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    await service().saveRows(demoEdits(programme));
    const area = programme.areas[1];
    if (area === undefined) throw new Error("no area");
    double.resetCounters();
    const written = await cellsWrittenBy(double, () =>
      service().writeSummary([
        { key: "overall", assessment: "partly", text: "Arbetet går framåt men inte i alla delar." },
        { key: area.id, assessment: "onTrack", text: null },
      ])
    );
    expect(double.runs[0]?.syncs).toBeLessThanOrEqual(3);
    expect(written.length).toBeGreaterThan(0);
    expect(new Set(written.map((w) => w.sheet))).toEqual(new Set([SUMMARY_SHEET]));
    const state = await service().read();
    expect(state.choices.overall).toEqual({
      assessment: "partly",
      raw: null,
      text: "Arbetet går framåt men inte i alla delar.",
    });
    expect(state.choices[area.id]).toMatchObject({ assessment: "onTrack" });
    expect(state.summary.overall.chosen).toBe("partly");
    // The suggestion column now says what the core suggests for the entries.
    const suggestionColumn = SUMMARY_COLUMNS.findIndex((c) => c.key === "suggestion");
    const rows = double.workbook.values(SUMMARY_SHEET, "A1:A60").map((r) => r[0]);
    const overallRow = rows.indexOf(OVERALL_LABEL) + 1;
    const cell = double.workbook.values(SUMMARY_SHEET, `A${overallRow}:Z${overallRow}`)[0]?.[suggestionColumn];
    expect(String(cell)).toContain(
      { onTrack: "I fas", partly: "Delvis i fas", notOnTrack: "Ej i fas", cannotAssess: "Kan inte bedömas" }[
        state.summary.overall.suggestion.assessment
      ]
    );
  });

  test("writing the same choices again writes nothing", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    const edits = [{ key: "overall", assessment: "onTrack" as const, text: "Bra." }];
    await service().writeSummary(edits);
    const written = await cellsWrittenBy(double, () => service().writeSummary(edits));
    expect(written).toEqual([]);
  });

  test("an area's 'Genomfört under året' is written once edited, read back, and kept by a later write that leaves it out", async () => {
    installDouble();
    await service().generate(programme, YEAR);
    await service().saveRows(demoEdits(programme));
    const text = "Lägesbilden har tagits fram varje kvartal.\n\nSamverkan med polisen har fördjupats.";
    await service().writeSummary([{ key: "1", assessment: null, text: null, done: text }]);
    expect((await service().read()).choices["1"]?.done).toBe(text);
    await service().writeSummary([{ key: "1", assessment: "onTrack", text: null }]);
    const state = await service().read();
    expect(state.choices["1"]).toMatchObject({ assessment: "onTrack", done: text });
    expect(state.summary.areas.find((a) => a.areaId === "1")?.done).toBe(text);
    expect(state.summary.areas.find((a) => a.areaId === "2")?.doneDraft).toMatch(/^Till målet ”/);
  });
});
