import { ProgrammeSchema } from "../../../src/core/programme/schema";
import type { Programme, ProgrammeInput } from "../../../src/core/programme/schema";
import type { RowEntry } from "../../../src/core/read/types";

const text = (t: string) => ({ text: t, provenance: "example" as const });

/**
 * A small programme: two areas and one guideline, a few rows each. Indicators cover both
 * directions and the graffiti case (removal cost against a baseline, target half the baseline).
 */
export function programmeInput(): ProgrammeInput {
  return {
    schemaVersion: 1,
    name: text("Program för trygghet och säkerhet 2018–2021"),
    municipality: "Testkommun",
    adopted: { by: "Kommunfullmäktige", date: "2018-06-18" },
    dnr: "KS-2016/1",
    period: { from: 2018, to: 2021 },
    overallGoal: text("En trygg och säker kommun."),
    departments: [
      { code: "KSF", name: "Kommunstyrelsens förvaltning" },
      { code: "NBF", name: "Natur- och byggnadsförvaltningen" },
      { code: "BUF", name: "Barn- och utbildningsförvaltningen" },
      { code: "SBFF", name: "Södertörns brandförsvarsförbund", external: true },
    ],
    areas: [
      {
        id: "1",
        kind: "area",
        name: text("Trygghetsskapande och brottsförebyggande arbete"),
        sheetName: "1 Trygghet",
        delmal: text("Ökad trygghet."),
        covers: text("Brottsförebyggande arbete."),
        rows: [
          { id: "1.M1", type: "goal", text: text("Gemensam lägesbild"), department: "KSF" },
          { id: "1.M2", type: "goal", text: text("Trygga offentliga miljöer"), department: "NBF" },
          { id: "1.A1", type: "activity", text: text("Trygghetsvandringar"), department: "NBF", goalId: "1.M2" },
          { id: "1.A2", type: "activity", text: text("Belysning"), department: "NBF", goalId: "1.M2" },
          { id: "1.A3", type: "activity", text: text("Medborgarlöften"), department: "KSF", goalId: "1.M1" },
          { id: "1.A4", type: "activity", text: text("Föräldrautbildning"), department: "BUF" },
          {
            id: "1.I1",
            type: "indicator",
            text: text("Andel som känner sig trygga"),
            department: "KSF",
            indicator: { unit: "%", betterWhen: "higher", target: 75, history: { "2018": 70 } },
          },
        ],
      },
      {
        id: "2",
        kind: "area",
        name: text("Skydd mot olyckor"),
        sheetName: "2 Olyckor",
        delmal: text("Färre olyckor."),
        covers: text("Brandskydd."),
        rows: [
          { id: "2.M1", type: "goal", text: text("Systematiskt brandskydd"), department: "SBFF" },
          { id: "2.A1", type: "activity", text: text("Brandskyddskontroller"), department: "SBFF" },
          { id: "2.A2", type: "activity", text: text("Simkunnighet"), department: "BUF" },
        ],
      },
      {
        id: "G1",
        kind: "guideline",
        name: text("Klotterrelaterad skadegörelse"),
        sheetName: "G1 Klotter",
        delmal: text("Mindre klotter."),
        covers: text("Sanering av klotter."),
        rows: [
          { id: "G1.M1", type: "goal", text: text("Halverad kostnad"), department: "NBF" },
          { id: "G1.A1", type: "activity", text: text("En väg in för anmälningar"), department: "NBF" },
          {
            id: "G1.I1",
            type: "indicator",
            text: text("Kostnad för klottersanering"),
            department: "NBF",
            indicator: {
              unit: "kr",
              betterWhen: "lower",
              baseline: 1_200_000,
              baselineLabel: "Snitt 2018–2019",
              target: 600_000,
            },
          },
          {
            id: "G1.I2",
            type: "indicator",
            text: text("Andel sanerat inom 48 timmar"),
            department: "NBF",
            indicator: { unit: "%", betterWhen: "higher", target: 100 },
          },
        ],
      },
    ],
  };
}

export function makeProgramme(change?: (p: ProgrammeInput) => ProgrammeInput): Programme {
  const input = programmeInput();
  return ProgrammeSchema.parse(change ? change(input) : input);
}

export type EntryInput = Partial<Omit<RowEntry, "rowId" | "areaId" | "type">>;

/**
 * An entry for a programme row. `reported` follows what the check would say (a status, or a
 * value for an indicator) unless given.
 */
export function entry(programme: Programme, rowId: string, fields: EntryInput = {}): RowEntry {
  for (const area of programme.areas) {
    const row = area.rows.find((r) => r.id === rowId);
    if (row !== undefined) {
      const status = fields.status ?? null;
      const value = fields.value ?? null;
      return {
        rowId,
        areaId: area.id,
        type: row.type,
        department: fields.department ?? null,
        status,
        done: fields.done ?? null,
        comment: fields.comment ?? null,
        value,
        lastYear: fields.lastYear ?? null,
        reported: fields.reported ?? (row.type === "indicator" ? value !== null : status !== null),
      };
    }
  }
  throw new Error(`no row ${rowId} in the fixture`);
}

/** Statuses by row ID, e.g. {"1.A1": "done"}; indicator values as {"1.I1": [value, lastYear]}. */
export function entries(
  programme: Programme,
  statuses: Record<string, string>,
  values: Record<string, [number | null, number | null]> = {}
): RowEntry[] {
  return [
    ...Object.entries(statuses).map(([id, status]) => entry(programme, id, { status })),
    ...Object.entries(values).map(([id, [value, lastYear]]) => entry(programme, id, { value, lastYear })),
  ];
}

export const NO_CHOICES = {};
