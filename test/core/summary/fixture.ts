import { ProgrammeSchema } from "../../../src/core/programme/schema";
import type { Programme, ProgrammeInput } from "../../../src/core/programme/schema";
import type { RowEntry } from "../../../src/core/read/types";
import { activity, area, goal, indicator, programmeInput as baseInput, text } from "../../support/programme-factory";

/**
 * A small programme: two areas and one guideline, a few rows each. Indicators cover both
 * directions and the graffiti case (removal cost against a baseline, target half the baseline).
 */
export function programmeInput(): ProgrammeInput {
  return baseInput({
    name: text("Program för trygghet och säkerhet 2018–2021"),
    dnr: "KS-2016/1",
    overallGoal: text("En trygg och säker kommun."),
    departments: [
      { code: "KSF", name: "Kommunstyrelsens förvaltning" },
      { code: "NBF", name: "Natur- och byggnadsförvaltningen" },
      { code: "BUF", name: "Barn- och utbildningsförvaltningen" },
      { code: "SBFF", name: "Södertörns brandförsvarsförbund", external: true },
    ],
    areas: [
      area({
        id: "1",
        name: "Trygghetsskapande och brottsförebyggande arbete",
        sheetName: "1 Trygghet",
        delmal: "Ökad trygghet.",
        covers: "Brottsförebyggande arbete.",
        rows: [
          goal("1.M1", "Gemensam lägesbild", "KSF"),
          goal("1.M2", "Trygga offentliga miljöer", "NBF"),
          activity("1.A1", "Trygghetsvandringar", "NBF", "1.M2"),
          activity("1.A2", "Belysning", "NBF", "1.M2"),
          activity("1.A3", "Medborgarlöften", "KSF", "1.M1"),
          activity("1.A4", "Föräldrautbildning", "BUF"),
          indicator("1.I1", "Andel som känner sig trygga", "KSF", {
            unit: "%",
            betterWhen: "higher",
            target: 75,
            history: { "2018": 70 },
          }),
        ],
      }),
      area({
        id: "2",
        name: "Skydd mot olyckor",
        sheetName: "2 Olyckor",
        delmal: "Färre olyckor.",
        covers: "Brandskydd.",
        rows: [
          goal("2.M1", "Systematiskt brandskydd", "SBFF"),
          activity("2.A1", "Brandskyddskontroller", "SBFF"),
          activity("2.A2", "Simkunnighet", "BUF"),
        ],
      }),
      area({
        id: "G1",
        kind: "guideline",
        name: "Klotterrelaterad skadegörelse",
        sheetName: "G1 Klotter",
        delmal: "Mindre klotter.",
        covers: "Sanering av klotter.",
        rows: [
          goal("G1.M1", "Halverad kostnad", "NBF"),
          activity("G1.A1", "En väg in för anmälningar", "NBF"),
          indicator("G1.I1", "Kostnad för klottersanering", "NBF", {
            unit: "kr",
            betterWhen: "lower",
            baseline: 1_200_000,
            baselineLabel: "Snitt 2018–2019",
            target: 600_000,
          }),
          indicator("G1.I2", "Andel sanerat inom 48 timmar", "NBF", { unit: "%", betterWhen: "higher", target: 100 }),
        ],
      }),
    ],
  });
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
