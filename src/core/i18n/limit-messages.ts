import type { LimitBreach, LimitName } from "../limits";
import type { Lang } from "../lang";
import type { Phrase, PhraseOf } from "./phrase";

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB)} MB`;
const LOCALE: Phrase = { sv: "sv-SE", en: "en-GB" };
const count = (n: number, lang: Lang): string => n.toLocaleString(LOCALE[lang]).replace(/\u00a0/g, " ");

/** What each limit is, said for the user: "more than 100,000 rows". */
const LIMIT_TEXT: Readonly<Record<LimitName, PhraseOf<number>>> = {
  partBytes: {
    sv: (m) => `en del som packas upp till mer än ${mb(m)}`,
    en: (m) => `a part that unpacks to more than ${mb(m)}`,
  },
  totalBytes: {
    sv: (m) => `delar som tillsammans packas upp till mer än ${mb(m)}`,
    en: (m) => `parts that together unpack to more than ${mb(m)}`,
  },
  compressionRatio: {
    sv: (m) => `en del som packas upp mer än ${m} gånger sin storlek (en zip-bomb?)`,
    en: (m) => `a part that unpacks to more than ${m} times its size (a zip bomb?)`,
  },
  ratioFloorBytes: {
    sv: (m) => `en del över ${mb(m)}`,
    en: (m) => `a part over ${mb(m)}`,
  },
  parts: {
    sv: (m) => `fler än ${count(m, "sv")} delar`,
    en: (m) => `more than ${count(m, "en")} parts`,
  },
  rows: {
    sv: (m) => `innehåll bortom rad ${count(m, "sv")}`,
    en: (m) => `content beyond row ${count(m, "en")}`,
  },
  columns: {
    sv: (m) => `innehåll bortom kolumn ${count(m, "sv")}`,
    en: (m) => `content beyond column ${count(m, "en")}`,
  },
  cells: {
    sv: (m) => `fler än ${count(m, "sv")} ifyllda celler`,
    en: (m) => `more than ${count(m, "en")} filled cells`,
  },
  programmeChars: {
    sv: (m) => `ett program på mer än ${mb(m)} text`,
    en: (m) => `a programme of more than ${mb(m)} of text`,
  },
  findingsPrinted: {
    sv: (m) => `fler än ${count(m, "sv")} anmärkningar`,
    en: (m) => `more than ${count(m, "en")} findings`,
  },
};

const BREACH_AT: PhraseOf<{ readonly what: string; readonly where: string }> = {
  sv: (p) => `${p.what}, vid ${p.where}`,
  en: (p) => `${p.what}, at ${p.where}`,
};

/** "content beyond row 100,000 at 'Sheet'!A100001": which limit, and where it was passed. */
export function renderLimitBreach(breach: LimitBreach, lang: Lang): string {
  return BREACH_AT[lang]({ what: LIMIT_TEXT[breach.limit][lang](breach.max), where: breach.where });
}
