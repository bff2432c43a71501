import type { Lang } from "../lang";
import type { RolloverRefusal, RolloverRefusalReason } from "./types";

type Params = RolloverRefusal["params"];
const s = (p: Params, key: string): string => String(p[key] ?? "");

/** Why a roll-over was refused, in the user's language, with what to do about it. */
const REFUSALS: Readonly<Record<RolloverRefusalReason, Readonly<Record<Lang, (p: Params) => string>>>> = {
  noProgrammeData: {
    sv: () => "arbetsboken saknar läsbar programdata och uppföljningsår, så den kan inte föras över till ett nytt år",
    en: () => "the workbook has no readable programme data and follow-up year, so it cannot be rolled over",
  },
  yearNotNext: {
    sv: (p) =>
      `en överföring går bara till året efter arbetsbokens: ${s(p, "expected")}, inte ${s(p, "year")}; ange --year ${s(p, "expected")}`,
    en: (p) =>
      `a roll-over only goes to the year after the workbook's: ${s(p, "expected")}, not ${s(p, "year")}; give --year ${s(p, "expected")}`,
  },
  pastPeriod: {
    sv: (p) =>
      `programperioden ${s(p, "from")}–${s(p, "to")} är slut, så ${s(p, "year")} hör inte till programmet; ange det nya programmet med --programme FIL.json`,
    en: (p) =>
      `the programme period ${s(p, "from")}–${s(p, "to")} has ended, so ${s(p, "year")} is not part of the programme; give the new programme with --programme FILE.json`,
  },
  outsideProgramme: {
    sv: (p) => `det nya programmet gäller ${s(p, "from")}–${s(p, "to")} och täcker inte ${s(p, "year")}`,
    en: (p) => `the new programme covers ${s(p, "from")}–${s(p, "to")}, not ${s(p, "year")}`,
  },
  conflicts: {
    sv: () => "rader i arbetsboken kan inte matchas mot programmet utan att gissa",
    en: () => "rows of the workbook cannot be matched to the programme without guessing",
  },
};

export function renderRolloverRefusal(refusal: RolloverRefusal, lang: Lang): string {
  return REFUSALS[refusal.reason][lang](refusal.params);
}
