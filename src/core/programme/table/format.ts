import type { Lang } from "../../lang";

/**
 * The programme table: a programme as a coordinator pastes it into a sheet (from Word, from the
 * municipality's own spreadsheet). Read by `programmeFromTable`, written by `programmeToTable`.
 *
 *   A                    B                                   C                              D
 *   Program              Program för trygghet och säkerhet 2018–2021
 *   Kommun               Huddinge kommun
 *   Antaget av           Kommunfullmäktige
 *   Antaget              2018-06-18          (text, or the date Excel made of it)
 *   Diarienummer         KS-2016/1151.149
 *   Period               2018–2021
 *   Övergripande mål     Alla som bor, arbetar eller vistas i Huddinge …
 *   Förvaltning          KSF                                 Kommunstyrelsens förvaltning
 *   Förvaltning          Polisen                             Polisen, lokalpolisområde …    extern
 *   Gräns i fas          80 %                (and "Gräns delvis i fas", "Minst rapporterat")
 *
 *   Område-ID | Område | Typ | ID | Text | Ansvarig | Enhet | Bättre om | Målvärde | (optional columns)
 *   1         | Trygghetsskapande … | Mål | 1.M1 | Kommunen, lokalpolisen … | KSF | | |
 *   1         | Trygghetsskapande … | Indikator | 1.I1 | Andel som känner sig trygga … | KSF | % | Högre | 75
 *
 * - The header row is the first row holding the columns Område-ID, Typ, ID and Text; every row
 *   above it is the key/value block (key in column A, value in B; "Förvaltning" also has the
 *   name in C and "extern" in D). A lone text in column A (a title) is ignored. English keys and
 *   headers are accepted too (Programme, Municipality, Department, Area ID, Type, Responsible…).
 * - Typ is Mål, Aktivitet or Indikator (Goal, Activity, Indicator); Bättre om is Högre or Lägre
 *   (Higher, Lower). Enhet and Bättre om are needed on indicator rows and only there.
 * - Optional columns: Hör till mål (the goal's ID), Baslinje, Baslinje avser, Värde ÅÅÅÅ (one per
 *   known year, e.g. "Värde 2018"), and for the area, on any of its rows: Slag (Område or
 *   Riktlinje), Bladnamn, Delmål, Omfattar.
 * - A text that starts with "[Exempel]" is an example text, not the programme's wording.
 * - Defaults, for a table pasted without the block: the name, municipality, body and date of
 *   adoption and overall goal are placeholders marked as examples; the period is the four years
 *   from the year before the current one; the departments are the distinct Ansvarig codes, each
 *   named by its code; an area without Delmål or Omfattar gets its name there, marked as an
 *   example; its sheet name is "ID name" cut to Excel's 31 characters; its kind is Område.
 * Problems name the sheet row: "rad 12: …" ("row 12: …").
 */

export type TableColumnKey =
  | "areaId"
  | "areaName"
  | "type"
  | "id"
  | "text"
  | "department"
  | "unit"
  | "betterWhen"
  | "target"
  | "goalId"
  | "baseline"
  | "baselineLabel"
  | "baselineYears"
  | "targetChange"
  | "decisive"
  | "periodNotes"
  | "kind"
  | "sheetName"
  | "delmal"
  | "covers";

export interface Named {
  /** The header (or key) as written: Swedish first, English second. */
  readonly sv: string;
  readonly en: string;
  /** Other spellings accepted when reading, lower case. */
  readonly aliases: readonly string[];
}

export const TABLE_COLUMNS: Readonly<Record<TableColumnKey, Named>> = {
  areaId: { sv: "Område-ID", en: "Area ID", aliases: ["områdes-id", "område id", "area-id", "omr-id"] },
  areaName: { sv: "Område", en: "Area", aliases: ["områdesnamn", "area name"] },
  type: { sv: "Typ", en: "Type", aliases: [] },
  id: { sv: "ID", en: "ID", aliases: ["rad-id", "row id"] },
  text: { sv: "Text", en: "Text", aliases: ["lydelse", "wording"] },
  department: { sv: "Ansvarig", en: "Responsible", aliases: ["ansvarig förvaltning", "department"] },
  unit: { sv: "Enhet", en: "Unit", aliases: [] },
  betterWhen: { sv: "Bättre om", en: "Better when", aliases: ["better if"] },
  target: { sv: "Målvärde", en: "Target", aliases: ["target value"] },
  goalId: { sv: "Hör till mål", en: "Goal", aliases: ["mål-id", "goal id"] },
  baseline: { sv: "Baslinje", en: "Baseline", aliases: ["utgångsvärde"] },
  baselineLabel: { sv: "Baslinje avser", en: "Baseline label", aliases: [] },
  baselineYears: { sv: "Basår", en: "Baseline years", aliases: ["baslinjeår"] },
  targetChange: { sv: "Målförändring", en: "Target change", aliases: ["förändring mot baslinje"] },
  decisive: { sv: "Avgörande", en: "Decisive", aliases: [] },
  periodNotes: { sv: "Del av år", en: "Part of year", aliases: ["delår"] },
  kind: { sv: "Slag", en: "Kind", aliases: ["områdestyp", "area kind"] },
  sheetName: { sv: "Bladnamn", en: "Sheet name", aliases: [] },
  delmal: { sv: "Delmål", en: "Sub-goal", aliases: ["subgoal"] },
  covers: { sv: "Omfattar", en: "Covers", aliases: [] },
};

/** The columns without which the table cannot be read at all. */
export const REQUIRED_COLUMNS: readonly TableColumnKey[] = ["areaId", "areaName", "type", "id", "text", "department"];
/** The columns that identify the header row. */
export const HEADER_MARKERS: readonly TableColumnKey[] = ["areaId", "type", "id", "text"];
/** The order programmeToTable writes them in. */
export const COLUMN_ORDER: readonly TableColumnKey[] = [
  "areaId",
  "areaName",
  "type",
  "id",
  "text",
  "department",
  "unit",
  "betterWhen",
  "target",
  "goalId",
  "baseline",
  "baselineLabel",
  "baselineYears",
  "targetChange",
  "decisive",
  "periodNotes",
  "kind",
  "sheetName",
  "delmal",
  "covers",
];

/** "Värde 2018" / "Value 2018": one column per year of indicator history. */
export const HISTORY_HEADER = { sv: "Värde", en: "Value" } as const;
export const HISTORY_HEADER_PATTERN = /^(?:värde|value)\s+([0-9]{4})$/;

export type TableKey =
  | "name"
  | "municipality"
  | "adoptedBy"
  | "adoptedDate"
  | "dnr"
  | "period"
  | "overallGoal"
  | "department"
  | "onTrack"
  | "partly"
  | "minReported";

export const TABLE_KEYS: Readonly<Record<TableKey, Named>> = {
  name: { sv: "Program", en: "Programme", aliases: ["programnamn", "program", "programme name"] },
  municipality: { sv: "Kommun", en: "Municipality", aliases: [] },
  adoptedBy: { sv: "Antaget av", en: "Adopted by", aliases: ["beslutat av"] },
  adoptedDate: { sv: "Antaget", en: "Adopted", aliases: ["antaget datum", "beslutsdatum", "adopted on"] },
  dnr: { sv: "Diarienummer", en: "Reference", aliases: ["dnr", "reference number"] },
  period: { sv: "Period", en: "Period", aliases: ["programperiod"] },
  overallGoal: { sv: "Övergripande mål", en: "Overall goal", aliases: [] },
  department: { sv: "Förvaltning", en: "Department", aliases: [] },
  onTrack: { sv: "Gräns i fas", en: "On-track threshold", aliases: [] },
  partly: { sv: "Gräns delvis i fas", en: "Partly threshold", aliases: [] },
  minReported: { sv: "Minst rapporterat", en: "Minimum reported", aliases: [] },
};

/** Written in column D of a "Förvaltning" row for a partner outside the municipality. */
export const EXTERNAL_MARK = { sv: "extern", en: "external" } as const;
/** Starts an example text. */
export const EXAMPLE_MARK = { sv: "[Exempel]", en: "[Example]" } as const;

export const TYPE_LABELS = {
  goal: ["mål", "goal"],
  activity: ["aktivitet", "activity"],
  indicator: ["indikator", "indicator"],
} as const;
export const BETTER_WHEN_LABELS = { higher: ["högre", "higher"], lower: ["lägre", "lower"] } as const;
/** "Avgörande": yes, or left empty for no. */
export const YES_LABELS = ["ja", "yes"] as const;
export const KIND_LABELS = { area: ["område", "area"], guideline: ["riktlinje", "guideline"] } as const;

/** How a header or key is compared: case, spacing and a trailing colon do not matter. */
export function normaliseName(s: string): string {
  return s.trim().replace(/:$/, "").replace(/\s+/g, " ").toLowerCase();
}

export function matches(named: Named, s: string): boolean {
  const n = normaliseName(s);
  return n === named.sv.toLowerCase() || n === named.en.toLowerCase() || named.aliases.includes(n);
}

export function nameIn(named: Named, lang: Lang): string {
  return named[lang];
}
