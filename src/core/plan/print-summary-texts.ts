import type { PhraseTable } from "../i18n/phrase";

/** The words of the print-ready summary. */
export const PRINT_SUMMARY_TEXTS = {
  sheet: { sv: "Sammanfattning", en: "Summary" },
  title: {
    sv: (programme: string, year: number) => `Uppföljning ${year}: ${programme}`,
    en: (programme: string, year: number) => `Follow-up ${year}: ${programme}`,
  },
  subtitle: {
    sv: (municipality: string, from: number, to: number) => `${municipality}, programperiod ${from}–${to}`,
    en: (municipality: string, from: number, to: number) => `${municipality}, programme period ${from}–${to}`,
  },
  reported: {
    sv: (reported: number, rows: number, share: string) => `Rapporterat: ${reported} av ${rows} rader (${share})`,
    en: (reported: number, rows: number, share: string) => `Reported: ${reported} of ${rows} rows (${share})`,
  },
  header: {
    sv: (programme: string, year: number) => `${programme} – uppföljning ${year}`,
    en: (programme: string, year: number) => `${programme} – follow-up ${year}`,
  },
  footer: { sv: "Sida &P av &N", en: "Page &P of &N" },
  area: { sv: "Område", en: "Area" },
  name: { sv: "Namn", en: "Name" },
  activities: { sv: "Aktiviteter (antal per status)", en: "Activities (count per status)" },
  goals: { sv: "Mål (antal per bedömning)", en: "Goals (count per assessment)" },
  reportedColumn: { sv: "Rapporterade rader", en: "Rows reported" },
  rows: { sv: "Rader totalt", en: "Rows in all" },
  assessment: { sv: "Bedömning", en: "Assessment" },
  textLabel: { sv: "Text", en: "Text" },
  reasonLabel: { sv: "Skäl", en: "Reason" },
  overall: { sv: "Hela programmet", en: "The whole programme" },
  suggested: { sv: "förslag", en: "suggested" },
  draft: { sv: "Utkast", en: "Draft" },
  departments: {
    sv: ["Förvaltning", "Namn", "Rader att rapportera", "Ifyllda", "Andel ifyllda"],
    en: ["Department", "Name", "Rows to report", "Filled in", "Share filled in"],
  },
  legend: { sv: "Teckenförklaring", en: "Legend" },
  activityStatus: { sv: "Aktivitetsstatus", en: "Activity status" },
  trend: { sv: "Trend", en: "Trend" },
} as const satisfies PhraseTable;
