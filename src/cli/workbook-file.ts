import { collectEntries } from "../core/check/entries";
import { buildWorkbookPlan, APP_VERSION } from "../core/plan/build-plan";
import type { Programme } from "../core/programme/schema";
import type { CoordinatorChoices, EnteredValues, WorkbookMeta } from "../core/read/types";
import { summarise } from "../core/summary/summarise";
import type { Summary } from "../core/summary/types";
import { projectedRead } from "../core/update/projected-read";
import type { RetiredRow } from "../core/update/types";
import { writeXlsx } from "../files/xlsx-writer";

export interface WorkbookContent {
  readonly programme: Programme;
  readonly year: number;
  readonly entries: ReadonlyMap<string, EnteredValues>;
  readonly choices: CoordinatorChoices;
  readonly retired: readonly RetiredRow[];
  /** Carried from the workbook being rewritten (e.g. whether the year is closed). */
  readonly closed: boolean;
  readonly now: Date;
}

/**
 * The .xlsx bytes of a follow-up workbook and the summary written into it. The summary is
 * computed from the rows as they will stand in the new file; the workbook itself is Swedish
 * whatever language the command line speaks.
 */
export async function buildWorkbookFile(content: WorkbookContent): Promise<{ data: Buffer; summary: Summary }> {
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
  return { data: await writeXlsx(plan), summary };
}

export function rowCount(programme: Programme): number {
  return programme.areas.reduce((sum, a) => sum + a.rows.length, 0);
}
