import type { Lang } from "../lang";
import type { Phrase } from "../i18n/phrase";
import { draftOverallText, renderReason } from "../summary/summary-messages";
import type { Programme } from "../programme/schema";
import type { CoordinatorChoices, RowEntry } from "../read/types";
import { countWord, formatNumber, formatPercent } from "../summary/number-format";
import type { Counts, Summary } from "../summary/types";
import { ACTIVITY_STATUS, ASSESSMENT, termByCode, type Term } from "../vocabulary/vocabularies";
import { assessmentLine } from "./assessment-line";
import { deviations } from "./deviations";
import { present, reportTerm } from "./format";
import { sentences, type SentenceContext } from "./texts";
import type { AreaAssessmentRow, OverallPart, SummaryPart, TermCount } from "./types";

function termCounts(terms: readonly Term<string>[], counts: Counts, lang: Lang): TermCount[] {
  return terms.map((t) => ({ term: reportTerm(t, lang), count: counts[t.code] ?? 0 }));
}

/** Before the last item of a list. */
const AND: Phrase = { sv: " och ", en: " and " };

/** "a, b och c" / "a, b and c". */
export function listOf(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) {
    return items.join("");
  }
  return `${items.slice(0, -1).join(", ")}${AND[lang]}${items[items.length - 1] ?? ""}`;
}

function overallPart(programme: Programme, summary: Summary, choices: CoordinatorChoices, lang: Lang): OverallPart {
  const choice = choices["overall"];
  const chosen = choice?.assessment ?? summary.overall.chosen;
  const text = present(choice?.text ?? summary.overall.text);
  return {
    term: reportTerm(termByCode(ASSESSMENT, chosen ?? summary.overall.suggestion.assessment), lang),
    source: chosen === null ? "suggested" : "chosen",
    reason: renderReason(summary.overall.suggestion, lang),
    // The draft follows the chosen assessment when there is one, so it never contradicts it.
    text: text ?? draftOverallText(programme, summary, lang),
    isDraft: text === null,
  };
}

export interface SummaryPartContext {
  readonly programme: Programme;
  readonly summary: Summary;
  readonly entries: ReadonlyMap<string, RowEntry>;
  readonly choices: CoordinatorChoices;
  readonly sentence: SentenceContext;
  readonly attachment: string;
  readonly lang: Lang;
}

/** Sammanfattning: the decision line, the goal and areas, the scope, assessments, deviations. */
export function summaryPart(ctx: SummaryPartContext): SummaryPart {
  const { programme, summary, lang } = ctx;
  const words = sentences(lang);
  const areas = programme.areas.filter((a) => a.kind === "area");
  const guidelines = programme.areas.filter((a) => a.kind === "guideline");
  const assessments: AreaAssessmentRow[] = summary.areas.map((a) => ({
    areaId: a.areaId,
    kind: a.kind,
    name: a.name,
    assessment: assessmentLine(a.suggestion, a.chosen, ctx.choices[a.areaId], a.text, lang),
    goals: termCounts(ASSESSMENT, a.goals, lang),
    activities: termCounts(ACTIVITY_STATUS, a.activities, lang),
    reported: a.reported,
    rows: a.rows,
  }));
  const share = summary.totals.rows === 0 ? 0 : summary.totals.reported / summary.totals.rows;
  return {
    decision: words.decision(ctx.sentence, ctx.attachment),
    overallGoal: { text: programme.overallGoal.text, example: programme.overallGoal.provenance === "example" },
    areasIntro: words.areasIntro(countWord(areas.length, lang)),
    areaList: areas.map((a) => `${a.id}) ${a.name.text}`),
    scope: words.scope(ctx.sentence),
    guidelinesScope:
      guidelines.length === 0
        ? null
        : words.guidelinesScope(
            listOf(
              guidelines.map((g) => g.name.text.toLowerCase()),
              lang
            )
          ),
    reporting: words.reporting(
      formatNumber(summary.totals.reported, lang),
      formatNumber(summary.totals.rows, lang),
      formatPercent(share, lang)
    ),
    assessments,
    overall: overallPart(programme, summary, ctx.choices, lang),
    deviations: deviations(programme, summary, ctx.entries, lang),
  };
}
