import { demoEntries } from "../../src/cli/demo-data";
import { collectEntries, defaultProgramme, summarise } from "../../src/core";
import type { CoordinatorChoices, EnteredValues, Programme, RowEntry, Summary, WorkbookMeta } from "../../src/core";
import { projectedRead } from "../support/projected-read";

/** The demo's sample year as the report sees it: programme, entries, choices and their summary. */
export interface ReportInputs {
  readonly programme: Programme;
  readonly entries: RowEntry[];
  readonly choices: CoordinatorChoices;
  readonly summary: Summary;
  readonly year: number;
}

export const YEAR = 2019;

export function reportInputs(
  choices: CoordinatorChoices = {},
  values: Map<string, EnteredValues> = demoEntries(defaultProgramme(), YEAR)
): ReportInputs {
  const programme = defaultProgramme();
  const meta: WorkbookMeta = { schemaVersion: 1, year: YEAR, closed: false, generatedAt: "", appVersion: "" };
  const read = projectedRead(programme, meta, values, choices);
  const entries = collectEntries(read, programme);
  return { programme, entries, choices, summary: summarise(programme, entries, { year: YEAR, choices }), year: YEAR };
}

export const COORDINATOR_CHOICES: CoordinatorChoices = {
  overall: {
    assessment: "onTrack",
    raw: null,
    text: "Arbetet ligger i fas, så att programmets mål kan nås under programperioden.",
  },
  "1": { assessment: "partly", raw: null, text: "Trygghetsarbetet behöver förstärkas i två kommundelar." },
};
