import type { Area, Programme } from "../programme/schema";
import type { CoordinatorChoices, RowEntry } from "../read/types";
import type { Lang } from "../lang";
import { draftDoneText } from "./done-draft";
import { draftOverallText } from "./summary-messages";
import { ACTIVITY_STATUS, ASSESSMENT } from "../vocabulary/vocabularies";
import { countKeys } from "./counts";
import { shareOf, tallyOnTrack } from "./on-track";
import { suggestOverall } from "./overall";
import type { RowOutcome } from "./row-outcome";
import { rowOutcome } from "./row-outcome";
import { suggestForArea } from "./suggestion-rules";
import type { AreaSummary, DepartmentProgress, IndicatorSummary, Summary } from "./types";

export interface SummariseOptions {
  readonly year: number;
  readonly choices: CoordinatorChoices;
  /** Language of `overall.draftText`; Swedish unless told (the workbook is Swedish). */
  readonly lang?: Lang;
}

/** Key of the programme-level choice in CoordinatorChoices. */
export const OVERALL_CHOICE_KEY = "overall";

function statusCounts(outcomes: readonly RowOutcome[]): Pick<AreaSummary, "activities" | "goals"> {
  const keysOf = (type: "activity" | "goal"): string[] =>
    outcomes.filter((o) => o.row.type === type && o.countKey !== null).map((o) => o.countKey ?? "");
  return { activities: countKeys(ACTIVITY_STATUS, keysOf("activity")), goals: countKeys(ASSESSMENT, keysOf("goal")) };
}

function summariseArea(
  area: Area,
  outcomes: readonly RowOutcome[],
  programme: Programme,
  choices: CoordinatorChoices,
  entries: ReadonlyMap<string, RowEntry>
): AreaSummary {
  const tally = tallyOnTrack(outcomes.map((o) => o.onTrackClass));
  const indicators = outcomes.map((o) => o.indicator).filter((i): i is IndicatorSummary => i !== null);
  const goalIds = (assessment: string): string[] =>
    outcomes.filter((o) => o.goalAssessment === assessment).map((o) => o.row.id);
  const reported = outcomes.filter((o) => o.reported).length;
  const shareOnTrack = shareOf(tally);
  const suggestion = suggestForArea(
    {
      rows: outcomes.length,
      reported,
      assessed: tally.assessed,
      onTrack: tally.onTrack,
      shareOnTrack,
      goalsNotOnTrackIds: goalIds("notOnTrack"),
      goalsPartlyIds: goalIds("partly"),
      indicatorsWorseIds: indicators.filter((i) => i.trend === "worse").map((i) => i.rowId),
      decisiveWorseIds: indicators.filter((i) => i.trend === "worse" && i.decisive === true).map((i) => i.rowId),
      indicatorsWithData: indicators.filter((i) => i.trend !== "noData").length,
    },
    programme.thresholds
  );
  const choice = choices[area.id];
  return {
    areaId: area.id,
    kind: area.kind,
    name: area.name.text,
    ...statusCounts(outcomes),
    indicators,
    rows: outcomes.length,
    reported,
    shareOnTrack,
    assessed: tally.assessed,
    onTrack: tally.onTrack,
    suggestion,
    // The coordinator's choice and text pass through untouched, whatever is suggested.
    chosen: choice?.assessment ?? null,
    text: choice?.text ?? null,
    done: choice?.done ?? null,
    doneDraft: draftDoneText(area, entries),
  };
}

/**
 * Reporting progress per department: the rows it is responsible for (owned) and how many of
 * them are reported (filled). Departments are listed in the programme's order, then any code
 * typed in the sheet that the programme does not know, in order of appearance; a department
 * that owns no row is left out.
 */
function summariseDepartments(outcomes: readonly RowOutcome[], programme: Programme): DepartmentProgress[] {
  const order = [...programme.departments.map((d) => d.code), ...outcomes.map((o) => o.department)];
  const codes = order.filter((code, i) => order.indexOf(code) === i);
  return codes.flatMap((code) => {
    const own = outcomes.filter((o) => o.department === code);
    if (own.length === 0) {
      return [];
    }
    const filled = own.filter((o) => o.reported).length;
    return [{ department: code, owned: own.length, filled, share: filled / own.length, ...statusCounts(own) }];
  });
}

/**
 * The roll-up of a follow-up year: counts per area, guideline and department, share on track,
 * indicator trends, reporting progress, and a suggested assessment per area and overall with its
 * reason. The suggestions never replace the coordinator's choices: `chosen` and `text` are
 * copied from `choices` as they are.
 *
 * Rows come from the programme; each takes the first entry with its row ID (the check reports
 * duplicates and entries for rows the programme does not know, which are left out here).
 */
export function summarise(programme: Programme, entries: readonly RowEntry[], options: SummariseOptions): Summary {
  const byId = new Map<string, RowEntry>();
  for (const entry of entries) {
    if (!byId.has(entry.rowId)) {
      byId.set(entry.rowId, entry);
    }
  }
  const outcomesByArea = programme.areas.map((area) =>
    area.rows.map((row) => rowOutcome(row, area, byId.get(row.id), options.year, programme.departments))
  );
  const all = outcomesByArea.flat();
  const areas = programme.areas.map((area, i) =>
    summariseArea(area, outcomesByArea[i] ?? [], programme, options.choices, byId)
  );

  const tally = tallyOnTrack(all.map((o) => o.onTrackClass));
  const totals = {
    rows: all.length,
    reported: all.filter((o) => o.reported).length,
    shareOnTrack: shareOf(tally),
    assessed: tally.assessed,
    onTrack: tally.onTrack,
    ...statusCounts(all),
  };
  const overallChoice = options.choices[OVERALL_CHOICE_KEY];
  const withoutDraft: Summary = {
    year: options.year,
    areas,
    departments: summariseDepartments(all, programme),
    overall: {
      suggestion: suggestOverall(areas, totals, programme.thresholds),
      chosen: overallChoice?.assessment ?? null,
      text: overallChoice?.text ?? null,
      draftText: "",
    },
    totals,
  };
  return {
    ...withoutDraft,
    overall: { ...withoutDraft.overall, draftText: draftOverallText(programme, withoutDraft, options.lang ?? "sv") },
  };
}
