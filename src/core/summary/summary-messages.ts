import type { Programme } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import { ASSESSMENT, termByCode } from "../vocabulary/vocabularies";
import type { AreaSummary, Suggestion, Summary } from "./types";
import type { ReasonKey } from "./reasons";
import { isReasonKey } from "./reasons";
import { countWord, formatNumber, formatPercent, formatShareAgainst } from "./number-format";
import type { Lang } from "../lang";

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

/** "a", "a och b", "a, b och c" (en: "a, b and c"). */
function joinList(items: readonly string[], lang: Lang): string {
  const and = lang === "sv" ? " och " : " and ";
  if (items.length <= 1) {
    return items.join("");
  }
  return items.slice(0, -1).join(", ") + and + items[items.length - 1];
}

/** "område 3", "områdena 3 och 4 samt riktlinje G1" / "areas 3 and 4 and guideline G1". */
function areaList(areaIds: readonly string[], guidelineIds: readonly string[], lang: Lang): string {
  const words =
    lang === "sv"
      ? { area: ["område", "områdena"], guideline: ["riktlinje", "riktlinjerna"], between: " samt " }
      : { area: ["area", "areas"], guideline: ["guideline", "guidelines"], between: " and " };
  const group = (list: readonly string[], [one, many]: readonly string[]): string | null =>
    list.length === 0 ? null : `${list.length === 1 ? one : many} ${joinList(list, lang)}`;
  const parts = [group(areaIds, words.area), group(guidelineIds, words.guideline)].filter(
    (s): s is string => s !== null
  );
  if (parts.length === 2 && areaIds.length === 1 && guidelineIds.length === 1) {
    return joinList(parts, lang);
  }
  return parts.join(words.between);
}

/** "12 av 14 bedömda mål och aktiviteter (86 %) är i fas", or a sentence saying nothing is assessed. */
function onTrackPart(p: Params, lang: Lang, against: number): string {
  const assessed = num(p, "assessed");
  const share = optionalNum(p, "shareOnTrack");
  if (assessed === 0 || share === null) {
    return lang === "sv" ? "inget mål eller aktivitet är bedömt" : "no goal or activity has been assessed";
  }
  const onTrack = formatNumber(num(p, "onTrack"), lang);
  const of = formatNumber(assessed, lang);
  const pct = formatShareAgainst(share, against, lang);
  return lang === "sv"
    ? `${onTrack} av ${of} bedömda mål och aktiviteter (${pct}) är i fas`
    : `${onTrack} of ${of} assessed goals and activities (${pct}) ${num(p, "onTrack") === 1 ? "is" : "are"} on track`;
}

/** "två mål bedöms Delvis i fas (3.M1, 3.M4)" / "two goals are assessed Delvis i fas (…)". */
function goalsPhrase(count: number, assessment: Assessment, rowIds: readonly string[], lang: Lang): string {
  const list = rowIds.length > 0 ? ` (${rowIds.join(", ")})` : "";
  return lang === "sv"
    ? `${countWord(count, "sv", "neuter")} mål bedöms ${label(assessment, "sv")}${list}`
    : `${countWord(count, "en")} ${count === 1 ? "goal is" : "goals are"} assessed ${label(assessment, "en")}${list}`;
}

/** "indikatorn 1.I2" / "indikatorerna 1.I2 och G1.I3" (en: "indicator 1.I2", "indicators …"). */
function indicatorsPhrase(rowIds: readonly string[], lang: Lang): string {
  const many = rowIds.length !== 1;
  const noun = lang === "sv" ? (many ? "indikatorerna" : "indikatorn") : many ? "indicators" : "indicator";
  return `${noun} ${joinList(rowIds, lang)}`;
}

/** " Att bevaka: indikatorn 1.I2 har blivit sämre sedan förra året." — or "" with nothing to watch. */
function watchSentence(rowIds: readonly string[], lang: Lang): string {
  if (rowIds.length === 0) {
    return "";
  }
  return lang === "sv"
    ? ` Att bevaka: ${indicatorsPhrase(rowIds, "sv")} har blivit sämre sedan förra året.`
    : ` To watch: ${indicatorsPhrase(rowIds, "en")} ${rowIds.length === 1 ? "is" : "are"} worse than last year.`;
}

/** The area's worse indicators that did not decide the suggestion: named as things to watch. */
function areaWatch(p: Params, lang: Lang, key: ReasonKey): string {
  const decided = key === "area.indicatorWorse" ? ids(p, "decisiveWorseIds") : [];
  return watchSentence(
    ids(p, "indicatorsWorseIds").filter((id) => !decided.includes(id)),
    lang
  );
}

/** "av områdets 16 mål, aktiviteter och indikatorer" — what a reported share counts. */
function ofTheArea(rows: number, lang: Lang): string {
  return lang === "sv"
    ? `av områdets ${formatNumber(rows, lang)} mål, aktiviteter och indikatorer`
    : `of the area's ${formatNumber(rows, lang)} goals, activities and indicators`;
}

/** "i hela programmet är 65 av 70 bedömda mål och aktiviteter (93 %) i fas" (en: "across the programme, …"). */
function programmeTotal(p: Params, lang: Lang): string {
  const part = onTrackPart(p, lang, num(p, "thresholdOnTrack"));
  if (lang === "en") {
    return `across the programme, ${part}`;
  }
  return num(p, "assessed") === 0 || optionalNum(p, "shareOnTrack") === null
    ? "i hela programmet är inget mål eller aktivitet bedömt"
    : `i hela programmet är ${part.replace(/ är i fas$/, " i fas")}`;
}

type Sentence = (p: Params, lang: Lang) => string;

const pctOf = (p: Params, key: string, lang: Lang): string => formatPercent(num(p, key), lang, 1);

/** The areas and guidelines set aside as not assessable, in a sentence (or ""). */
function setAsideSentence(p: Params, lang: Lang): string {
  if (num(p, "unassessed") === 0) {
    return "";
  }
  const which = capitalise(areaList(ids(p, "unassessedAreaIds"), ids(p, "unassessedGuidelineIds"), lang));
  const many = num(p, "unassessed") !== 1;
  return lang === "sv"
    ? ` ${which} kan inte bedömas i år och ingår inte i förslaget; ${many ? "de" : "det"} behöver rapporteras innan bedömningen fastställs.`
    : ` ${which} cannot be assessed this year and ${many ? "are" : "is"} left out of the suggestion; ${many ? "they need" : "it needs"} reporting before the assessment is settled.`;
}

const SENTENCES: Readonly<Record<ReasonKey, Sentence>> = {
  "area.tooFewReported": (p, lang) => {
    const pct = formatShareAgainst(num(p, "reportedShare"), num(p, "thresholdMinReported"), lang);
    const reported = formatNumber(num(p, "reported"), lang);
    const rows = num(p, "rows");
    const min = pctOf(p, "thresholdMinReported", lang);
    if (num(p, "reported") === 0) {
      return lang === "sv"
        ? `Inget ${ofTheArea(rows, lang)} är rapporterat, och minst ${min} krävs för en bedömning.`
        : `None ${ofTheArea(rows, lang)} has been reported, and at least ${min} are needed for an assessment.`;
    }
    return lang === "sv"
      ? `Bara ${reported} ${ofTheArea(rows, lang)} (${pct}) är rapporterade, färre än de ${min} som krävs för en bedömning.`
      : `Only ${reported} ${ofTheArea(rows, lang)} (${pct}) have been reported, fewer than the ${min} needed for an assessment.`;
  },
  "area.nothingAssessed": (p, lang) => {
    const reported = formatNumber(num(p, "reported"), lang);
    return lang === "sv"
      ? `${reported} ${ofTheArea(num(p, "rows"), lang)} är rapporterade, men inget mål eller aktivitet har en bedömning som kan räknas och ingen indikator har värden för både i år och förra året.`
      : `${reported} ${ofTheArea(num(p, "rows"), lang)} have been reported, but no goal or activity has a status that counts and no indicator has values for both this year and last year.`;
  },
  "area.goalNotOnTrack": (p, lang) =>
    `${capitalise(goalsPhrase(num(p, "goalsNotOnTrack"), "notOnTrack", ids(p, "goalsNotOnTrackIds"), lang))}; ${onTrackPart(p, lang, num(p, "thresholdOnTrack"))}.`,
  "area.belowPartly": (p, lang) =>
    lang === "sv"
      ? `${capitalise(onTrackPart(p, lang, num(p, "thresholdPartly")))}, under gränsen för ${label("partly", "sv")} (${pctOf(p, "thresholdPartly", lang)}).`
      : `${capitalise(onTrackPart(p, lang, num(p, "thresholdPartly")))}, below the threshold for ${label("partly", "en")} (${pctOf(p, "thresholdPartly", lang)}).`,
  "area.belowOnTrack": (p, lang) =>
    lang === "sv"
      ? `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))}, under gränsen för ${label("onTrack", "sv")} (${pctOf(p, "thresholdOnTrack", lang)}) men minst gränsen för ${label("partly", "sv")} (${pctOf(p, "thresholdPartly", lang)}).`
      : `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))}, below the threshold for ${label("onTrack", "en")} (${pctOf(p, "thresholdOnTrack", lang)}) but at least the threshold for ${label("partly", "en")} (${pctOf(p, "thresholdPartly", lang)}).`,
  "area.goalPartly": (p, lang) =>
    `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))}, ${lang === "sv" ? "men" : "but"} ${goalsPhrase(num(p, "goalsPartly"), "partly", ids(p, "goalsPartlyIds"), lang)}.`,
  "area.indicatorWorse": (p, lang) => {
    const list = ids(p, "decisiveWorseIds");
    const many = list.length !== 1;
    return lang === "sv"
      ? `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))}, men ${indicatorsPhrase(list, "sv")}, som programmet låter väga in i bedömningen, har blivit sämre sedan förra året.`
      : `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))}, but ${indicatorsPhrase(list, "en")}, which the programme makes part of the assessment, ${many ? "are" : "is"} worse than last year.`;
  },
  "area.onTrack": (p, lang) =>
    lang === "sv"
      ? `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))} och inget mål bedöms ${label("notOnTrack", "sv")} (gränsen för ${label("onTrack", "sv")} är ${pctOf(p, "thresholdOnTrack", lang)}).`
      : `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))} and no goal is assessed ${label("notOnTrack", "en")} (the threshold for ${label("onTrack", "en")} is ${pctOf(p, "thresholdOnTrack", lang)}).`,
  "overall.allOnTrack": (p, lang) => {
    const all = num(p, "areaCount");
    const assessable = num(p, "assessableCount") || all;
    const who =
      assessable === all
        ? lang === "sv"
          ? `Alla ${countWord(all, "sv")} områden och riktlinjer`
          : `All ${countWord(all, "en")} areas and guidelines`
        : lang === "sv"
          ? `De ${countWord(assessable, "sv")} områden och riktlinjer som kan bedömas`
          : `The ${countWord(assessable, "en")} areas and guidelines that can be assessed`;
    return lang === "sv"
      ? `${who} bedöms ${label("onTrack", "sv")}; ${programmeTotal(p, lang)}.${setAsideSentence(p, lang)}`
      : `${who} are suggested ${label("onTrack", "en")}; ${programmeTotal(p, lang)}.${setAsideSentence(p, lang)}`;
  },
  "overall.worstOf": (p, lang) => {
    const which = areaList(ids(p, "areaIds"), ids(p, "guidelineIds"), lang);
    const many = num(p, "pulledDown") !== 1;
    return lang === "sv"
      ? `Förslaget följer ${which}, som bedöms ${label(overallAssessment(p), "sv")}; ${programmeTotal(p, lang)}.${setAsideSentence(p, lang)}`
      : `The suggestion follows ${which}, which ${many ? "are" : "is"} suggested ${label(overallAssessment(p), "en")}; ${programmeTotal(p, lang)}.${setAsideSentence(p, lang)}`;
  },
  "overall.tooManyUnassessed": (p, lang) => {
    const which = areaList(ids(p, "unassessedAreaIds"), ids(p, "unassessedGuidelineIds"), lang);
    const n = num(p, "unassessed");
    const all = num(p, "areaCount");
    const min = pctOf(p, "thresholdMinReported", lang);
    return lang === "sv"
      ? `${capitalise(countWord(n, "sv", "neuter"))} av ${countWord(all, "sv", "neuter")} områden och riktlinjer kan inte bedömas i år (${which}), så programmet kan inte bedömas som helhet; minst ${min} av dem behöver kunna bedömas.`
      : `${capitalise(countWord(n, "en"))} of ${countWord(all, "en")} areas and guidelines cannot be assessed this year (${which}), so the programme cannot be assessed as a whole; at least ${min} of them must be assessable.`;
  },
};

/** The overall reason carries its own assessment so the sentence can name it. */
function overallAssessment(p: Params): Assessment {
  const code = str(p, "assessment");
  return ASSESSMENT.find((t) => t.code === code)?.code ?? "cannotAssess";
}

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
    return SENTENCES[s.reasonKey](p, lang) + watch;
  }
  // A key from a newer version: say what is suggested rather than fail.
  return lang === "sv" ? `Förslag: ${label(s.assessment, "sv")}.` : `Suggested: ${label(s.assessment, "en")}.`;
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

/** "målet 3.M1" / "målen 3.M1 och 3.M4" (en: "goal 3.M1", "goals …"). */
function goalsNamed(rowIds: readonly string[], lang: Lang): string {
  const many = rowIds.length !== 1;
  return `${lang === "sv" ? (many ? "målen" : "målet") : many ? "goals" : "goal"} ${joinList(rowIds, lang)}`;
}

/**
 * What holds an area back, said with the figures of its own reason, so the draft can never
 * claim more or less than the numbers beside it ("" for an area on track).
 */
function causeOf(a: AreaSummary, lang: Lang): string {
  const p = a.suggestion.reasonParams;
  const where = lang === "sv" ? `inom ${oneArea(a, lang)}` : `in ${oneArea(a, lang)}`;
  const sv = lang === "sv";
  switch (a.suggestion.reasonKey) {
    case "area.goalNotOnTrack":
      return sv
        ? `${where} bedöms ${goalsNamed(ids(p, "goalsNotOnTrackIds"), lang)} inte vara i fas`
        : `${where} ${goalsNamed(ids(p, "goalsNotOnTrackIds"), lang)} ${ids(p, "goalsNotOnTrackIds").length === 1 ? "is" : "are"} judged not on track`;
    case "area.belowPartly":
    case "area.belowOnTrack":
      return sv
        ? `${where} är bara ${onTrackPart(p, lang, num(p, "thresholdOnTrack")).replace(/ är i fas$/, " i fas")}`
        : `${where} only ${onTrackPart(p, lang, num(p, "thresholdOnTrack"))}`;
    case "area.goalPartly":
      return sv
        ? `${where} bedöms ${goalsNamed(ids(p, "goalsPartlyIds"), lang)} bara delvis vara i fas`
        : `${where} ${goalsNamed(ids(p, "goalsPartlyIds"), lang)} ${ids(p, "goalsPartlyIds").length === 1 ? "is" : "are"} judged only partly on track`;
    case "area.indicatorWorse":
      return sv
        ? `${where} har ${indicatorsPhrase(ids(p, "decisiveWorseIds"), lang)} blivit sämre sedan förra året`
        : `${where} ${indicatorsPhrase(ids(p, "decisiveWorseIds"), lang)} got worse than last year`;
    case "area.tooFewReported":
    case "area.nothingAssessed":
      return sv
        ? `för ${oneArea(a, lang)} är underlaget för litet`
        : `for ${oneArea(a, lang)} there is too little to go on`;
    default:
      return "";
  }
}

type Draft = (ctx: DraftContext) => string;
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
const DRAFTS: Readonly<Record<Lang, Readonly<Record<Assessment, Draft>>>> = {
  sv: {
    onTrack: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} ligga i fas: i den takt arbetet bedrivs kan programmets mål nås innan programperioden ${c.period} är slut.${c.totals}${c.after}`,
    partly: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} ligga delvis i fas. Mycket går enligt plan, men ${c.causes === "" ? "inom vissa delar behöver arbetet komma längre" : `${c.causes}, och där behöver arbetet komma längre`} för att målen ska nås innan programperioden ${c.period} är slut.${c.totals}${c.after}`,
    notOnTrack: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} inte ligga i fas${c.causes === "" ? "" : `: ${c.causes}`}. Utan förstärkta insatser riskerar målen att inte nås under programperioden ${c.period}.${c.totals}${c.after}`,
    cannotAssess: (c) =>
      `Arbetet under ${c.year} med ${c.programme} kan ännu inte bedömas samlat eftersom underlaget är ofullständigt${c.areas === "" ? "" : `, särskilt för ${c.areas}`}: ${c.reported}. Om målen kan nås under programperioden ${c.period} bedöms när underlaget är komplett.`,
  },
  en: {
    onTrack: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged to be on track: at its current pace the programme's goals can be reached before the programme period ${c.period} ends.${c.totals}${c.after}`,
    partly: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged to be partly on track. Much is going to plan, but ${c.causes === "" ? "in some parts the work needs to go further" : `${c.causes}, and there the work needs to go further`} for the goals to be reached before the programme period ${c.period} ends.${c.totals}${c.after}`,
    notOnTrack: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged not to be on track${c.causes === "" ? "" : `: ${c.causes}`}. Without stronger efforts, the goals risk not being reached within the programme period ${c.period}.${c.totals}${c.after}`,
    cannotAssess: (c) =>
      `The work on ${c.programme} in ${c.year} cannot yet be assessed as a whole because the information is incomplete${c.areas === "" ? "" : `, especially for ${c.areas}`}: ${c.reported}. Whether the goals can be reached within the programme period ${c.period} will be judged once it is complete.`,
  },
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
  const totals =
    share === null || assessed === 0
      ? ""
      : lang === "sv"
        ? ` Av de bedömda målen och aktiviteterna är ${formatNumber(onTrack, lang)} av ${formatNumber(assessed, lang)} (${formatPercent(share, lang)}) i fas.`
        : ` Of the assessed goals and activities, ${formatNumber(onTrack, lang)} of ${formatNumber(assessed, lang)} (${formatPercent(share, lang)}) are on track.`;
  const reported =
    lang === "sv"
      ? `${formatNumber(summary.totals.reported, lang)} av programmets ${formatNumber(summary.totals.rows, lang)} mål, aktiviteter och indikatorer är rapporterade`
      : `${formatNumber(summary.totals.reported, lang)} of the programme's ${formatNumber(summary.totals.rows, lang)} goals, activities and indicators have been reported`;
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
  const watch =
    worse.length === 0
      ? ""
      : lang === "sv"
        ? ` Att följa särskilt: ${indicatorsPhrase(worse, lang)} har blivit sämre sedan förra året.`
        : ` To follow closely: ${indicatorsPhrase(worse, lang)} ${worse.length === 1 ? "has" : "have"} got worse since last year.`;
  const setAside =
    assessment === "cannotAssess" || unassessed.length === 0
      ? ""
      : lang === "sv"
        ? ` ${capitalise(areasPhrase(unassessed, lang))} kunde inte bedömas i år eftersom underlaget är för litet.`
        : ` ${capitalise(areasPhrase(unassessed, lang))} could not be assessed this year because there is too little to go on.`;
  return DRAFTS[lang][assessment]({
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
