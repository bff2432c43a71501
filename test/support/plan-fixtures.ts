import { ACTIVITY_STATUS, ASSESSMENT } from "../../src/core";
import { activity, area, goal, indicator, programme, text } from "./programme-factory";
import type { AreaSummary, Programme, Summary } from "../../src/core";

/**
 * Hand-built inputs for plan, reader and file tests, independent of summarise: a small
 * programme with every row type and a summary whose numbers are chosen by the test.
 */

export function smallProgramme(): Programme {
  const adopted = (t: string): ReturnType<typeof text> => text(t, "confirmed");
  return programme({
    name: adopted("Program för trygghet & säkerhet 2018–2021"),
    municipality: "Exempelkommun",
    dnr: "KS-2016/1",
    overallGoal: text("Kommunen är trygg och säker för alla."),
    departments: [
      { code: "KSF", name: "Kommunstyrelsens förvaltning" },
      { code: "BUF", name: "Barn- och utbildningsförvaltningen" },
      { code: "SBFF", name: "Södertörns brandförsvarsförbund", external: true },
    ],
    areas: [
      area({
        id: "1",
        name: adopted("Trygghetsskapande och brottsförebyggande arbete"),
        sheetName: "1 Trygghet",
        delmal: adopted("Öka tryggheten och minska utsattheten för brott."),
        covers: "Samverkan, trygga offentliga miljöer.",
        rows: [
          goal("1.M1", "Gemensam lägesbild", "KSF"),
          activity("1.A1", "Trygghetsvandringar", "KSF", "1.M1"),
          activity("1.A2", "Belysning i parker", "BUF", "1.M1"),
          indicator("1.I1", "Andel som känner sig trygga", "KSF", {
            unit: "%",
            betterWhen: "higher",
            target: 80,
            history: { "2018": 71 },
          }),
        ],
      }),
      area({
        id: "G1",
        kind: "guideline",
        name: adopted("Klotter"),
        sheetName: "G1 Klotter",
        delmal: adopted("Halvera kostnaden för klottersanering."),
        covers: adopted("Anmälan och sanering av klotter."),
        rows: [
          goal("G1.M1", adopted("Sanering inom 48 timmar"), "SBFF"),
          indicator("G1.I1", adopted("Saneringskostnad"), "KSF", {
            unit: "kr",
            betterWhen: "lower",
            target: null,
            history: { "2018": 1200000 },
          }),
          activity("G1.A1", adopted("En väg in för anmälningar"), "KSF"),
        ],
      }),
    ],
  });
}

function counts(codes: readonly string[], given: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { unreported: 0 };
  for (const c of codes) {
    out[c] = given[c] ?? 0;
  }
  return out;
}

export interface HandAreaNumbers {
  readonly activities?: Readonly<Record<string, number>>;
  readonly goals?: Readonly<Record<string, number>>;
  readonly reported?: number;
}

/** A summary with the numbers the test gives (zero elsewhere) and a fixed suggestion per area. */
export function handSummary(
  programme: Programme,
  year: number,
  numbers: Readonly<Record<string, HandAreaNumbers>> = {}
): Summary {
  const areas: AreaSummary[] = programme.areas.map((a) => {
    const n = numbers[a.id] ?? {};
    return {
      areaId: a.id,
      kind: a.kind,
      name: a.name.text,
      activities: counts(
        ACTIVITY_STATUS.map((t) => t.code),
        n.activities ?? {}
      ),
      goals: counts(
        ASSESSMENT.map((t) => t.code),
        n.goals ?? {}
      ),
      indicators: [],
      rows: a.rows.length,
      reported: n.reported ?? 0,
      shareOnTrack: null,
      suggestion: {
        assessment: "cannotAssess",
        reasonKey: "area.tooFewReported",
        reasonParams: { rows: a.rows.length, reported: n.reported ?? 0, reportedShare: 0, thresholdMinReported: 0.5 },
      },
      chosen: null,
      text: null,
    };
  });
  const rows = areas.reduce((s, a) => s + a.rows, 0);
  return {
    year,
    areas,
    departments: programme.departments.map((d) => ({
      department: d.code,
      owned: 0,
      filled: 0,
      share: 0,
      activities: {},
      goals: {},
    })),
    overall: {
      suggestion: {
        assessment: "cannotAssess",
        reasonKey: "overall.worstOf",
        reasonParams: { areaCount: areas.length, pulledDown: areas.length, areaIds: "1", guidelineIds: "G1" },
      },
      chosen: null,
      text: null,
      draftText: "Utkast: arbetet kan ännu inte bedömas samlat.",
    },
    totals: { rows, reported: 0, shareOnTrack: null },
  };
}
