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

  const cost2018 = spec?.history["2018"] ?? NaN;

  it("computes the graffiti cost baseline from the 2018 and 2019 values, and does not judge 2019 against the target", () => {
    expect(spec?.betterWhen).toBe("lower");
    const in2019 = costSummary(3_450_000, cost2018, 2019);
    expect(in2019?.baseline).toBe((cost2018 + 3_450_000) / 2);
    expect(in2019?.target).toBe((cost2018 + 3_450_000) / 4);
    expect(in2019?.baselineYear).toBe(true);
    expect([in2019?.meetsTarget, in2019?.changeFromBaseline]).toEqual([null, null]);
  });

  it("from 2020 meets the target at half the baseline or less, and reports the change from the baseline", () => {
    const value2019 = 3_450_000;
    const baseline = (cost2018 + value2019) / 2;
    // In 2020, last year's value is 2019's: with 2018 from the history, the baseline is known.
    const halved = costSummary(baseline / 2, value2019);
    expect(halved?.baseline).toBe(baseline);
    expect(halved?.meetsTarget).toBe(true);
    expect(halved?.changeFromBaseline).toBeCloseTo(-0.5, 12);
    expect(halved?.trend).toBe("better");
    const cut40 = costSummary(baseline * 0.6, value2019);
    expect(cut40?.meetsTarget).toBe(false);
    expect(cut40?.changeFromBaseline).toBeCloseTo(-0.4, 12);
    // Without 2019's value the baseline is not known, and nothing is judged against a guess.
    const unknown = costSummary(baseline / 2, null);
    expect([unknown?.baseline, unknown?.target, unknown?.meetsTarget]).toEqual([null, null, null]);
  });

  it("cannot assess an empty year, and says so in both languages", () => {
    const s = summarise(programme, [], { year: 2019, choices: {} });
    expect(s.areas.every((a) => a.suggestion.assessment === "cannotAssess")).toBe(true);
    expect(s.overall.suggestion.assessment).toBe("cannotAssess");
    const rows = programme.areas.reduce((n, a) => n + a.rows.length, 0);
    expect(s.totals.rows).toBe(rows);
    expect(s.departments.reduce((n, d) => n + d.owned, 0)).toBe(rows);
    expect(s.overall.draftText).toContain(`0 av programmets ${rows} mål, aktiviteter och indikatorer`);
    expect(s.overall.draftText).toContain("2018–2021");
    expect(renderReason(s.overall.suggestion, "en").length).toBeGreaterThan(20);
  });
});
