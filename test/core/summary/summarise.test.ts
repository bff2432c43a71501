import { summarise } from "../../../src/core/summary/summarise";
import type { AreaSummary, Summary } from "../../../src/core/summary/types";
import { entries, entry, makeProgramme, NO_CHOICES } from "./fixture";

const programme = makeProgramme();

function area(summary: Summary, id: string): AreaSummary {
  const found = summary.areas.find((a) => a.areaId === id);
  if (found === undefined) {
    throw new Error(`no area ${id}`);
  }
  return found;
}

function department(summary: Summary, code: string) {
  return summary.departments.find((d) => d.department === code);
}

const zeroActivities = { done: 0, ongoing: 0, delayed: 0, notStarted: 0, dropped: 0, unreported: 0, unrecognised: 0 };
const zeroGoals = { onTrack: 0, partly: 0, notOnTrack: 0, cannotAssess: 0, unreported: 0, unrecognised: 0 };

describe("counts per area and guideline", () => {
  const summary = summarise(
    programme,
    entries(
      programme,
      { "1.M1": "onTrack", "1.M2": "partly", "1.A1": "done", "1.A2": "ongoing", "1.A3": "delayed", "G1.A1": "dropped" },
      { "1.I1": [72, 70] }
    ),
    { year: 2019, choices: NO_CHOICES }
  );

  it("counts activities by status code, with the unfilled row as unreported", () => {
    expect(area(summary, "1").activities).toEqual({
      ...zeroActivities,
      done: 1,
      ongoing: 1,
      delayed: 1,
      unreported: 1,
    });
  });

  it("counts goals by assessment code", () => {
    expect(area(summary, "1").goals).toEqual({ ...zeroGoals, onTrack: 1, partly: 1 });
  });

  it("counts every row of an area nobody reported as unreported", () => {
    const a2 = area(summary, "2");
    expect(a2.activities).toEqual({ ...zeroActivities, unreported: 2 });
    expect(a2.goals).toEqual({ ...zeroGoals, unreported: 1 });
    expect(a2.reported).toBe(0);
    expect(a2.rows).toBe(3);
  });

  it("summarises guidelines like areas, with their kind", () => {
    const g1 = area(summary, "G1");
    expect(g1.kind).toBe("guideline");
    expect(g1.activities).toEqual({ ...zeroActivities, dropped: 1 });
    expect(g1.goals).toEqual({ ...zeroGoals, unreported: 1 });
  });

  it("counts rows and reported rows, indicators included", () => {
    // Area 1: 7 rows; 1.A4 is the only one left empty.
    expect(area(summary, "1").rows).toBe(7);
    expect(area(summary, "1").reported).toBe(6);
    expect(summary.totals.rows).toBe(14);
    expect(summary.totals.reported).toBe(6 + 0 + 1);
  });

  it("keeps a status that is not a term of the row's vocabulary apart from the unreported ones, never as reported", () => {
    const s = summarise(
      programme,
      [entry(programme, "1.A1", { status: "onTrack" }), entry(programme, "1.M1", { status: null, reported: true })],
      {
        year: 2019,
        choices: NO_CHOICES,
      }
    );
    expect(area(s, "1").activities.unrecognised).toBe(1);
    expect(area(s, "1").goals.unrecognised).toBe(1);
    expect(area(s, "1").reported).toBe(0);
    expect(area(s, "1").shareOnTrack).toBeNull();
  });

  it("ignores entries for rows the programme does not know, and takes the first of duplicate IDs", () => {
    const stray = { ...entry(programme, "1.A1", { status: "done" }), rowId: "9.A9", areaId: "9" };
    const s = summarise(
      programme,
      [entry(programme, "1.A1", { status: "delayed" }), entry(programme, "1.A1", { status: "done" }), stray],
      {
        year: 2019,
        choices: NO_CHOICES,
      }
    );
    expect(area(s, "1").activities.delayed).toBe(1);
    expect(area(s, "1").activities.done).toBe(0);
    expect(s.totals.rows).toBe(14);
  });
});

describe("share on track", () => {
  it("counts I fas goals and Genomförd/Pågår activities among the assessed goals and activities", () => {
    const s = summarise(
      programme,
      entries(programme, { "1.M1": "onTrack", "1.M2": "partly", "1.A1": "done", "1.A2": "ongoing", "1.A3": "delayed" }),
      { year: 2019, choices: NO_CHOICES }
    );
    // on track: 1.M1, 1.A1, 1.A2 — assessed: those plus 1.M2 and 1.A3.
    expect(area(s, "1").shareOnTrack).toBeCloseTo(3 / 5, 12);
    expect(area(s, "1").assessed).toBe(5);
    expect(area(s, "1").onTrack).toBe(3);
  });

  it("leaves dropped activities and goals that cannot be assessed out of both sides", () => {
    const s = summarise(programme, entries(programme, { "2.M1": "onTrack", "2.A1": "dropped", "2.A2": "notStarted" }), {
      year: 2019,
      choices: NO_CHOICES,
    });
    expect(area(s, "2").shareOnTrack).toBe(1 / 2);
    const s2 = summarise(programme, entries(programme, { "2.M1": "cannotAssess", "2.A1": "done", "2.A2": "dropped" }), {
      year: 2019,
      choices: NO_CHOICES,
    });
    expect(area(s2, "2").shareOnTrack).toBe(1);
    expect(area(s2, "2").assessed).toBe(1);
  });

  it("is null, not zero, when nothing is assessed", () => {
    const s = summarise(programme, entries(programme, { "2.A1": "dropped" }), { year: 2019, choices: NO_CHOICES });
    expect(area(s, "2").shareOnTrack).toBeNull();
    expect(area(s, "1").shareOnTrack).toBeNull();
  });

  it("pools the programme total from rows, not from the areas' shares", () => {
    // Area 1: 1 of 1 on track; area 2: 1 of 3 on track. Mean of shares would be 2/3, pooled 2/4.
    const s = summarise(
      programme,
      entries(programme, { "1.A1": "done", "2.M1": "onTrack", "2.A1": "delayed", "2.A2": "notStarted" }),
      {
        year: 2019,
        choices: NO_CHOICES,
      }
    );
    expect(s.totals.shareOnTrack).toBe(2 / 4);
    expect(s.totals.assessed).toBe(4);
  });
});

describe("reporting progress per department", () => {
  it("gives rows owned and filled per department from the programme's responsibilities", () => {
    const s = summarise(
      programme,
      entries(programme, { "1.M2": "onTrack", "1.A1": "done" }, { "G1.I1": [700_000, 900_000] }),
      {
        year: 2019,
        choices: NO_CHOICES,
      }
    );
    // NBF: 1.M2, 1.A1, 1.A2, G1.M1, G1.A1, G1.I1, G1.I2.
    expect(department(s, "NBF")).toMatchObject({ owned: 7, filled: 3, share: 3 / 7 });
    expect(department(s, "KSF")).toMatchObject({ owned: 3, filled: 0, share: 0 });
    expect(department(s, "BUF")).toMatchObject({ owned: 2, filled: 0 });
    expect(department(s, "SBFF")).toMatchObject({ owned: 2, filled: 0 });
    expect(department(s, "NBF")?.activities).toEqual({ ...zeroActivities, done: 1, unreported: 2 });
    expect(department(s, "NBF")?.goals).toEqual({ ...zeroGoals, onTrack: 1, unreported: 1 });
  });

  it("counts a row for the department entered in the sheet when one is set, matching codes loosely", () => {
    const s = summarise(programme, [entry(programme, "1.A4", { status: "done", department: " ksf " })], {
      year: 2019,
      choices: NO_CHOICES,
    });
    expect(department(s, "KSF")).toMatchObject({ owned: 4, filled: 1 });
    expect(department(s, "BUF")).toMatchObject({ owned: 1, filled: 0 });
  });

  it("lists a department the programme does not know after the known ones, and leaves out departments without rows", () => {
    const s = summarise(
      programme,
      [
        entry(programme, "2.A2", { status: "done", department: "XYZ" }),
        entry(programme, "1.A4", { department: "KSF" }),
      ],
      { year: 2019, choices: NO_CHOICES }
    );
    expect(s.departments.map((d) => d.department)).toEqual(["KSF", "NBF", "SBFF", "XYZ"]);
    expect(department(s, "XYZ")).toMatchObject({ owned: 1, filled: 1, share: 1 });
    expect(s.departments.reduce((n, d) => n + d.owned, 0)).toBe(s.totals.rows);
  });
});

describe("indicators", () => {
  function indicator(entriesGiven: ReturnType<typeof entries>, rowId: string, year = 2019) {
    const s = summarise(programme, entriesGiven, { year, choices: NO_CHOICES });
    const found = s.areas.flatMap((a) => a.indicators).find((i) => i.rowId === rowId);
    if (found === undefined) {
      throw new Error(`no indicator ${rowId}`);
    }
    return found;
  }

  it("calls a rise better when higher is better, and worse when lower is better", () => {
    expect(indicator(entries(programme, {}, { "1.I1": [72, 70] }), "1.I1").trend).toBe("better");
    expect(indicator(entries(programme, {}, { "1.I1": [68, 70] }), "1.I1").trend).toBe("worse");
    expect(indicator(entries(programme, {}, { "G1.I1": [1_300_000, 1_100_000] }), "G1.I1").trend).toBe("worse");
    expect(indicator(entries(programme, {}, { "G1.I1": [800_000, 1_100_000] }), "G1.I1").trend).toBe("better");
  });

  it("calls equal values unchanged and a missing value no data", () => {
    expect(indicator(entries(programme, {}, { "G1.I1": [900_000, 900_000] }), "G1.I1").trend).toBe("unchanged");
    expect(indicator(entries(programme, {}, { "G1.I2": [90, null] }), "G1.I2").trend).toBe("noData");
    expect(indicator(entries(programme, {}, { "G1.I2": [null, 90] }), "G1.I2").trend).toBe("noData");
    expect(indicator([], "G1.I2").trend).toBe("noData");
  });

  it("falls back on the programme's history for last year's value when the cell is empty", () => {
    const i = indicator(entries(programme, {}, { "1.I1": [72, null] }), "1.I1", 2019);
    expect(i.lastYear).toBe(70);
    expect(i.trend).toBe("better");
    expect(indicator(entries(programme, {}, { "1.I1": [72, null] }), "1.I1", 2020).trend).toBe("noData");
    // An entered last-year value wins over the history.
    expect(indicator(entries(programme, {}, { "1.I1": [72, 80] }), "1.I1", 2019).trend).toBe("worse");
  });

  it("meets a higher-is-better target at or above it", () => {
    expect(indicator(entries(programme, {}, { "1.I1": [75, 70] }), "1.I1").meetsTarget).toBe(true);
    expect(indicator(entries(programme, {}, { "1.I1": [74.9, 70] }), "1.I1").meetsTarget).toBe(false);
    expect(indicator(entries(programme, {}, { "G1.I2": [100, null] }), "G1.I2").meetsTarget).toBe(true);
    expect(indicator([], "1.I1").meetsTarget).toBeNull();
  });

  it("compares the graffiti removal cost with half its baseline: lower is better, at most the target meets it", () => {
    const spec = programme.areas.flatMap((a) => a.rows).find((r) => r.id === "G1.I1")?.indicator;
    const baseline = spec?.baseline ?? NaN;
    expect(spec?.target).toBe(baseline * 0.5);
    const at = (value: number) => indicator(entries(programme, {}, { "G1.I1": [value, null] }), "G1.I1");
    expect(at(baseline * 0.5).meetsTarget).toBe(true);
    expect(at(baseline * 0.5 - 1).meetsTarget).toBe(true);
    expect(at(baseline * 0.5 + 1).meetsTarget).toBe(false);
    expect(at(baseline).meetsTarget).toBe(false);
    expect(at(baseline * 0.5).changeFromBaseline).toBeCloseTo(-0.5, 12);
    expect(at(baseline * 0.4).changeFromBaseline).toBeCloseTo(-0.6, 12);
    expect(at(baseline * 0.5).baseline).toBe(baseline);
    expect(at(baseline * 0.5).betterWhen).toBe("lower");
  });

  it("has no target verdict for an indicator without a target", () => {
    const p = makeProgramme((input) => {
      const g1 = input.areas[2];
      const row = g1?.rows[3];
      if (row?.indicator) {
        row.indicator.target = null;
      }
      return input;
    });
    const s = summarise(p, entries(p, {}, { "G1.I2": [90, 80] }), { year: 2019, choices: NO_CHOICES });
    expect(s.areas[2]?.indicators.find((i) => i.rowId === "G1.I2")?.meetsTarget).toBeNull();
  });
});
