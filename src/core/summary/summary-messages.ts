import type { Programme } from "../programme/schema";
import type { Assessment } from "../vocabulary/vocabularies";
import { ASSESSMENT, termByCode } from "../vocabulary/vocabularies";
import type { AreaSummary, Suggestion, Summary } from "./types";
import type { ReasonKey } from "./reasons";
import { isReasonKey } from "./reasons";
import { formatNumber, formatPercent, formatShareAgainst } from "./number-format";
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

/** "12 av 14 bedömda rader (86 %) är i fas" or, with nothing assessed, a sentence saying so. */
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
    ? `${onTrack} av ${of} bedömda rader (${pct}) är i fas`
    : `${onTrack} of ${of} assessed ${assessed === 1 ? "row" : "rows"} (${pct}) ${num(p, "onTrack") === 1 ? "is" : "are"} on track`;
}

function goalsPhrase(count: number, assessment: Assessment, rowIds: readonly string[], lang: Lang): string {
  const list = rowIds.length > 0 ? ` (${rowIds.join(", ")})` : "";
  return lang === "sv"
    ? `${formatNumber(count, "sv")} mål är ${count === 1 ? "bedömt" : "bedömda"} ${label(assessment, "sv")}${list}`
    : `${formatNumber(count, "en")} ${count === 1 ? "goal is" : "goals are"} assessed ${label(assessment, "en")}${list}`;
}

type Sentence = (p: Params, lang: Lang) => string;

const pctOf = (p: Params, key: string, lang: Lang): string => formatPercent(num(p, key), lang, 1);

const SENTENCES: Readonly<Record<ReasonKey, Sentence>> = {
  "area.tooFewReported": (p, lang) => {
    const min = num(p, "thresholdMinReported");
    const pct = formatShareAgainst(num(p, "reportedShare"), min, lang);
    const reported = formatNumber(num(p, "reported"), lang);
    const rows = formatNumber(num(p, "rows"), lang);
    if (num(p, "reported") === 0) {
      return lang === "sv"
        ? `Ingen av ${rows} rader är rapporterad, och minst ${pctOf(p, "thresholdMinReported", lang)} krävs för en bedömning.`
        : `None of ${rows} rows has been reported, and at least ${pctOf(p, "thresholdMinReported", lang)} are needed for an assessment.`;
    }
    return lang === "sv"
      ? `Bara ${reported} av ${rows} rader (${pct}) är rapporterade, färre än de ${pctOf(p, "thresholdMinReported", lang)} som krävs för en bedömning.`
      : `Only ${reported} of ${rows} rows (${pct}) have been reported, fewer than the ${pctOf(p, "thresholdMinReported", lang)} needed for an assessment.`;
  },
  "area.nothingAssessed": (p, lang) => {
    const reported = formatNumber(num(p, "reported"), lang);
    const rows = formatNumber(num(p, "rows"), lang);
    return lang === "sv"
      ? `${reported} av ${rows} rader är rapporterade, men inget mål eller aktivitet har en bedömning som räknas och ingen indikator har värden för både i år och förra året.`
      : `${reported} of ${rows} rows have been reported, but no goal or activity has a status that counts and no indicator has values for both this year and last year.`;
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
    const n = num(p, "indicatorsWorse");
    const list = ids(p, "indicatorsWorseIds");
    const which = list.length > 0 ? ` (${list.join(", ")})` : "";
    const count = formatNumber(n, lang);
    return lang === "sv"
      ? `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))}, men ${count} ${n === 1 ? "indikator" : "indikatorer"} har blivit sämre sedan förra året${which}.`
      : `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))}, but ${count} ${n === 1 ? "indicator is" : "indicators are"} worse than last year${which}.`;
  },
  "area.onTrack": (p, lang) =>
    lang === "sv"
      ? `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))} och inga mål är bedömda ${label("notOnTrack", "sv")} (gräns för ${label("onTrack", "sv")}: ${pctOf(p, "thresholdOnTrack", lang)}).`
      : `${capitalise(onTrackPart(p, lang, num(p, "thresholdOnTrack")))} and no goal is assessed ${label("notOnTrack", "en")} (threshold for ${label("onTrack", "en")}: ${pctOf(p, "thresholdOnTrack", lang)}).`,
  "overall.allOnTrack": (p, lang) => {
    const n = formatNumber(num(p, "areaCount"), lang);
    const total = onTrackPart(p, lang, num(p, "thresholdOnTrack"));
    return lang === "sv"
      ? `Alla ${n} områden och riktlinjer har förslaget ${label("onTrack", "sv")}; i hela programmet gäller att ${total}.`
      : `All ${n} areas and guidelines are suggested ${label("onTrack", "en")}; across the programme, ${total}.`;
  },
  "overall.worstOf": (p, lang) => {
    const which = areaList(ids(p, "areaIds"), ids(p, "guidelineIds"), lang);
    const many = num(p, "pulledDown") !== 1;
    const total = onTrackPart(p, lang, num(p, "thresholdOnTrack"));
    return lang === "sv"
      ? `${capitalise(which)} har förslaget ${label(overallAssessment(p), "sv")}, och det svagaste området avgör det samlade förslaget; i hela programmet gäller att ${total}.`
      : `${capitalise(which)} ${many ? "are" : "is"} suggested ${label(overallAssessment(p), "en")}, and the weakest area decides the overall suggestion; across the programme, ${total}.`;
  },
};

/** The overall reason carries its own assessment so the sentence can name it. */
function overallAssessment(p: Params): Assessment {
  const code = str(p, "assessment");
  return ASSESSMENT.find((t) => t.code === code)?.code ?? "cannotAssess";
}

/** Why an assessment is suggested, as one or two sentences in `lang`. */
export function renderReason(s: Suggestion, lang: Lang): string {
  if (isReasonKey(s.reasonKey)) {
    return SENTENCES[s.reasonKey]({ assessment: s.assessment, ...s.reasonParams }, lang);
  }
  // A key from a newer version: say what is suggested rather than fail.
  return lang === "sv" ? `Förslag: ${label(s.assessment, "sv")}.` : `Suggested: ${label(s.assessment, "en")}.`;
}

/** The areas behind an overall assessment: those suggested the same, else those not on track. */
function areasBehind(summary: Summary, assessment: Assessment): readonly AreaSummary[] {
  const same = summary.areas.filter((a) => a.suggestion.assessment === assessment);
  return same.length > 0 ? same : summary.areas.filter((a) => a.suggestion.assessment !== "onTrack");
}

function areasPhrase(areas: readonly AreaSummary[], lang: Lang): string {
  return areaList(
    areas.filter((a) => a.kind === "area").map((a) => a.areaId),
    areas.filter((a) => a.kind === "guideline").map((a) => a.areaId),
    lang
  );
}

type Draft = (ctx: DraftContext) => string;
interface DraftContext {
  readonly year: string;
  readonly period: string;
  readonly programme: string;
  readonly areas: string;
  readonly totals: string;
  readonly reported: string;
}

/**
 * Draft sentences in the municipality's way of writing the overall assessment (one judgement,
 * tied to whether the goals can be reached within the period), in our own words.
 */
const DRAFTS: Readonly<Record<Lang, Readonly<Record<Assessment, Draft>>>> = {
  sv: {
    onTrack: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} ligga i fas: i den takt arbetet bedrivs kan programmets mål nås innan programperioden ${c.period} är slut.${c.totals}`,
    partly: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} ligga delvis i fas. Mycket går enligt plan, men ${c.areas === "" ? "inom vissa delar" : `inom ${c.areas}`} behöver arbetet komma längre för att målen ska nås innan programperioden ${c.period} är slut.${c.totals}`,
    notOnTrack: (c) =>
      `Sammantaget bedöms arbetet under ${c.year} med ${c.programme} inte ligga i fas. Utan förstärkta insatser ${c.areas === "" ? "" : `inom ${c.areas} `}riskerar målen att inte nås under programperioden ${c.period}.${c.totals}`,
    cannotAssess: (c) =>
      `Arbetet under ${c.year} med ${c.programme} kan ännu inte bedömas samlat eftersom underlaget är ofullständigt${c.areas === "" ? "" : `, särskilt för ${c.areas}`}: ${c.reported}. Om målen kan nås under programperioden ${c.period} bedöms när underlaget är komplett.`,
  },
  en: {
    onTrack: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged to be on track: at its current pace the programme's goals can be reached before the programme period ${c.period} ends.${c.totals}`,
    partly: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged to be partly on track. Much is going to plan, but ${c.areas === "" ? "in some parts" : `in ${c.areas}`} the work needs to go further for the goals to be reached before the programme period ${c.period} ends.${c.totals}`,
    notOnTrack: (c) =>
      `Overall, the work on ${c.programme} in ${c.year} is judged not to be on track. Without stronger efforts${c.areas === "" ? "" : ` in ${c.areas}`}, the goals risk not being reached within the programme period ${c.period}.${c.totals}`,
    cannotAssess: (c) =>
      `The work on ${c.programme} in ${c.year} cannot yet be assessed as a whole because the information is incomplete${c.areas === "" ? "" : `, especially for ${c.areas}`}: ${c.reported}. Whether the goals can be reached within the programme period ${c.period} will be judged once it is complete.`,
  },
};

/**
 * A first draft of the overall assessment text, for the coordinator to edit. It follows the
 * coordinator's chosen assessment when one is made (a draft must not contradict the choice),
 * otherwise the suggestion.
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
      ? `${formatNumber(summary.totals.reported, lang)} av ${formatNumber(summary.totals.rows, lang)} rader i uppföljningen är rapporterade`
      : `${formatNumber(summary.totals.reported, lang)} of ${formatNumber(summary.totals.rows, lang)} rows of the follow-up have been reported`;
  return DRAFTS[lang][assessment]({
    year: String(summary.year),
    period: `${programme.period.from}–${programme.period.to}`,
    programme: programme.name.text,
    areas: assessment === "onTrack" ? "" : areasPhrase(areasBehind(summary, assessment), lang),
    totals,
    reported,
  });
}
