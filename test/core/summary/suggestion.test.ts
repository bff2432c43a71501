import fc from "fast-check";
import type { Thresholds } from "../../../src/core/programme/schema";
import { ASSESSMENT_SEVERITY, suggestOverall } from "../../../src/core/summary/overall";
import type { AreaFacts } from "../../../src/core/summary/suggestion-rules";
import { suggestForArea, SUGGESTION_RULES } from "../../../src/core/summary/suggestion-rules";
import { summarise } from "../../../src/core/summary/summarise";
import type { AreaSummary } from "../../../src/core/summary/types";
import type { Assessment } from "../../../src/core/vocabulary/vocabularies";
import { entries, makeProgramme, NO_CHOICES } from "./fixture";

const DEFAULTS: Thresholds = { onTrack: 0.8, partly: 0.5, minReported: 0.5 };

/** Ten rows, all reported and on track, nothing wrong: the "I fas" case to vary from. */
const ALL_WELL: AreaFacts = {
  rows: 10,
  reported: 10,
  assessed: 10,
  onTrack: 10,
  shareOnTrack: 1,
  goalsNotOnTrackIds: [],
  goalsPartlyIds: [],
  indicatorsWorseIds: [],
  decisiveWorseIds: [],
  indicatorsWithData: 0,
};

const withShare = (onTrack: number, assessed = 10): AreaFacts => ({
  ...ALL_WELL,
  assessed,
  onTrack,
  shareOnTrack: onTrack / assessed,
});

function decide(facts: AreaFacts, thresholds: Thresholds = DEFAULTS) {
  const s = suggestForArea(facts, thresholds);
  return [s.assessment, s.reasonKey] as const;
}

describe("the suggestion table for an area", () => {
  it("is I fas when everything is reported and on track", () => {
    expect(decide(ALL_WELL)).toEqual(["onTrack", "area.onTrack"]);
  });

  it("cannot assess when fewer than minReported of the rows are reported, and can exactly at it", () => {
    expect(decide({ ...ALL_WELL, reported: 4 })).toEqual(["cannotAssess", "area.tooFewReported"]);
    expect(decide({ ...ALL_WELL, reported: 5 })).toEqual(["onTrack", "area.onTrack"]);
  });

  it("cannot assess when no goal or activity counts and no indicator has a trend", () => {
    const nothing = { ...ALL_WELL, assessed: 0, onTrack: 0, shareOnTrack: null };
    expect(decide(nothing)).toEqual(["cannotAssess", "area.nothingAssessed"]);
    expect(decide({ ...nothing, indicatorsWithData: 1 })).toEqual(["onTrack", "area.onTrack"]);
    expect(decide({ ...nothing, indicatorsWithData: 1, indicatorsWorseIds: ["1.I1"] })).toEqual([
      "onTrack",
      "area.onTrack",
    ]);
    expect(
      decide({ ...nothing, indicatorsWithData: 1, indicatorsWorseIds: ["1.I1"], decisiveWorseIds: ["1.I1"] })
    ).toEqual(["partly", "area.indicatorWorse"]);
  });

  it("is Ej i fas when any goal is assessed Ej i fas, even with every other row on track", () => {
    expect(decide({ ...ALL_WELL, goalsNotOnTrackIds: ["1.M2"] })).toEqual(["notOnTrack", "area.goalNotOnTrack"]);
  });

  it("is Ej i fas below the partly threshold, Delvis i fas exactly at it", () => {
    expect(decide(withShare(4))).toEqual(["notOnTrack", "area.belowPartly"]);
    expect(decide(withShare(5))).toEqual(["partly", "area.belowOnTrack"]);
  });

  it("is Delvis i fas below the onTrack threshold, I fas exactly at it", () => {
    expect(decide(withShare(7))).toEqual(["partly", "area.belowOnTrack"]);
    expect(decide(withShare(8))).toEqual(["onTrack", "area.onTrack"]);
  });

  it("is Delvis i fas when a goal is Delvis i fas or a decisive indicator is worse, whatever the share", () => {
    expect(decide({ ...ALL_WELL, goalsPartlyIds: ["2.M1"] })).toEqual(["partly", "area.goalPartly"]);
    expect(
      decide({ ...ALL_WELL, indicatorsWithData: 1, indicatorsWorseIds: ["G1.I1"], decisiveWorseIds: ["G1.I1"] })
    ).toEqual(["partly", "area.indicatorWorse"]);
  });

  it("lets an indicator that is not decisive inform, not decide: I fas, with the indicator in the reason", () => {
    const s = suggestForArea({ ...ALL_WELL, indicatorsWithData: 2, indicatorsWorseIds: ["1.I2"] }, DEFAULTS);
    expect([s.assessment, s.reasonKey]).toEqual(["onTrack", "area.onTrack"]);
    expect(s.reasonParams).toMatchObject({ indicatorsWorseIds: "1.I2", decisiveWorse: 0 });
  });

  it("applies the rules in order: too few reported before a goal Ej i fas, a goal Ej i fas before the share", () => {
    expect(decide({ ...withShare(2), reported: 1, goalsNotOnTrackIds: ["1.M1"] })).toEqual([
      "cannotAssess",
      "area.tooFewReported",
    ]);
    expect(decide({ ...withShare(2), goalsNotOnTrackIds: ["1.M1"] })).toEqual(["notOnTrack", "area.goalNotOnTrack"]);
    expect(decide({ ...withShare(6), goalsPartlyIds: ["1.M1"] })).toEqual(["partly", "area.belowOnTrack"]);
  });

  it("ends in a rule that always applies, so every case gets a suggestion", () => {
    const last = SUGGESTION_RULES[SUGGESTION_RULES.length - 1];
    expect(last?.assessment).toBe("onTrack");
    expect(last?.applies(ALL_WELL, DEFAULTS)).toBe(true);
  });

  it("takes its thresholds from the arguments, boundaries included", () => {
    const t = { onTrack: 0.75, partly: 0.25, minReported: 0.9 };
    expect(decide(withShare(3, 4), t)).toEqual(["onTrack", "area.onTrack"]);
    expect(decide(withShare(2, 4), t)).toEqual(["partly", "area.belowOnTrack"]);
    expect(decide(withShare(1, 4), t)).toEqual(["partly", "area.belowOnTrack"]);
    expect(decide(withShare(0, 4), t)).toEqual(["notOnTrack", "area.belowPartly"]);
    expect(decide({ ...ALL_WELL, reported: 9 }, t)).toEqual(["onTrack", "area.onTrack"]);
    expect(decide({ ...ALL_WELL, reported: 8 }, t)).toEqual(["cannotAssess", "area.tooFewReported"]);
  });

  it("carries the facts it decided from in the reason's parameters", () => {
    const s = suggestForArea({ ...withShare(7), goalsPartlyIds: ["1.M1", "1.M2"] }, DEFAULTS);
    expect(s.reasonParams).toMatchObject({
      rows: 10,
      reported: 10,
      assessed: 10,
      onTrack: 7,
      shareOnTrack: 0.7,
      thresholdOnTrack: 0.8,
      goalsPartly: 2,
      goalsPartlyIds: "1.M1, 1.M2",
    });
  });

  it("agrees with a direct reading of the rules for random facts", () => {
    const facts = fc
      .record({
        rows: fc.integer({ min: 1, max: 40 }),
        reportedPart: fc.integer({ min: 0, max: 40 }),
        assessed: fc.integer({ min: 0, max: 40 }),
        onTrackPart: fc.integer({ min: 0, max: 40 }),
        notOnTrack: fc.integer({ min: 0, max: 2 }),
        partly: fc.integer({ min: 0, max: 2 }),
        worse: fc.integer({ min: 0, max: 2 }),
        decisive: fc.integer({ min: 0, max: 2 }),
        withData: fc.integer({ min: 0, max: 3 }),
      })
      .map((r): AreaFacts => {
        const onTrack = Math.min(r.onTrackPart, r.assessed);
        return {
          rows: r.rows,
          reported: Math.min(r.reportedPart, r.rows),
          assessed: r.assessed,
          onTrack,
          shareOnTrack: r.assessed === 0 ? null : onTrack / r.assessed,
          goalsNotOnTrackIds: Array.from({ length: r.notOnTrack }, (_, i) => `1.M${i + 1}`),
          goalsPartlyIds: Array.from({ length: r.partly }, (_, i) => `1.M${i + 5}`),
          indicatorsWorseIds: Array.from({ length: Math.min(r.worse, r.withData) }, (_, i) => `1.I${i + 1}`),
          decisiveWorseIds: Array.from({ length: Math.min(r.decisive, r.worse, r.withData) }, (_, i) => `1.I${i + 1}`),
          indicatorsWithData: r.withData,
        };
      });
    const thresholds = fc
      .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
      .map(([a, b, m]): Thresholds => ({
        partly: Math.min(a, b) / 20,
        onTrack: Math.max(a, b) / 20,
        minReported: m / 20,
      }));
    fc.assert(
      fc.property(facts, thresholds, (f, t) => {
        let expected: Assessment;
        const share = f.shareOnTrack;
        if (f.reported / f.rows < t.minReported || (f.assessed === 0 && f.indicatorsWithData === 0)) {
          expected = "cannotAssess";
        } else if (f.goalsNotOnTrackIds.length > 0 || (share !== null && share < t.partly)) {
          expected = "notOnTrack";
        } else if (
          (share !== null && share < t.onTrack) ||
          f.goalsPartlyIds.length > 0 ||
          f.decisiveWorseIds.length > 0
        ) {
          expected = "partly";
        } else {
          expected = "onTrack";
        }
        expect(suggestForArea(f, t).assessment).toBe(expected);
      })
    );
  });
});

describe("suggestions through summarise, with the programme's thresholds", () => {
  // Area 1: both goals I fas; activities done, ongoing, delayed, not started: 4 of 6 on track (67 %).
  const statuses = {
    "1.M1": "onTrack",
    "1.M2": "onTrack",
    "1.A1": "done",
    "1.A2": "ongoing",
    "1.A3": "delayed",
    "1.A4": "notStarted",
  };
  const area1 = (
    thresholds?: Partial<Thresholds>,
    values: Record<string, [number | null, number | null]> = { "1.I1": [72, 70] }
  ) => {
    const p =
      thresholds === undefined
        ? makeProgramme()
        : makeProgramme((input) => ({ ...input, thresholds: { ...DEFAULTS, ...thresholds } }));
    return summarise(p, entries(p, statuses, values), { year: 2019, choices: NO_CHOICES }).areas[0]?.suggestion;
  };

  it("uses the default thresholds when the programme gives none", () => {
    expect(makeProgramme().thresholds).toEqual(DEFAULTS);
    expect(area1()?.assessment).toBe("partly");
  });

  it("changes with the programme's thresholds", () => {
    expect(area1({ onTrack: 0.6 })?.assessment).toBe("onTrack");
    expect(area1({ onTrack: 0.9, partly: 0.7 })?.assessment).toBe("notOnTrack");
    expect(area1({ minReported: 1 }, {})?.assessment).toBe("cannotAssess");
    expect(area1({ minReported: 1 })?.assessment).toBe("partly");
  });

  it("names a worse indicator without letting it decide, unless the programme makes it decisive", () => {
    expect(area1({ onTrack: 0.6 }, { "1.I1": [65, 70] })).toMatchObject({
      assessment: "onTrack",
      reasonKey: "area.onTrack",
      reasonParams: { indicatorsWorseIds: "1.I1" },
    });
    const decisive = makeProgramme((input) => ({
      ...input,
      thresholds: { ...DEFAULTS, onTrack: 0.6 },
      areas: input.areas.map((a) => ({
        ...a,
        rows: a.rows.map((r) =>
          r.id === "1.I1" && r.indicator !== null && r.indicator !== undefined
            ? { ...r, indicator: { ...r.indicator, decisive: true } }
            : r
        ),
      })),
    }));
    expect(
      summarise(decisive, entries(decisive, statuses, { "1.I1": [65, 70] }), { year: 2019, choices: NO_CHOICES })
        .areas[0]?.suggestion
    ).toMatchObject({
      assessment: "partly",
      reasonKey: "area.indicatorWorse",
      reasonParams: { indicatorsWorseIds: "1.I1", decisiveWorseIds: "1.I1" },
    });
  });

  it("names the goals assessed Ej i fas", () => {
    const p = makeProgramme();
    const s = summarise(p, entries(p, { "2.M1": "notOnTrack", "2.A1": "done", "2.A2": "done" }), {
      year: 2019,
      choices: NO_CHOICES,
    });
    expect(s.areas[1]?.suggestion).toMatchObject({
      assessment: "notOnTrack",
      reasonKey: "area.goalNotOnTrack",
      reasonParams: { goalsNotOnTrackIds: "2.M1" },
    });
  });
});

describe("the overall suggestion", () => {
  const p = makeProgramme();

  it("is the worst area suggestion, guidelines included, and names what pulled it down", () => {
    const s = summarise(
      p,
      entries(
        p,
        {
          "1.M1": "onTrack",
          "1.M2": "onTrack",
          "1.A1": "done",
          "1.A2": "done",
          "1.A3": "done",
          "1.A4": "done",
          "2.M1": "partly",
          "2.A1": "done",
          "2.A2": "done",
          "G1.M1": "notOnTrack",
          "G1.A1": "done",
        },
        { "1.I1": [72, 70] }
      ),
      { year: 2019, choices: NO_CHOICES }
    );
    expect(s.areas.map((a) => a.suggestion.assessment)).toEqual(["onTrack", "partly", "notOnTrack"]);
    expect(s.overall.suggestion).toMatchObject({
      assessment: "notOnTrack",
      reasonKey: "overall.worstOf",
      reasonParams: { areaIds: "", guidelineIds: "G1", pulledDown: 1 },
    });
  });

  it("is I fas only when every area and guideline is", () => {
    const s = summarise(
      p,
      entries(p, {
        "1.M1": "onTrack",
        "1.M2": "onTrack",
        "1.A1": "done",
        "1.A2": "done",
        "2.M1": "onTrack",
        "2.A1": "done",
        "G1.M1": "onTrack",
        "G1.A1": "ongoing",
      }),
      { year: 2019, choices: NO_CHOICES }
    );
    expect(s.areas.every((a) => a.suggestion.assessment === "onTrack")).toBe(true);
    expect(s.overall.suggestion).toMatchObject({
      assessment: "onTrack",
      reasonKey: "overall.allOnTrack",
      reasonParams: { areaCount: 3 },
    });
  });

  it("sets aside one area that cannot be assessed, names it, and suggests from the rest", () => {
    const partlyAndUnknown = summarise(
      p,
      entries(p, {
        "1.M1": "partly",
        "1.M2": "onTrack",
        "1.A1": "done",
        "1.A2": "done",
        "G1.M1": "onTrack",
        "G1.A1": "done",
      }),
      {
        year: 2019,
        choices: NO_CHOICES,
      }
    );
    expect(partlyAndUnknown.areas.map((a) => a.suggestion.assessment)).toEqual(["partly", "cannotAssess", "onTrack"]);
    expect(partlyAndUnknown.overall.suggestion.assessment).toBe("partly");
    expect(partlyAndUnknown.overall.suggestion.reasonParams).toMatchObject({
      areaIds: "1",
      guidelineIds: "",
      unassessed: 1,
      unassessedAreaIds: "2",
      unassessedGuidelineIds: "",
    });
  });

  const assessment = fc.constantFrom<Assessment>("onTrack", "partly", "notOnTrack", "cannotAssess");
  const areaWith = (a: Assessment, i: number): AreaSummary => ({
    areaId: i % 2 === 0 ? String(i + 1) : `G${i + 1}`,
    kind: i % 2 === 0 ? "area" : "guideline",
    name: `Område ${i + 1}`,
    activities: {},
    goals: {},
    indicators: [],
    rows: 1,
    reported: 1,
    shareOnTrack: null,
    suggestion: { assessment: a, reasonKey: "area.onTrack", reasonParams: {} },
    chosen: null,
    text: null,
  });
  const totals = { rows: 1, reported: 1, assessed: 0, onTrack: 0, shareOnTrack: null };

  it("takes the least favourable of the areas that can be assessed; too many unassessable ones make it Kan inte bedömas", () => {
    const overall = (list: Assessment[]) => suggestOverall(list.map(areaWith), totals, DEFAULTS).assessment;
    expect(overall(["onTrack", "partly"])).toBe("partly");
    expect(overall(["partly", "cannotAssess", "onTrack"])).toBe("partly");
    expect(overall(["onTrack", "cannotAssess", "onTrack", "onTrack", "onTrack", "onTrack", "onTrack"])).toBe("onTrack");
    expect(overall(["cannotAssess", "notOnTrack", "partly"])).toBe("notOnTrack");
    expect(overall(["onTrack", "onTrack"])).toBe("onTrack");
    // Half can be assessed: enough (minReported 0.5); fewer than half: not.
    expect(overall(["cannotAssess", "onTrack"])).toBe("onTrack");
    expect(overall(["cannotAssess", "cannotAssess", "onTrack"])).toBe("cannotAssess");
  });

  it("for any mix of area suggestions, follows the rule and names exactly the areas behind it and those set aside", () => {
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 1, maxLength: 9 }), (list) => {
        const areas = list.map(areaWith);
        const s = suggestOverall(areas, totals, DEFAULTS);
        const assessable = list.filter((a) => a !== "cannotAssess");
        const expected: Assessment =
          assessable.length / list.length < DEFAULTS.minReported
            ? "cannotAssess"
            : assessable.reduce<Assessment>(
                (acc, a) => (ASSESSMENT_SEVERITY[a] > ASSESSMENT_SEVERITY[acc] ? a : acc),
                "onTrack"
              );
        expect(s.assessment).toBe(expected);
        const setAside = [String(s.reasonParams.unassessedAreaIds), String(s.reasonParams.unassessedGuidelineIds)]
          .flatMap((x) => x.split(", "))
          .filter((x) => x !== "");
        expect(setAside.sort()).toEqual(
          areas
            .filter((a) => a.suggestion.assessment === "cannotAssess")
            .map((a) => a.areaId)
            .sort()
        );
        if (s.assessment !== "onTrack") {
          const named = [String(s.reasonParams.areaIds), String(s.reasonParams.guidelineIds)]
            .flatMap((x) => x.split(", "))
            .filter((x) => x !== "");
          expect(named.sort()).toEqual(
            areas
              .filter((a) => a.suggestion.assessment === s.assessment)
              .map((a) => a.areaId)
              .sort()
          );
        }
      })
    );
  });
});
