import type { Lang } from "../lang";

/**
 * The schema's own messages (custom regex messages and superRefine issues, written in English in
 * schema.ts) as phrases in both languages. Keyed by pattern so the IDs and codes the message
 * carries are kept. A test triggers each message, so a changed wording in schema.ts shows up.
 */
interface SchemaMessage {
  readonly pattern: RegExp;
  readonly sv: (m: RegExpExecArray) => string;
  readonly en: (m: RegExpExecArray) => string;
}

const ROW_TYPE_SV: Readonly<Record<string, string>> = { goal: "mål", activity: "aktivitet", indicator: "indikator" };

const SCHEMA_MESSAGES: readonly SchemaMessage[] = [
  {
    pattern: /^row ID like (.+) or (.+)$/,
    sv: (m) => `ska vara ett rad-ID som ${m[1]} eller ${m[2]}`,
    en: (m) => `should be a row ID like ${m[1]} or ${m[2]}`,
  },
  {
    pattern: /^an indicator row needs indicator: (.+)$/,
    sv: (m) => `en indikatorrad behöver indikatorinställningar, indicator: ${m[1]}`,
    en: (m) => `an indicator row needs indicator settings, indicator: ${m[1]}`,
  },
  {
    pattern: /^only indicator rows have indicator settings$/,
    sv: () => "bara indikatorrader har indikatorinställningar (sätt indicator till null)",
    en: () => "only indicator rows have indicator settings (set indicator to null)",
  },
  {
    pattern: /^a (\w+) row ID has ([A-Z]) after the dot$/,
    sv: (m) => `ID:t för en rad av typen ${ROW_TYPE_SV[m[1] ?? ""] ?? m[1]} ska ha ${m[2]} efter punkten`,
    en: (m) => `the ID of ${/^[aeiou]/.test(m[1] ?? "") ? "an" : "a"} ${m[1]} row has ${m[2]} after the dot`,
  },
  {
    pattern: /^a sheet name has none of (.+) and no apostrophe$/,
    sv: (m) => `ett bladnamn får inte innehålla något av tecknen ${m[1]} eller apostrof`,
    en: (m) => `a sheet name may not contain any of ${m[1]} or an apostrophe`,
  },
  {
    pattern: /^partly must not be above onTrack$/,
    sv: () => "partly får inte vara större än onTrack",
    en: () => "partly must not be above onTrack",
  },
  {
    pattern: /^a date as YYYY-MM-DD$/,
    sv: () => "ska vara ett datum som ÅÅÅÅ-MM-DD",
    en: () => "should be a date as YYYY-MM-DD",
  },
  {
    pattern: /^the period ends before it starts$/,
    sv: () => "perioden slutar innan den börjar",
    en: () => "the period ends before it starts",
  },
  {
    pattern: /^area ID (.+) appears twice$/,
    sv: (m) => `område-ID ${m[1]} förekommer två gånger`,
    en: (m) => `area ID ${m[1]} appears twice`,
  },
  {
    pattern: /^sheet name (.+) appears twice$/,
    sv: (m) => `bladnamnet ${m[1]} förekommer två gånger (stora och små bokstäver räknas som samma)`,
    en: (m) => `sheet name ${m[1]} appears twice (upper and lower case count as the same)`,
  },
  {
    pattern: /^row ID (.+) appears twice$/,
    sv: (m) => `rad-ID ${m[1]} förekommer två gånger`,
    en: (m) => `row ID ${m[1]} appears twice`,
  },
  {
    pattern: /^department (.+) is not in the programme's departments$/,
    sv: (m) => `avdelningen ${m[1]} finns inte bland programmets avdelningar (departments)`,
    en: (m) => `department ${m[1]} is not among the programme's departments`,
  },
  {
    pattern: /^goal (.+) does not exist$/,
    sv: (m) => `målet ${m[1]} finns inte i programmet`,
    en: (m) => `goal ${m[1]} does not exist in the programme`,
  },
];

/** The schema's message in `lang`, or null when the message is not one of the schema's own. */
export function translateSchemaMessage(message: string, lang: Lang): string | null {
  for (const entry of SCHEMA_MESSAGES) {
    const m = entry.pattern.exec(message);
    if (m !== null) return entry[lang](m);
  }
  return null;
}
