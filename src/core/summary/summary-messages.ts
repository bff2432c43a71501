import type { Programme } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import { ASSESSMENT, termByCode } from "../vocabulary/vocabularies";
import type { AreaSummary, Suggestion, Summary } from "./types";
import type { ReasonKey } from "./reasons";
import { isReasonKey } from "./reasons";
import { countWord, formatNumber, formatPercent, formatShareAgainst } from "./number-format";
import type { Lang } from "../lang";
import type { Phrase, PhraseOf } from "../i18n/phrase";

/**
 * Sentences for the summary: why an assessment is suggested (renderReason) and a first draft of
 * the overall assessment (draftOverallText), in Swedish and English. The parameters each reason
 * carries are listed in `summary/reasons.ts`.
 */

type Params = Readonly<Record<string, string | number>>;

function num(p: Params, key: string): number {
  const v = p[key];
  return typeof v === "number" ? v : 0;
}

function optionalNum(p: Params, key: string): number | null {
  const v = p[key];
  return typeof v === "number" ? v : null;
}

function str(p: Params, key: string): string {
  const v = p[key];
  return v === undefined ? "" : String(v);
}

function ids(p: Params, key: string): string[] {
  return str(p, key)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function label(code: Assessment, lang: Lang): string {
  return termByCode(ASSESSMENT, code)[lang];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const WORDS = {
  /** Before the last item of a list. */
  and: { sv: " och ", en: " and " },
  /** Between the areas and the guidelines of one list: "områdena 3 och 4 samt riktlinje G1". */
  andAlso: { sv: " samt ", en: " and " },
} as const satisfies Record<string, Phrase>;

/** The noun before a list of IDs, for one ID and for more: "indikatorn 1.I2", "indikatorerna 1.I2 och G1.I3". */
const NOUNS = {
  area: { sv: ["område", "områdena"], en: ["area", "areas"] },
  guideline: { sv: ["riktlinje", "riktlinjerna"], en: ["guideline", "guidelines"] },
  goal: { sv: ["målet", "målen"], en: ["goal", "goals"] },
  indicator: { sv: ["indikatorn", "indikatorerna"], en: ["indicator", "indicators"] },
} as const satisfies Record<string, Readonly<Record<Lang, readonly [one: string, many: string]>>>;

/** "a", "a och b", "a, b och c" (en: "a, b and c"). */
function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) {
    return items.join("");
  }
  return items.slice(0, -1).join(", ") + WORDS.and[lang] + items[items.length - 1];
}

/** "målet 3.M1", "indikatorerna 1.I2 och G1.I3" (en: "goal 3.M1", "indicators 1.I2 and G1.I3"). */
function named(noun: keyof typeof NOUNS, rowIds: readonly string[], lang: Lang): string {
  const [one, many] = NOUNS[noun][lang];
  return `${rowIds.length === 1 ? one : many} ${joinList(rowIds, lang)}`;
}

/** "område 3", "områdena 3 och 4 samt riktlinje G1" / "areas 3 and 4 and guideline G1". */
function areaList(areaIds: readonly string[], guidelineIds: readonly string[], lang: Lang): string {
  const parts = [
    areaIds.length === 0 ? null : named("area", areaIds, lang),
    guidelineIds.length === 0 ? null : named("guideline", guidelineIds, lang),
  ].filter((s): s is string => s !== null);
  if (parts.length === 2 && areaIds.length === 1 && guidelineIds.length === 1) {
    return joinList(parts, lang);
  }
  return parts.join(WORDS.andAlso[lang]);
}

/** The areas and guidelines a reason names under two keys, one for each kind. */
function areasIn(p: Params, areaKey: string, guidelineKey: string, lang: Lang): string {
  return areaList(ids(p, areaKey), ids(p, guidelineKey), lang);
}

const NOTHING_ASSESSED: Phrase = {
  sv: "inget mål eller aktivitet är bedömt",
  en: "no goal or activity has been assessed",
};

/** The English verb agrees with the count on track ("1 … is", "12 … are"). */
const ON_TRACK_SHARE: PhraseOf<{ readonly onTrack: number; readonly assessed: number; readonly pct: string }> = {
  sv: (s) =>
    `${formatNumber(s.onTrack, "sv")} av ${formatNumber(s.assessed, "sv")} bedömda mål och aktiviteter (${s.pct}) är i fas`,
  en: (s) =>
    `${formatNumber(s.onTrack, "en")} of ${formatNumber(s.assessed, "en")} assessed goals and activities (${s.pct}) ${s.onTrack === 1 ? "is" : "are"} on track`,
};

/** "12 av 14 bedömda mål och aktiviteter (86 %) är i fas", or a sentence saying nothing is assessed. */
function onTrackPart(p: Params, lang: Lang, against: number): string {
  const assessed = num(p, "assessed");
  const share = optionalNum(p, "shareOnTrack");
  if (assessed === 0 || share === null) {
    return NOTHING_ASSESSED[lang];
  }
  return ON_TRACK_SHARE[lang]({ onTrack: num(p, "onTrack"), assessed, pct: formatShareAgainst(share, against, lang) });
}

/** `list` is the goals' row IDs in brackets, or "" when none are named. */
const GOALS_ASSESSED: PhraseOf<{ readonly count: number; readonly assessment: Assessment; readonly list: string }> = {
  sv: (g) => `${countWord(g.count, "sv", "neuter")} mål bedöms ${label(g.assessment, "sv")}${g.list}`,
  en: (g) =>
    `${countWord(g.count, "en")} ${g.count === 1 ? "goal is" : "goals are"} assessed ${label(g.assessment, "en")}${g.list}`,
};

/** "två mål bedöms Delvis i fas (3.M1, 3.M4)" / "two goals are assessed Delvis i fas (…)". */
function goalsPhrase(count: number, assessment: Assessment, rowIds: readonly string[], lang: Lang): string {
  const list = rowIds.length > 0 ? ` (${rowIds.join(", ")})` : "";
  return GOALS_ASSESSED[lang]({ count, assessment, list });
}

const WATCH: PhraseOf<readonly string[]> = {
  sv: (rowIds) => ` Att bevaka: ${named("indicator", rowIds, "sv")} har blivit sämre sedan förra året.`,
  en: (rowIds) =>
    ` To watch: ${named("indicator", rowIds, "en")} ${rowIds.length === 1 ? "is" : "are"} worse than last year.`,
};

/** " Att bevaka: indikatorn 1.I2 har blivit sämre sedan förra året." — or "" with nothing to watch. */
function watchSentence(rowIds: readonly string[], lang: Lang): string {
  return rowIds.length === 0 ? "" : WATCH[lang](rowIds);
}

/** The area's worse indicators that did not decide the suggestion: named as things to watch. */
function areaWatch(p: Params, lang: Lang, key: ReasonKey): string {
  const decided = key === "area.indicatorWorse" ? ids(p, "decisiveWorseIds") : [];
  return watchSentence(
    ids(p, "indicatorsWorseIds").filter((id) => !decided.includes(id)),
    lang
  );
}

/** What a reported share counts: the area's rows. */
const OF_THE_AREA: PhraseOf<number> = {
  sv: (rows) => `av områdets ${formatNumber(rows, "sv")} mål, aktiviteter och indikatorer`,
  en: (rows) => `of the area's ${formatNumber(rows, "en")} goals, activities and indicators`,
};

/** "av områdets 16 mål, aktiviteter och indikatorer" (en: "of the area's 16 goals, …"). */
function ofTheArea(p: Params, lang: Lang): string {
  return OF_THE_AREA[lang](num(p, "rows"));
}

/**
 * Swedish puts the verb before the share ("i hela programmet är 65 av 70 … i fas"), so it reworks
 * the on-track part, and says "nothing assessed" in a form of its own.
 */
const PROGRAMME_TOTAL: PhraseOf<{ readonly part: string; readonly assessed: boolean }> = {
  sv: ({ part, assessed }) =>
    assessed
      ? `i hela programmet är ${part.replace(/ är i fas$/, " i fas")}`
      : "i hela programmet är inget mål eller aktivitet bedömt",
  en: ({ part }) => `across the programme, ${part}`,
};

/** "i hela programmet är 65 av 70 bedömda mål och aktiviteter (93 %) i fas" (en: "across the programme, …"). */
function programmeTotal(p: Params, lang: Lang): string {
  return PROGRAMME_TOTAL[lang]({
    part: onTrackPart(p, lang, num(p, "thresholdOnTrack")),
    assessed: num(p, "assessed") !== 0 && optionalNum(p, "shareOnTrack") !== null,
  });
}

const pctOf = (p: Params, key: string, lang: Lang): string => formatPercent(num(p, key), lang, 1);

/** `which` names the areas and guidelines set aside; `many` when there is more than one. */
const SET_ASIDE: PhraseOf<{ readonly which: string; readonly many: boolean }> = {
  sv: ({ which, many }) =>
    ` ${which} kan inte bedömas i år och ingår inte i förslaget; ${many ? "de" : "det"} behöver rapporteras innan bedömningen fastställs.`,
  en: ({ which, many }) =>
    ` ${which} cannot be assessed this year and ${many ? "are" : "is"} left out of the suggestion; ${many ? "they need" : "it needs"} reporting before the assessment is settled.`,
};

/** The areas and guidelines set aside as not assessable, in a sentence (or ""). */
function setAsideSentence(p: Params, lang: Lang): string {
  if (num(p, "unassessed") === 0) {
    return "";
  }
  return SET_ASIDE[lang]({
    which: capitalise(areasIn(p, "unassessedAreaIds", "unassessedGuidelineIds", lang)),
    many: num(p, "unassessed") !== 1,
  });
}

/** Who is suggested on track overall: every area and guideline, or those that can be assessed (by count). */
const AREAS_ON_TRACK = {
  all: {
    sv: (n) => `Alla ${countWord(n, "sv")} områden och riktlinjer`,
    en: (n) => `All ${countWord(n, "en")} areas and guidelines`,
  },
  assessable: {
    sv: (n) => `De ${countWord(n, "sv")} områden och riktlinjer som kan bedömas`,
    en: (n) => `The ${countWord(n, "en")} areas and guidelines that can be assessed`,
  },
} as const satisfies Record<string, PhraseOf<number>>;

function areasOnTrack(p: Params, lang: Lang): string {
  const all = num(p, "areaCount");
  const assessable = num(p, "assessableCount") || all;
  return AREAS_ON_TRACK[assessable === all ? "all" : "assessable"][lang](assessable);
}

const SENTENCES: Readonly<Record<ReasonKey, PhraseOf<Params>>> = {
  "area.tooFewReported": {
    sv: (p) =>
      num(p, "reported") === 0
        ? `Inget ${ofTheArea(p, "sv")} är rapporterat, och minst ${pctOf(p, "thresholdMinReported", "sv")} krävs för en bedömning.`
        : `Bara ${formatNumber(num(p, "reported"), "sv")} ${ofTheArea(p, "sv")} (${formatShareAgainst(num(p, "reportedShare"), num(p, "thresholdMinReported"), "sv")}) är rapporterade, färre än de ${pctOf(p, "thresholdMinReported", "sv")} som krävs för en bedömning.`,
    en: (p) =>
      num(p, "reported") === 0
        ? `None ${ofTheArea(p, "en")} has been reported, and at least ${pctOf(p, "thresholdMinReported", "en")} are needed for an assessment.`
        : `Only ${formatNumber(num(p, "reported"), "en")} ${ofTheArea(p, "en")} (${formatShareAgainst(num(p, "reportedShare"), num(p, "thresholdMinReported"), "en")}) have been reported, fewer than the ${pctOf(p, "thresholdMinReported", "en")} needed for an assessment.`,
  },
  "area.nothingAssessed": {
    sv: (p) =>
      `${formatNumber(num(p, "reported"), "sv")} ${ofTheArea(p, "sv")} är rapporterade, men inget mål eller aktivitet har en bedömning som kan räknas och ingen indikator har värden för både i år och förra året.`,
    en: (p) =>
      `${formatNumber(num(p, "reported"), "en")} ${ofTheArea(p, "en")} have been reported, but no goal or activity has a status that counts and no indicator has values for both this year and last year.`,
  },
  "area.goalNotOnTrack": {
    sv: (p) =>
      `${capitalise(goalsPhrase(num(p, "goalsNotOnTrack"), "notOnTrack", ids(p, "goalsNotOnTrackIds"), "sv"))}; ${onTrackPart(p, "sv", num(p, "thresholdOnTrack"))}.`,
    en: (p) =>
      `${capitalise(goalsPhrase(num(p, "goalsNotOnTrack"), "notOnTrack", ids(p, "goalsNotOnTrackIds"), "en"))}; ${onTrackPart(p, "en", num(p, "thresholdOnTrack"))}.`,
  },
  "area.belowPartly": {
    sv: (p) =>
      `${capitalise(onTrackPart(p, "sv", num(p, "thresholdPartly")))}, under gränsen för ${label("partly", "sv")} (${pctOf(p, "thresholdPartly", "sv")}).`,
    en: (p) =>
      `${capitalise(onTrackPart(p, "en", num(p, "thresholdPartly")))}, below the threshold for ${label("partly", "en")} (${pctOf(p, "thresholdPartly", "en")}).`,
  },
  "area.belowOnTrack": {
    sv: (p) =>
      `${capitalise(onTrackPart(p, "sv", num(p, "thresholdOnTrack")))}, under gränsen för ${label("onTrack", "sv")} (${pctOf(p, "thresholdOnTrack", "sv")}) men minst gränsen för ${label("partly", "sv")} (${pctOf(p, "thresholdPartly", "sv")}).`,
    en: (p) =>
      `${capitalise(onTrackPart(p, "en", num(p, "thresholdOnTrack")))}, below the threshold for ${label("onTrack", "en")} (${pctOf(p, "thresholdOnTrack", "en")}) but at least the threshold for ${label("partly", "en")} (${pctOf(p, "thresholdPartly", "en")}).`,
  },
  "area.goalPartly": {
    sv: (p) =>
      `${capitalise(onTrackPart(p, "sv", num(p, "thresholdOnTrack")))}, men ${goalsPhrase(num(p, "goalsPartly"), "partly", ids(p, "goalsPartlyIds"), "sv")}.`,
    en: (p) =>
      `${capitalise(onTrackPart(p, "en", num(p, "thresholdOnTrack")))}, but ${goalsPhrase(num(p, "goalsPartly"), "partly", ids(p, "goalsPartlyIds"), "en")}.`,
  },
  "area.indicatorWorse": {
    sv: (p) =>
      `${capitalise(onTrackPart(p, "sv", num(p, "thresholdOnTrack")))}, men ${named("indicator", ids(p, "decisiveWorseIds"), "sv")}, som programmet låter väga in i bedömningen, har blivit sämre sedan förra året.`,
    en: (p) =>
      `${capitalise(onTrackPart(p, "en", num(p, "thresholdOnTrack")))}, but ${named("indicator", ids(p, "decisiveWorseIds"), "en")}, which the programme makes part of the assessment, ${ids(p, "decisiveWorseIds").length !== 1 ? "are" : "is"} worse than last year.`,
  },
  "area.onTrack": {
    sv: (p) =>
      `${capitalise(onTrackPart(p, "sv", num(p, "thresholdOnTrack")))} och inget mål bedöms ${label("notOnTrack", "sv")} (gränsen för ${label("onTrack", "sv")} är ${pctOf(p, "thresholdOnTrack", "sv")}).`,
    en: (p) =>
      `${capitalise(onTrackPart(p, "en", num(p, "thresholdOnTrack")))} and no goal is assessed ${label("notOnTrack", "en")} (the threshold for ${label("onTrack", "en")} is ${pctOf(p, "thresholdOnTrack", "en")}).`,
  },
  "overall.allOnTrack": {
    sv: (p) =>
      `${areasOnTrack(p, "sv")} bedöms ${label("onTrack", "sv")}; ${programmeTotal(p, "sv")}.${setAsideSentence(p, "sv")}`,
    en: (p) =>
      `${areasOnTrack(p, "en")} are suggested ${label("onTrack", "en")}; ${programmeTotal(p, "en")}.${setAsideSentence(p, "en")}`,
  },
  "overall.worstOf": {
    sv: (p) =>
      `Förslaget följer ${areasIn(p, "areaIds", "guidelineIds", "sv")}, som bedöms ${label(overallAssessment(p), "sv")}; ${programmeTotal(p, "sv")}.${setAsideSentence(p, "sv")}`,
    en: (p) =>
      `The suggestion follows ${areasIn(p, "areaIds", "guidelineIds", "en")}, which ${num(p, "pulledDown") !== 1 ? "are" : "is"} suggested ${label(overallAssessment(p), "en")}; ${programmeTotal(p, "en")}.${setAsideSentence(p, "en")}`,
  },
  "overall.tooManyUnassessed": {
    sv: (p) =>
      `${capitalise(countWord(num(p, "unassessed"), "sv", "neuter"))} av ${countWord(num(p, "areaCount"), "sv", "neuter")} områden och riktlinjer kan inte bedömas i år (${areasIn(p, "unassessedAreaIds", "unassessedGuidelineIds", "sv")}), så programmet kan inte bedömas som helhet; minst ${pctOf(p, "thresholdMinReported", "sv")} av dem behöver kunna bedömas.`,
    en: (p) =>
      `${capitalise(countWord(num(p, "unassessed"), "en"))} of ${countWord(num(p, "areaCount"), "en")} areas and guidelines cannot be assessed this year (${areasIn(p, "unassessedAreaIds", "unassessedGuidelineIds", "en")}), so the programme cannot be assessed as a whole; at least ${pctOf(p, "thresholdMinReported", "en")} of them must be assessable.`,
  },
};

/** The overall reason carries its own assessment so the sentence can name it. */
function overallAssessment(p: Params): Assessment {
  const code = str(p, "assessment");
  return ASSESSMENT.find((t) => t.code === code)?.code ?? "cannotAssess";
}

/** For a reason key from a newer version: what is suggested, rather than a failure. */
const SUGGESTED: PhraseOf<Assessment> = {
  sv: (a) => `Förslag: ${label(a, "sv")}.`,
  en: (a) => `Suggested: ${label(a, "en")}.`,
};

/**
 * Why an assessment is suggested, as one or two sentences in `lang`, ending with the indicators
 * to watch (worse than last year, not deciding).
 */
export function renderReason(s: Suggestion, lang: Lang): string {
  if (isReasonKey(s.reasonKey)) {
    const p = { assessment: s.assessment, ...s.reasonParams };
    const watch = s.reasonKey.startsWith("area.")
      ? areaWatch(p, lang, s.reasonKey)
      : watchSentence(ids(p, "indicatorsWorseIds"), lang);
    return SENTENCES[s.reasonKey][lang](p) + watch;
  }
  return SUGGESTED[lang](s.assessment);
}

/** The areas behind an overall assessment: those suggested the same, else those not on track. */
function areasBehind(summary: Summary, assessment: Assessment): readonly AreaSummary[] {
  const same = summary.areas.filter((a) => a.suggestion.assessment === assessment);
  return same.length > 0
    ? same
    : summary.areas.filter((a) => !["onTrack", "cannotAssess"].includes(a.suggestion.assessment));
}

function areasPhrase(areas: readonly AreaSummary[], lang: Lang): string {
  return areaList(
    areas.filter((a) => a.kind === "area").map((a) => a.areaId),
    areas.filter((a) => a.kind === "guideline").map((a) => a.areaId),
    lang
  );
}

/** "område 3" / "riktlinje G1" (en: "area 3", "guideline G1"). */
function oneArea(a: AreaSummary, lang: Lang): string {
  return areasPhrase([a], lang);
}

/** An area's reason parameters, and the area named in the sentence's language. */
interface Cause {
  readonly p: Params;
  readonly area: string;
}

/** What holds an area back, by what its reason says; each quotes the reason's own figures. */
const CAUSES = {
  goalsNotOnTrack: {
    sv: ({ p, area }) => `inom ${area} bedöms ${named("goal", ids(p, "goalsNotOnTrackIds"), "sv")} inte vara i fas`,
    en: ({ p, area }) =>
      `in ${area} ${named("goal", ids(p, "goalsNotOnTrackIds"), "en")} ${ids(p, "goalsNotOnTrackIds").length === 1 ? "is" : "are"} judged not on track`,
  },
  fewOnTrack: {
    sv: ({ p, area }) =>
      `inom ${area} är bara ${onTrackPart(p, "sv", num(p, "thresholdOnTrack")).replace(/ är i fas$/, " i fas")}`,
    en: ({ p, area }) => `in ${area} only ${onTrackPart(p, "en", num(p, "thresholdOnTrack"))}`,
  },
  goalsPartly: {
    sv: ({ p, area }) => `inom ${area} bedöms ${named("goal", ids(p, "goalsPartlyIds"), "sv")} bara delvis vara i fas`,
    en: ({ p, area }) =>
      `in ${area} ${named("goal", ids(p, "goalsPartlyIds"), "en")} ${ids(p, "goalsPartlyIds").length === 1 ? "is" : "are"} judged only partly on track`,
  },
  indicatorsWorse: {
    sv: ({ p, area }) =>
      `inom ${area} har ${named("indicator", ids(p, "decisiveWorseIds"), "sv")} blivit sämre sedan förra året`,
    en: ({ p, area }) => `in ${area} ${named("indicator", ids(p, "decisiveWorseIds"), "en")} got worse than last year`,
  },
  tooLittleToGoOn: {
    sv: ({ area }) => `för ${area} är underlaget för litet`,
    en: ({ area }) => `for ${area} there is too little to go on`,
  },
} as const satisfies Record<string, PhraseOf<Cause>>;

/** The cause each area reason names; null where nothing holds the area back. */
const CAUSE_OF_REASON: Readonly<Record<ReasonKey, keyof typeof CAUSES | null>> = {
  "area.tooFewReported": "tooLittleToGoOn",
  "area.nothingAssessed": "tooLittleToGoOn",
  "area.goalNotOnTrack": "goalsNotOnTrack",
  "area.belowPartly": "fewOnTrack",
  "area.belowOnTrack": "fewOnTrack",
  "area.goalPartly": "goalsPartly",
  "area.indicatorWorse": "indicatorsWorse",
  "area.onTrack": null,
  "overall.allOnTrack": null,
  "overall.worstOf": null,
  "overall.tooManyUnassessed": null,
};

/**
 * What holds an area back, said with the figures of its own reason, so the draft can never
 * claim more or less than the numbers beside it ("" for an area on track).
 */
function causeOf(a: AreaSummary, lang: Lang): string {
  const key = a.suggestion.reasonKey;
  const cause = isReasonKey(key) ? CAUSE_OF_REASON[key] : null;
  return cause === null ? "" : CAUSES[cause][lang]({ p: a.suggestion.reasonParams, area: oneArea(a, lang) });
}

interface DraftContext {
  readonly year: string;
  readonly period: string;
  readonly programme: string;
  /** What holds the work back, by area, joined ("" when nothing is named). */
  readonly causes: string;
  readonly areas: string;
  readonly totals: string;
  readonly reported: string;
  /** Sentences after the judgement: indicators to watch, areas that could not be assessed. */
  readonly after: string;
}

/**
 * Draft sentences in the municipality's way of writing the overall assessment (one judgement,
 * tied to whether the goals can be reached within the period), in our own words.
 */
const DRAFTS: Readonly<Record<Assessment, PhraseOf<DraftContext>>> = {
  onTrack: {
    sv: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} ligga i fas: i den takt arbetet bedrivs kan programmets mål nås innan programperioden ${c.period} är slut.${c.totals}${c.after}`,
    en: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged to be on track: at its current pace the programme's goals can be reached before the programme period ${c.period} ends.${c.totals}${c.after}`,
  },
  partly: {
    sv: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} ligga delvis i fas. Mycket går enligt plan, men ${c.causes === "" ? "inom vissa delar behöver arbetet komma längre" : `${c.causes}, och där behöver arbetet komma längre`} för att målen ska nås innan programperioden ${c.period} är slut.${c.totals}${c.after}`,
    en: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged to be partly on track. Much is going to plan, but ${c.causes === "" ? "in some parts the work needs to go further" : `${c.causes}, and there the work needs to go further`} for the goals to be reached before the programme period ${c.period} ends.${c.totals}${c.after}`,
  },
  notOnTrack: {
    sv: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} inte ligga i fas${c.causes === "" ? "" : `: ${c.causes}`}. Utan förstärkta insatser riskerar målen att inte nås under programperioden ${c.period}.${c.totals}${c.after}`,
    en: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged not to be on track${c.causes === "" ? "" : `: ${c.causes}`}. Without stronger efforts, the goals risk not being reached within the programme period ${c.period}.${c.totals}${c.after}`,
  },
  cannotAssess: {
    sv: (c) =>
      `Arbetet under ${c.year} med ${c.programme} kan ännu inte bedömas samlat eftersom underlaget är ofullständigt${c.areas === "" ? "" : `, särskilt för ${c.areas}`}: ${c.reported}. Om målen kan nås under programperioden ${c.period} bedöms när underlaget är komplett.`,
    en: (c) =>
      `The work on ${c.programme} in ${c.year} cannot yet be assessed as a whole because the information is incomplete${c.areas === "" ? "" : `, especially for ${c.areas}`}: ${c.reported}. Whether the goals can be reached within the programme period ${c.period} will be judged once it is complete.`,
  },
};

/** The programme's share on track, after the judgement. */
const DRAFT_TOTALS: PhraseOf<{ readonly onTrack: number; readonly assessed: number; readonly share: number }> = {
  sv: (t) =>
    ` Av de bedömda målen och aktiviteterna är ${formatNumber(t.onTrack, "sv")} av ${formatNumber(t.assessed, "sv")} (${formatPercent(t.share, "sv")}) i fas.`,
  en: (t) =>
    ` Of the assessed goals and activities, ${formatNumber(t.onTrack, "en")} of ${formatNumber(t.assessed, "en")} (${formatPercent(t.share, "en")}) are on track.`,
};

/** How much is reported, said when the information is too incomplete to judge. */
const DRAFT_REPORTED: PhraseOf<{ readonly reported: number; readonly rows: number }> = {
  sv: (r) =>
    `${formatNumber(r.reported, "sv")} av programmets ${formatNumber(r.rows, "sv")} mål, aktiviteter och indikatorer är rapporterade`,
  en: (r) =>
    `${formatNumber(r.reported, "en")} of the programme's ${formatNumber(r.rows, "en")} goals, activities and indicators have been reported`,
};

/** The worse indicators that did not decide an area's suggestion, by row ID. */
const DRAFT_WATCH: PhraseOf<readonly string[]> = {
  sv: (rowIds) => ` Att följa särskilt: ${named("indicator", rowIds, "sv")} har blivit sämre sedan förra året.`,
  en: (rowIds) =>
    ` To follow closely: ${named("indicator", rowIds, "en")} ${rowIds.length === 1 ? "has" : "have"} got worse since last year.`,
};

/** The areas and guidelines that could not be assessed, already named and capitalised. */
const DRAFT_SET_ASIDE: PhraseOf<string> = {
  sv: (which) => ` ${which} kunde inte bedömas i år eftersom underlaget är för litet.`,
  en: (which) => ` ${which} could not be assessed this year because there is too little to go on.`,
};

/**
 * A first draft of the overall assessment text, for the coordinator to edit. It follows the
 * coordinator's chosen assessment when one is made (a draft must not contradict the choice),
 * otherwise the suggestion; what holds the work back is said with each area's own figures.
 */
export function draftOverallText(programme: Programme, summary: Summary, lang: Lang): string {
  const assessment = summary.overall.chosen ?? summary.overall.suggestion.assessment;
  const share = summary.totals.shareOnTrack;
  const assessed = summary.totals.assessed ?? 0;
  const onTrack = summary.totals.onTrack ?? 0;
  const totals = share === null || assessed === 0 ? "" : DRAFT_TOTALS[lang]({ onTrack, assessed, share });
  const reported = DRAFT_REPORTED[lang]({ reported: summary.totals.reported, rows: summary.totals.rows });
  const behind = assessment === "onTrack" ? [] : areasBehind(summary, assessment);
  const causes = joinList(
    behind.map((a) => causeOf(a, lang)).filter((c) => c !== ""),
    lang
  );
  const worse = summary.areas.flatMap((a) =>
    a.indicators
      .filter((i) => i.trend === "worse" && !(a.suggestion.reasonKey === "area.indicatorWorse" && i.decisive === true))
      .map((i) => i.rowId)
  );
  const unassessed = summary.areas.filter((a) => a.suggestion.assessment === "cannotAssess");
  const watch = worse.length === 0 ? "" : DRAFT_WATCH[lang](worse);
  const setAside =
    assessment === "cannotAssess" || unassessed.length === 0
      ? ""
      : DRAFT_SET_ASIDE[lang](capitalise(areasPhrase(unassessed, lang)));
  return DRAFTS[assessment][lang]({
    year: String(summary.year),
    period: `${programme.period.from}–${programme.period.to}`,
    programme: programme.name.text,
    causes,
    areas: assessment === "onTrack" ? "" : areasPhrase(behind, lang),
    totals,
    reported,
    after: watch + setAside,
  });
}
