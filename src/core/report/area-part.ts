import type { Lang } from "../lang";
import type { Area, ProgrammeRow } from "../programme/schema";
import type { CoordinatorChoices, RowEntry } from "../read/types";
import type { AreaSummary, IndicatorSummary } from "../summary/types";
import { TREND, termByCode } from "../vocabulary/vocabularies";
import { assessmentLine } from "./assessment-line";
import { formatValue, present, reportTerm } from "./format";
import { keyFigure } from "./key-figures";
import { statusTerm } from "./row-terms";
import { doneParagraphs, draftDoneText } from "../summary/done-draft";
import type { ActivityItem, AreaPart, DonePart, GoalItem, IndicatorItem, IndicatorPeriod, KeyFigure } from "./types";

export interface AreaPartContext {
  readonly entries: ReadonlyMap<string, RowEntry>;
  readonly choices: CoordinatorChoices;
  readonly year: number;
  readonly lang: Lang;
  /** The programme period: the years an indicator's chart shows. */
  readonly period: { readonly from: number; readonly to: number };
}

/** The values over the period: the programme's history, last year's and this year's as the workbook has them. */
function indicatorPeriod(ind: IndicatorSummary, row: ProgrammeRow, ctx: AreaPartContext): IndicatorPeriod {
  const years = Array.from({ length: ctx.period.to - ctx.period.from + 1 }, (_, i) => ctx.period.from + i);
  const history = row.indicator?.history ?? {};
  const valueIn = (y: number): number | null =>
    y === ctx.year ? ind.value : y === ctx.year - 1 ? ind.lastYear : y < ctx.year ? (history[String(y)] ?? null) : null;
  return { unit: ind.unit, years, values: years.map(valueIn), target: ind.target };
}

function indicatorItem(
  ind: IndicatorSummary,
  row: ProgrammeRow,
  comment: string | null,
  ctx: AreaPartContext
): IndicatorItem {
  const { lang } = ctx;
  const text = row.text.text;
  return {
    period: indicatorPeriod(ind, row, ctx),
    rowId: ind.rowId,
    text,
    example: row.text.provenance === "example",
    lastYear: formatValue(ind.lastYear, ind.unit, lang),
    value: formatValue(ind.value, ind.unit, lang),
    target: formatValue(ind.target, ind.unit, lang),
    trend: reportTerm(termByCode(TREND, ind.trend), lang),
    comment,
  };
}

/** The coordinator's "Genomfört under året" when written, else the draft from the rows. */
function donePart(area: Area, entries: ReadonlyMap<string, RowEntry>, written: string | null): DonePart {
  const own = written === null ? [] : doneParagraphs(written);
  return own.length > 0
    ? { paragraphs: own, source: "coordinator" }
    : { paragraphs: doneParagraphs(draftDoneText(area, entries)), source: "draft" };
}

/** One area's or guideline's section: delmål, assessment, goals, what was done, activities, indicators. */
export function areaPart(area: Area, summary: AreaSummary | undefined, ctx: AreaPartContext): AreaPart {
  const { entries, lang } = ctx;
  const indicators = new Map((summary?.indicators ?? []).map((i) => [i.rowId, i] as const));
  const goals: GoalItem[] = [];
  const activities: ActivityItem[] = [];
  const indicatorItems: IndicatorItem[] = [];
  const keyFigures: KeyFigure[] = [];
  for (const row of area.rows) {
    const entry = entries.get(row.id);
    const comment = present(entry?.comment);
    if (row.type === "goal") {
      goals.push({
        rowId: row.id,
        text: row.text.text,
        example: row.text.provenance === "example",
        term: statusTerm("goal", entry?.status, lang),
        comment,
      });
    } else if (row.type === "activity") {
      activities.push({
        rowId: row.id,
        text: row.text.text,
        example: row.text.provenance === "example",
        department: entry?.department ?? row.department,
        term: statusTerm("activity", entry?.status, lang),
        comment,
      });
    } else {
      const ind = indicators.get(row.id);
      if (ind !== undefined) {
        indicatorItems.push(indicatorItem(ind, row, comment, ctx));
        if (area.kind === "guideline") {
          keyFigures.push(keyFigure(row, ind, ctx.year, lang));
        }
      }
    }
  }
  const assessment =
    summary === undefined
      ? null
      : assessmentLine(summary.suggestion, summary.chosen, ctx.choices[area.id], summary.text, lang);
  if (assessment === null) {
    throw new Error(`the summary has no area ${area.id}`);
  }
  return {
    areaId: area.id,
    done: donePart(area, entries, ctx.choices[area.id]?.done ?? null),
    kind: area.kind,
    title: `${area.id} ${area.name.text}`,
    delmal: { text: area.delmal.text, example: area.delmal.provenance === "example" },
    covers: { text: area.covers.text, example: area.covers.provenance === "example" },
    assessment,
    goals,
    activities,
    indicators: indicatorItems,
    keyFigures,
  };
}
