import type { Lang } from "../../lang";

/**
 * Problems in a pasted programme table, in Swedish and English. Each is said of a sheet row
 * ("rad 12: …"), with the column or key named as the table spells it.
 */

type Phrase = (p: Readonly<Record<string, string>>) => string;

const PHRASES = {
  noHeader: {
    sv: (p) => `Hittar ingen rubrikrad med kolumnerna ${p.columns}. Klistra in tabellen med rubrikerna i en egen rad.`,
    en: (p) =>
      `No header row with the columns ${p.columns} was found. Paste the table with its headers in a row of their own.`,
  },
  empty: {
    sv: () => "Bladet är tomt: klistra in programtabellen först.",
    en: () => "The sheet is empty: paste the programme table first.",
  },
  noRows: {
    sv: () => "Tabellen har rubriker men inga rader under dem.",
    en: () => "The table has headers but no rows below them.",
  },
  missingColumn: {
    sv: (p) => `kolumnen "${p.column}" saknas i rubrikraden`,
    en: (p) => `the column "${p.column}" is missing from the header row`,
  },
  missingColumnFor: {
    sv: (p) =>
      `kolumnen "${p.column}" saknas i rubrikraden, men indikatorer behöver den (första indikatorn: rad ${p.row})`,
    en: (p) =>
      `the column "${p.column}" is missing from the header row, but indicators need it (first indicator: row ${p.row})`,
  },
  duplicateColumn: {
    sv: (p) => `kolumnen "${p.column}" finns två gånger i rubrikraden`,
    en: (p) => `the column "${p.column}" appears twice in the header row`,
  },
  unknownKey: {
    sv: (p) => `okänd uppgift "${p.key}" ovanför tabellen (kända: ${p.known})`,
    en: (p) => `unknown entry "${p.key}" above the table (known: ${p.known})`,
  },
  duplicateKey: {
    sv: (p) => `"${p.key}" står redan på rad ${p.other}`,
    en: (p) => `"${p.key}" is already given on row ${p.other}`,
  },
  keyEmpty: {
    sv: (p) => `"${p.key}" saknar värde i kolumn B`,
    en: (p) => `"${p.key}" has no value in column B`,
  },
  departmentName: {
    sv: (p) => `förvaltningen ${p.code} saknar namn i kolumn C`,
    en: (p) => `department ${p.code} has no name in column C`,
  },
  badPeriod: {
    sv: (p) => `"${p.key}" ska vara två årtal som 2018–2021 (är "${p.value}")`,
    en: (p) => `"${p.key}" should be two years like 2018–2021 (is "${p.value}")`,
  },
  badDate: {
    sv: (p) => `"${p.key}" ska vara ett datum som 2018-06-18 (är "${p.value}")`,
    en: (p) => `"${p.key}" should be a date like 2018-06-18 (is "${p.value}")`,
  },
  badShare: {
    sv: (p) => `"${p.key}" ska vara en andel som 80 % eller 0,8 (är "${p.value}")`,
    en: (p) => `"${p.key}" should be a share like 80 % or 0.8 (is "${p.value}")`,
  },
  errorCell: {
    sv: (p) => `${p.column}: cellen visar felet ${p.value}`,
    en: (p) => `${p.column}: the cell shows the error ${p.value}`,
  },
  cellEmpty: {
    sv: (p) => `${p.column} saknas`,
    en: (p) => `${p.column} is missing`,
  },
  badType: {
    sv: (p) => `${p.column} ska vara Mål, Aktivitet eller Indikator (är "${p.value}")`,
    en: (p) => `${p.column} should be Goal, Activity or Indicator (is "${p.value}")`,
  },
  badBetterWhen: {
    sv: (p) => `${p.column} ska vara Högre eller Lägre (är "${p.value}")`,
    en: (p) => `${p.column} should be Higher or Lower (is "${p.value}")`,
  },
  badKind: {
    sv: (p) => `${p.column} ska vara Område eller Riktlinje (är "${p.value}")`,
    en: (p) => `${p.column} should be Area or Guideline (is "${p.value}")`,
  },
  badYears: {
    sv: (p) => `${p.column} ska vara årtal som 2018, 2019 (är "${p.value}")`,
    en: (p) => `${p.column} should be years such as 2018, 2019 (is "${p.value}")`,
  },
  badYes: {
    sv: (p) => `${p.column} ska vara Ja eller tomt (är "${p.value}")`,
    en: (p) => `${p.column} should be Yes or empty (is "${p.value}")`,
  },
  badPeriodNotes: {
    sv: (p) => `${p.column} ska vara årtal och del av året som "2018: januari–november" (är "${p.value}")`,
    en: (p) => `${p.column} should be a year and the part of it, like "2018: January–November" (is "${p.value}")`,
  },
  notNumber: {
    sv: (p) => `${p.column} ska vara ett tal (är "${p.value}")`,
    en: (p) => `${p.column} should be a number (is "${p.value}")`,
  },
  indicatorOnly: {
    sv: (p) => `${p.column} är ifyllt, men bara indikatorer har det (raden är av typen ${p.type})`,
    en: (p) => `${p.column} is filled in, but only indicators have it (the row is a ${p.type})`,
  },
  areaDiffers: {
    sv: (p) => `${p.column} "${p.value}" skiljer sig från rad ${p.other} ("${p.first}") för område ${p.area}`,
    en: (p) => `${p.column} "${p.value}" differs from row ${p.other} ("${p.first}") for area ${p.area}`,
  },
  duplicateId: {
    sv: (p) => `ID ${p.id} finns redan på rad ${p.other}`,
    en: (p) => `ID ${p.id} is already used on row ${p.other}`,
  },
  unknownDepartment: {
    sv: (p) => `${p.column} "${p.value}" finns inte bland förvaltningarna ovanför tabellen (${p.known})`,
    en: (p) => `${p.column} "${p.value}" is not among the departments above the table (${p.known})`,
  },
  unknownGoal: {
    sv: (p) => `${p.column} "${p.value}" är inget mål i tabellen`,
    en: (p) => `${p.column} "${p.value}" is no goal in the table`,
  },
} satisfies Record<string, Record<Lang, Phrase>>;

export type TableProblemKey = keyof typeof PHRASES;

const ROW_WORD: Readonly<Record<Lang, string>> = { sv: "rad", en: "row" };

export function tableMessage(key: TableProblemKey, params: Readonly<Record<string, string>>, lang: Lang): string {
  const phrase: Phrase = PHRASES[key][lang];
  return phrase(params);
}

/** "rad 12: …" — the row is the sheet's 1-based row number. */
export function atRow(row: number, message: string, lang: Lang): string {
  return `${ROW_WORD[lang]} ${row}: ${message}`;
}

/** The type word as used inside a sentence. */
export const TYPE_WORD: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: { goal: "mål", activity: "aktivitet", indicator: "indikator" },
  en: { goal: "goal", activity: "activity", indicator: "indicator" },
};
