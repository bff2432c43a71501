import { draftOverallText, renderReason } from "../../../src/core/summary/summary-messages";
import { AREA_REASON_KEYS, OVERALL_REASON_KEYS } from "../../../src/core/summary/reasons";
import { formatNumber, formatPercent, formatShareAgainst } from "../../../src/core/summary/number-format";
import { suggestForArea } from "../../../src/core/summary/suggestion-rules";
import type { AreaFacts } from "../../../src/core/summary/suggestion-rules";
import { summarise } from "../../../src/core/summary/summarise";
import type { Suggestion, Summary } from "../../../src/core/summary/types";
import type { Assessment } from "../../../src/core/vocabulary/vocabularies";
import { LANGS } from "../../../src/core/lang";
import { entries, makeProgramme, NO_CHOICES } from "./fixture";

const DEFAULTS = { onTrack: 0.8, partly: 0.5, minReported: 0.5 };

describe("number formatting", () => {
  it("writes Swedish numbers with a decimal comma and spaces between thousands", () => {
    expect(formatNumber(1234567.5, "sv")).toBe("1 234 567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber(600000, "sv")).toBe("600 000");
    expect(formatNumber(-1234.25, "sv")).toBe("-1 234,25");
    expect(formatNumber(999, "sv")).toBe("999");
    expect(formatNumber(0.004, "sv")).toBe("0");
    expect(formatNumber(-0.004, "sv")).toBe("0");
    expect(formatNumber(2e21, "sv")).toBe("2e+21");
  });

  it("writes percentages with a space before % in Swedish", () => {
    expect(formatPercent(12 / 14, "sv")).toBe("86 %");
    expect(formatPercent(12 / 14, "en")).toBe("86%");
    expect(formatPercent(0.755, "sv", 1)).toBe("75,5 %");
  });

  it("never shows a share just below its threshold as equal to it", () => {
    expect(formatShareAgainst(0.796, 0.8, "sv")).toBe("79,6 %");
    expect(formatShareAgainst(0.8, 0.8, "sv")).toBe("80 %");
    expect(formatShareAgainst(0.7, 0.8, "sv")).toBe("70 %");
    expect(formatShareAgainst(0.7999, 0.8, "en")).toBe("79.99%");
  });
});

describe("renderReason", () => {
  const facts: AreaFacts = {
    rows: 16,
    reported: 16,
    assessed: 14,
    onTrack: 12,
    shareOnTrack: 12 / 14,
    goalsNotOnTrackIds: [],
    goalsPartlyIds: [],
    indicatorsWorseIds: [],
    decisiveWorseIds: [],
    indicatorsWithData: 0,
  };

  it("says in committee Swedish how many assessed goals and activities are on track and against which threshold", () => {
    const text = renderReason(suggestForArea(facts, DEFAULTS), "sv");
    expect(text).toBe(
      "12 av 14 bedömda mål och aktiviteter (86 %) är i fas och inget mål bedöms Ej i fas (gränsen för I fas är 80 %)."
    );
  });

  it("says the same in English", () => {
    const text = renderReason(suggestForArea(facts, DEFAULTS), "en");
    expect(text).toContain("12 of 14 assessed goals and activities (86%) are on track");
    expect(text).toContain("80%");
  });

  it("names a worse indicator that did not decide as something to watch", () => {
    const s = suggestForArea({ ...facts, indicatorsWithData: 2, indicatorsWorseIds: ["1.I2"] }, DEFAULTS);
    expect(renderReason(s, "sv")).toBe(
      "12 av 14 bedömda mål och aktiviteter (86 %) är i fas och inget mål bedöms Ej i fas (gränsen för I fas är 80 %). Att bevaka: indikatorn 1.I2 har blivit sämre sedan förra året."
    );
    expect(renderReason(s, "en")).toContain("To watch: indicator 1.I2 is worse than last year.");
  });

  const cases: Record<string, AreaFacts> = {
    "area.tooFewReported": { ...facts, reported: 3 },
    "area.nothingAssessed": { ...facts, assessed: 0, onTrack: 0, shareOnTrack: null },
    "area.goalNotOnTrack": { ...facts, goalsNotOnTrackIds: ["3.M2"] },
    "area.belowPartly": { ...facts, onTrack: 6, shareOnTrack: 6 / 14 },
    "area.belowOnTrack": { ...facts, onTrack: 10, shareOnTrack: 10 / 14 },
    "area.goalPartly": { ...facts, goalsPartlyIds: ["3.M1", "3.M4"] },
    "area.indicatorWorse": {
      ...facts,
      indicatorsWithData: 2,
      indicatorsWorseIds: ["G1.I1"],
      decisiveWorseIds: ["G1.I1"],
    },
    "area.onTrack": facts,
  };

  it.each(AREA_REASON_KEYS.map((k) => [k]))("renders %s in both languages with its figures", (key) => {
    const f = cases[key];
    if (f === undefined) {
      throw new Error(`no case for ${key}`);
    }
    const s = suggestForArea(f, DEFAULTS);
    expect(s.reasonKey).toBe(key);
    for (const lang of LANGS) {
      const text = renderReason(s, lang);
      expect(text.length).toBeGreaterThan(20);
      expect(text).toMatch(/\.$/);
      expect(text).not.toMatch(/undefined|NaN|null/);
    }
    const sv = renderReason(s, "sv");
    const en = renderReason(s, "en");
    expect(sv).not.toBe(en);
    if (key === "area.tooFewReported") {
      expect(sv).toContain("3 av områdets 16 mål, aktiviteter och indikatorer (19 %)");
      expect(sv).toContain("50 %");
      expect(en).toContain("3 of the area's 16 goals, activities and indicators (19%)");
    } else if (key === "area.nothingAssessed") {
      expect(sv).toContain("16 av områdets 16");
      expect(en).toContain("16 of the area's 16");
    } else {
      expect(sv).toContain(`${f.onTrack} av 14 bedömda mål och aktiviteter`);
      expect(en).toContain(`${f.onTrack} of 14 assessed goals and activities`);
    }
    for (const id of [...f.goalsNotOnTrackIds, ...f.goalsPartlyIds, ...f.indicatorsWorseIds]) {
      expect(sv).toContain(id);
      expect(en).toContain(id);
    }
    if (key === "area.belowPartly") {
      expect(sv).toContain("under gränsen för Delvis i fas (50 %)");
    }
  });

  it("says plainly when nothing at all is reported", () => {
    const s = suggestForArea({ ...facts, reported: 0, assessed: 0, onTrack: 0, shareOnTrack: null }, DEFAULTS);
    expect(renderReason(s, "sv")).toBe(
      "Inget av områdets 16 mål, aktiviteter och indikatorer är rapporterat, och minst 50 % krävs för en bedömning."
    );
    expect(renderReason(s, "en")).toContain("None of the area's 16 goals");
  });

  it("gives each area reason its own sentence", () => {
    const texts = AREA_REASON_KEYS.map((key) => renderReason(suggestForArea(cases[key] ?? facts, DEFAULTS), "sv"));
    expect(new Set(texts).size).toBe(AREA_REASON_KEYS.length);
  });

  it("renders the overall reasons, naming the areas and guidelines the suggestion follows", () => {
    const base = {
      areaCount: 7,
      rows: 100,
      reported: 90,
      assessed: 50,
      onTrack: 35,
      shareOnTrack: 0.7,
      thresholdOnTrack: 0.8,
    };
    const worst: Suggestion = {
      assessment: "partly",
      reasonKey: "overall.worstOf",
      reasonParams: { ...base, pulledDown: 3, areaIds: "3, 4", guidelineIds: "G1" },
    };
    const sv = renderReason(worst, "sv");
    expect(sv).toContain("Förslaget följer områdena 3 och 4 samt riktlinje G1, som bedöms Delvis i fas");
    expect(sv).toContain("i hela programmet är 35 av 50 bedömda mål och aktiviteter (70 %) i fas");
    expect(sv).not.toMatch(/rader|svagaste/);
    const en = renderReason(worst, "en");
    expect(en).toContain("The suggestion follows areas 3 and 4 and guideline G1, which are suggested Partly on track");
    const one: Suggestion = {
      assessment: "notOnTrack",
      reasonKey: "overall.worstOf",
      reasonParams: { ...base, pulledDown: 1, areaIds: "2", guidelineIds: "" },
    };
    expect(renderReason(one, "sv")).toContain("Förslaget följer område 2, som bedöms Ej i fas");
    expect(renderReason(one, "en")).toContain("follows area 2, which is suggested Not on track");
    const all: Suggestion = {
      assessment: "onTrack",
      reasonKey: "overall.allOnTrack",
      reasonParams: { ...base, pulledDown: 0, areaIds: "", guidelineIds: "" },
    };
    expect(renderReason(all, "sv")).toContain("Alla sju områden och riktlinjer bedöms I fas");
    expect(renderReason(all, "en")).toContain("All seven areas and guidelines");
    const oneAside: Suggestion = {
      assessment: "onTrack",
      reasonKey: "overall.allOnTrack",
      reasonParams: { ...base, assessableCount: 6, unassessed: 1, unassessedAreaIds: "", unassessedGuidelineIds: "G2" },
    };
    expect(renderReason(oneAside, "sv")).toBe(
      "De sex områden och riktlinjer som kan bedömas bedöms I fas; i hela programmet är 35 av 50 bedömda mål och aktiviteter (70 %) i fas. Riktlinje G2 kan inte bedömas i år och ingår inte i förslaget; det behöver rapporteras innan bedömningen fastställs."
    );
    const tooMany: Suggestion = {
      assessment: "cannotAssess",
      reasonKey: "overall.tooManyUnassessed",
      reasonParams: {
        ...base,
        thresholdMinReported: 0.5,
        unassessed: 4,
        unassessedAreaIds: "2, 3, 4",
        unassessedGuidelineIds: "G2",
      },
    };
    expect(renderReason(tooMany, "sv")).toBe(
      "Fyra av sju områden och riktlinjer kan inte bedömas i år (områdena 2, 3 och 4 samt riktlinje G2), så programmet kan inte bedömas som helhet; minst 50 % av dem behöver kunna bedömas."
    );
    expect(OVERALL_REASON_KEYS).toEqual(["overall.allOnTrack", "overall.worstOf", "overall.tooManyUnassessed"]);
  });

  it("does not fail on a reason key it does not know", () => {
    const s: Suggestion = { assessment: "partly", reasonKey: "area.fromTheFuture", reasonParams: {} };
    expect(renderReason(s, "sv")).toContain("Delvis i fas");
    expect(renderReason(s, "en")).toContain("Partly on track");
  });
});

describe("draftOverallText", () => {
  const programme = makeProgramme();
  const summary = summarise(
    programme,
    entries(programme, {
      "1.M1": "onTrack",
      "1.M2": "onTrack",
      "1.A1": "done",
      "1.A2": "done",
      "2.M1": "partly",
      "2.A1": "done",
      "G1.M1": "onTrack",
      "G1.A1": "done",
    }),
    { year: 2019, choices: NO_CHOICES }
  );
  const withOverall = (s: Summary, assessment: Assessment, chosen: Assessment | null = null): Summary => ({
    ...s,
    overall: { ...s.overall, chosen, suggestion: { ...s.overall.suggestion, assessment } },
  });

  it("fills in the summary's draft text in Swedish by default and in English when asked", () => {
    expect(summary.overall.suggestion.assessment).toBe("partly");
    expect(summary.overall.draftText).toBe(draftOverallText(programme, summary, "sv"));
    const en = summarise(programme, [], { year: 2019, choices: NO_CHOICES, lang: "en" });
    expect(en.overall.draftText).toBe(draftOverallText(programme, en, "en"));
  });

  it("names the year, the period and the figures, and varies with the assessment", () => {
    const texts = new Set<string>();
    for (const lang of LANGS) {
      for (const assessment of ["onTrack", "partly", "notOnTrack", "cannotAssess"] as const) {
        const text = draftOverallText(programme, withOverall(summary, assessment), lang);
        expect(text).toContain("2019");
        expect(text).toContain("2018–2021");
        expect(text).not.toMatch(/undefined|NaN|null/);
        texts.add(text);
      }
    }
    expect(texts.size).toBe(8);
    // Totals: 1.M1, 1.M2, 1.A1, 1.A2, 2.A1, G1.M1, G1.A1 on track of 8 assessed (2.M1 is Delvis i fas).
    expect(draftOverallText(programme, withOverall(summary, "onTrack"), "sv")).toContain("7 av 8 (88 %)");
    expect(draftOverallText(programme, withOverall(summary, "onTrack"), "en")).toContain("7 of 8 (88%)");
  });

  it("says the work is on track so the goals can be reached within the period when it is", () => {
    const sv = draftOverallText(programme, withOverall(summary, "onTrack"), "sv");
    expect(sv).toContain("ligga i fas");
    expect(sv).toContain("programperioden 2018–2021");
    expect(draftOverallText(programme, withOverall(summary, "onTrack"), "en")).toContain("on track");
  });

  it("names the areas behind a Delvis i fas, with what holds each back", () => {
    expect(draftOverallText(programme, summary, "sv")).toContain(
      "Mycket går enligt plan, men inom område 2 är bara 1 av 2 bedömda mål och aktiviteter (50 %) i fas, och där behöver arbetet komma längre"
    );
    expect(draftOverallText(programme, summary, "en")).toContain(
      "in area 2 only 1 of 2 assessed goals and activities (50%) is on track"
    );
    // Enough on track for I fas (threshold 60 %) but a goal judged Delvis i fas: the draft names the goal.
    const lenient = makeProgramme((input) => ({
      ...input,
      thresholds: { onTrack: 0.6, partly: 0.5, minReported: 0.5 },
    }));
    const goalPartly = summarise(
      lenient,
      entries(lenient, {
        "1.M1": "onTrack",
        "1.M2": "onTrack",
        "1.A1": "done",
        "1.A2": "done",
        "2.M1": "partly",
        "2.A1": "done",
        "2.A2": "done",
        "G1.M1": "onTrack",
        "G1.A1": "done",
      }),
      { year: 2019, choices: NO_CHOICES }
    );
    expect(draftOverallText(lenient, goalPartly, "sv")).toContain(
      "men inom område 2 bedöms målet 2.M1 bara delvis vara i fas, och där behöver arbetet komma längre"
    );
  });

  it("gives the reporting figures when the work cannot be assessed", () => {
    const empty = summarise(programme, [], { year: 2019, choices: NO_CHOICES });
    expect(empty.overall.suggestion.assessment).toBe("cannotAssess");
    expect(draftOverallText(programme, empty, "sv")).toContain("0 av programmets 14 mål, aktiviteter och indikatorer");
    expect(draftOverallText(programme, empty, "en")).toContain(
      "0 of the programme's 14 goals, activities and indicators"
    );
  });

  it("follows the coordinator's chosen assessment rather than contradict it", () => {
    const chosen = withOverall(summary, "partly", "onTrack");
    expect(draftOverallText(programme, chosen, "sv")).toBe(
      draftOverallText(programme, withOverall(summary, "onTrack"), "sv")
    );
  });
});
