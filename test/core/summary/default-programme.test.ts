import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { renderReason } from "../../../src/core/summary/summary-messages";
import type { RowEntry } from "../../../src/core/read/types";
import { summarise } from "../../../src/core/summary/summarise";

/** The bundled programme through the summary: the graffiti cost target and an empty year. */
describe("summary of the bundled programme", () => {
  const programme = defaultProgramme();
  const g1 = programme.areas.find((a) => a.id === "G1");
  const cost = g1?.rows.find((r) => r.id === "G1.I1");
  const spec = cost?.indicator ?? null;

  function costEntry(value: number, lastYear: number | null): RowEntry {
    return {
      rowId: "G1.I1",
      areaId: "G1",
      type: "indicator",
      department: null,
      status: null,
      done: null,
      comment: null,
      value,
      lastYear,
      reported: true,
    };
  }
  const costSummary = (value: number, lastYear: number | null, year = 2020) =>
    summarise(programme, [costEntry(value, lastYear)], { year, choices: {} })
      .areas.flatMap((a) => a.indicators)
      .find((i) => i.rowId === "G1.I1");

  it("has the graffiti removal cost as a lower-is-better indicator whose target is half its baseline", () => {
    expect(spec).not.toBeNull();
    expect(spec?.betterWhen).toBe("lower");
    expect(spec?.baseline).not.toBeNull();
    expect(spec?.target).toBe((spec?.baseline ?? NaN) * 0.5);
  });

  it("meets the target at half the baseline or less, and reports the change from the baseline", () => {
    const baseline = spec?.baseline ?? NaN;
    const halved = costSummary(baseline / 2, baseline);
    expect(halved?.meetsTarget).toBe(true);
    expect(halved?.changeFromBaseline).toBeCloseTo(-0.5, 12);
    expect(halved?.trend).toBe("better");
    const cut40 = costSummary(baseline * 0.6, baseline);
    expect(cut40?.meetsTarget).toBe(false);
    expect(cut40?.changeFromBaseline).toBeCloseTo(-0.4, 12);
    const cut52 = costSummary(baseline * 0.48, baseline * 0.45);
    expect(cut52?.meetsTarget).toBe(true);
    expect(cut52?.trend).toBe("worse");
  });

  it("cannot assess an empty year, and says so in both languages", () => {
    const s = summarise(programme, [], { year: 2019, choices: {} });
    expect(s.areas.every((a) => a.suggestion.assessment === "cannotAssess")).toBe(true);
    expect(s.overall.suggestion.assessment).toBe("cannotAssess");
    const rows = programme.areas.reduce((n, a) => n + a.rows.length, 0);
    expect(s.totals.rows).toBe(rows);
    expect(s.departments.reduce((n, d) => n + d.owned, 0)).toBe(rows);
    expect(s.overall.draftText).toContain(`0 av ${rows} rader`);
    expect(s.overall.draftText).toContain("2018–2021");
    expect(renderReason(s.overall.suggestion, "en").length).toBeGreaterThan(20);
  });
});
