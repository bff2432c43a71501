import { collectEntries } from "../core/check/entries";
import { APP_VERSION, buildWorkbookPlan } from "../core/plan/build-plan";
import type { WorkbookPlan } from "../core/plan/types";
import type { Programme } from "../core/programme/schema";
import type { CoordinatorChoices, EnteredValues, WorkbookMeta } from "../core/read/types";
import { summarise } from "../core/summary/summarise";
import type { Summary } from "../core/summary/types";
import { projectedRead } from "../core/update/projected-read";
import type { RetiredRow } from "../core/update/types";

export interface PlanContent {
  readonly programme: Programme;
  readonly year: number;
  readonly entries: ReadonlyMap<string, EnteredValues>;
  readonly choices: CoordinatorChoices;
  readonly retired: readonly RetiredRow[];
  readonly closed: boolean;
  readonly now: Date;
}

/**
 * The workbook plan for a programme, its entries and choices, with the summary computed from the
 * rows as they will stand — the same steps as the command line's workbook file (src/cli/
 * workbook-file.ts), without the .xlsx writer, so the add-in and the command line write the same
 * workbook.
 */
export function followupPlan(content: PlanContent): { plan: WorkbookPlan; summary: Summary; meta: WorkbookMeta } {
  const meta: WorkbookMeta = {
    schemaVersion: 1,
    year: content.year,
    closed: content.closed,
    generatedAt: content.now.toISOString(),
    appVersion: APP_VERSION,
  };
  const read = projectedRead(content.programme, meta, content.entries, content.choices);
  const summary = summarise(content.programme, collectEntries(read, content.programme), {
    year: content.year,
    choices: content.choices,
  });
  const plan = buildWorkbookPlan(content.programme, {
    year: content.year,
    summary,
    entries: content.entries,
    choices: content.choices,
    retired: content.retired,
    meta,
  });
  return { plan, summary, meta };
}
