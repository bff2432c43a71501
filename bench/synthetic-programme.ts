import { ProgrammeSchema } from "../src/core";
import type { Programme, ProgrammeInput } from "../src/core";

const WORDS = [
  "trygghet",
  "samverkan",
  "polisen",
  "skolan",
  "fritidsgården",
  "belysning",
  "grannsamverkan",
  "kartläggning",
  "insats",
  "ungdomar",
  "föreningar",
  "brottsförebyggande",
];

/** Twelve words picked by a fixed pseudo-random sequence: about 110 characters, different per row. */
function sentenceMaker(): () => string {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return () => Array.from({ length: 12 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
}

export interface SyntheticOptions {
  /**
   * Row texts as long as a real programme's (a sentence of about 110 characters, different on
   * every row) instead of a short label ("Aktivitet 12 i område 3"). Long texts weigh on every
   * request and compress far less when the programme is stored.
   */
  readonly longTexts?: boolean;
}

/**
 * A programme of `areas` areas with `rowsPerArea` rows each, for measuring at a size the
 * bundled programme does not reach. Rows cycle goal, activities, indicator the way a real
 * programme mixes them, and departments rotate so per-department roll-ups have work to do.
 */
export function syntheticProgramme(areas: number, rowsPerArea: number, options: SyntheticOptions = {}): Programme {
  const sentence = sentenceMaker();
  const label = (short: string): string => (options.longTexts === true ? `${short}: ${sentence()}` : short);
  const departments = ["KSF", "NBF", "SÄF", "BUF", "KFF", "SBF", "SOF", "MHF", "HSF", "KUF"].map((code) => ({
    code,
    name: `Förvaltning ${code}`,
  }));
  const input: ProgrammeInput = {
    schemaVersion: 1,
    name: { text: "Syntetiskt program för mätning", provenance: "example" },
    municipality: "Mätkommun",
    adopted: { by: "Kommunfullmäktige", date: "2018-06-18" },
    dnr: "KS-0000/1",
    period: { from: 2018, to: 2021 },
    overallGoal: { text: "Ett mål att mäta mot.", provenance: "example" },
    departments,
    areas: Array.from({ length: areas }, (_, a) => {
      const areaId = String(a + 1);
      let goal = 0;
      let activity = 0;
      let indicator = 0;
      const rows = Array.from({ length: rowsPerArea }, (_, r) => {
        const department = departments[r % departments.length].code;
        if (r % 10 === 0) {
          goal += 1;
          return {
            id: `${areaId}.M${goal}`,
            type: "goal" as const,
            text: { text: label(`Mål ${goal} i område ${areaId}`), provenance: "example" as const },
            department,
          };
        }
        const goalId = `${areaId}.M${goal}`;
        if (r % 10 === 9) {
          indicator += 1;
          return {
            id: `${areaId}.I${indicator}`,
            type: "indicator" as const,
            text: { text: label(`Indikator ${indicator} i område ${areaId}`), provenance: "example" as const },
            department,
            goalId,
            indicator: { unit: "st", betterWhen: "higher" as const, target: 100, history: { "2018": 50 } },
          };
        }
        activity += 1;
        return {
          id: `${areaId}.A${activity}`,
          type: "activity" as const,
          text: { text: label(`Aktivitet ${activity} i område ${areaId}`), provenance: "example" as const },
          department,
          goalId,
        };
      });
      return {
        id: areaId,
        kind: "area" as const,
        name: { text: `Område ${areaId}`, provenance: "example" as const },
        sheetName: `${areaId} Område`,
        delmal: { text: `Delmål för område ${areaId}`, provenance: "example" as const },
        covers: { text: `Vad område ${areaId} omfattar`, provenance: "example" as const },
        rows,
      };
    }),
  };
  return ProgrammeSchema.parse(input);
}

/**
 * The same programme with its rows handed to departments in the given counts, in order (the first
 * `counts[0].rows` rows to the first department, and so on; rows past the last count keep theirs):
 * one department with two thousand rows and one with twenty, in one workbook.
 */
export function withDepartmentSizes(
  programme: Programme,
  counts: readonly { readonly department: string; readonly rows: number }[]
): Programme {
  const owners = counts.flatMap((c) => Array.from({ length: c.rows }, () => c.department));
  let n = 0;
  return {
    ...programme,
    areas: programme.areas.map((area) => ({
      ...area,
      rows: area.rows.map((row) => {
        const owner = owners[n++];
        return owner === undefined ? row : { ...row, department: owner };
      }),
    })),
  };
}
