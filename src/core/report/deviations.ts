import type { Lang } from "../lang";
import type { Programme, ProgrammeRow } from "../programme/schema";
import type { RowEntry } from "../read/types";
import type { IndicatorSummary, Summary } from "../summary/types";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  TREND,
  termByCode,
  type ActivityStatus,
  type Assessment,
} from "../vocabulary/vocabularies";
import { formatValue, present, reportTerm } from "./format";
import type { Deviation } from "./types";

/** What counts as a deviation for the committee, as data. */
export const DEVIATING_ACTIVITY: readonly ActivityStatus[] = ["delayed", "notStarted"];
export const DEVIATING_GOAL: readonly Assessment[] = ["notOnTrack", "partly"];

function deviatingActivity(status: string | null): status is ActivityStatus {
  return DEVIATING_ACTIVITY.some((s) => s === status);
}

function deviatingGoal(status: string | null): status is Assessment {
  return DEVIATING_GOAL.some((s) => s === status);
}

function deviationOf(
  row: ProgrammeRow,
  entry: RowEntry | undefined,
  indicator: IndicatorSummary | undefined,
  lang: Lang
): Pick<Deviation, "kind" | "term" | "detail"> | null {
  const status = entry?.status ?? null;
  if (row.type === "activity" && deviatingActivity(status)) {
    return { kind: "activity", term: reportTerm(termByCode(ACTIVITY_STATUS, status), lang), detail: null };
  }
  if (row.type === "goal" && deviatingGoal(status)) {
    return { kind: "goal", term: reportTerm(termByCode(ASSESSMENT, status), lang), detail: null };
  }
  if (row.type === "indicator" && indicator?.trend === "worse") {
    const unit = indicator.unit;
    return {
      kind: "indicator",
      term: reportTerm(termByCode(TREND, "worse"), lang),
      detail: `${formatValue(indicator.lastYear, unit, lang)} → ${formatValue(indicator.value, unit, lang)}`,
    };
  }
  return null;
}

/**
 * The main deviations of the year, in programme order: activities delayed or not started, goals
 * not or only partly on track, and indicators worse than last year, each with its comment.
 */
export function deviations(
  programme: Programme,
  summary: Summary,
  entries: ReadonlyMap<string, RowEntry>,
  lang: Lang
): Deviation[] {
  const indicators = new Map(summary.areas.flatMap((a) => a.indicators.map((i) => [i.rowId, i] as const)));
  return programme.areas.flatMap((area) =>
    area.rows.flatMap((row): Deviation[] => {
      const entry = entries.get(row.id);
      const found = deviationOf(row, entry, indicators.get(row.id), lang);
      return found === null
        ? []
        : [
            {
              ...found,
              rowId: row.id,
              areaId: area.id,
              areaName: area.name.text,
              text: row.text.text,
              comment: present(entry?.comment),
            },
          ];
    })
  );
}
