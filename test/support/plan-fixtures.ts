import { ACTIVITY_STATUS, ASSESSMENT, ProgrammeSchema } from "../../src/core";
import type { AreaSummary, Programme, Summary } from "../../src/core";

/**
 * Hand-built inputs for plan, reader and file tests, independent of summarise: a small
 * programme with every row type and a summary whose numbers are chosen by the test.
 */

export function smallProgramme(): Programme {
  return ProgrammeSchema.parse({
    schemaVersion: 1,
    name: { text: "Program för trygghet & säkerhet 2018–2021", provenance: "confirmed" },
    municipality: "Exempelkommun",
    adopted: { by: "Kommunfullmäktige", date: "2018-06-18" },
    dnr: "KS-2016/1",
    period: { from: 2018, to: 2021 },
    overallGoal: { text: "Kommunen är trygg och säker för alla.", provenance: "example" },
    departments: [
      { code: "KSF", name: "Kommunstyrelsens förvaltning" },
      { code: "BUF", name: "Barn- och utbildningsförvaltningen" },
      { code: "SBFF", name: "Södertörns brandförsvarsförbund", external: true },
    ],
    areas: [
      {
        id: "1",
        kind: "area",
        name: { text: "Trygghetsskapande och brottsförebyggande arbete", provenance: "confirmed" },
        sheetName: "1 Trygghet",
        delmal: { text: "Öka tryggheten och minska utsattheten för brott.", provenance: "confirmed" },
        covers: { text: "Samverkan, trygga offentliga miljöer.", provenance: "example" },
        rows: [
          { id: "1.M1", type: "goal", text: { text: "Gemensam lägesbild", provenance: "example" }, department: "KSF" },
          {
            id: "1.A1",
            type: "activity",
            text: { text: "Trygghetsvandringar", provenance: "example" },
            department: "KSF",
            goalId: "1.M1",
          },
          {
            id: "1.A2",
            type: "activity",
            text: { text: "Belysning i parker", provenance: "example" },
            department: "BUF",
            goalId: "1.M1",
          },
          {
            id: "1.I1",
            type: "indicator",
            text: { text: "Andel som känner sig trygga", provenance: "example" },
            department: "KSF",
            indicator: { unit: "%", betterWhen: "higher", target: 80, history: { "2018": 71 } },
          },
        ],
      },
      {
        id: "G1",
        kind: "guideline",
        name: { text: "Klotter", provenance: "confirmed" },
        sheetName: "G1 Klotter",
        delmal: { text: "Halvera kostnaden för klottersanering.", provenance: "confirmed" },
        covers: { text: "Anmälan och sanering av klotter.", provenance: "confirmed" },
        rows: [
          {
            id: "G1.M1",
            type: "goal",
            text: { text: "Sanering inom 48 timmar", provenance: "confirmed" },
            department: "SBFF",
          },
          {
            id: "G1.I1",
            type: "indicator",
            text: { text: "Saneringskostnad", provenance: "confirmed" },
            department: "KSF",
            indicator: { unit: "kr", betterWhen: "lower", target: null, history: { "2018": 1200000 } },
          },
          {
            id: "G1.A1",
            type: "activity",
            text: { text: "En väg in för anmälningar", provenance: "confirmed" },
            department: "KSF",
          },
        ],
      },
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
