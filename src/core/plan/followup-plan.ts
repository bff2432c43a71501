import { localIsoDay } from "../dates";
import { entriesFromValues } from "../check/entries";
import { buildWorkbookPlan, workbookMeta } from "./build-plan";
import type { SheetPlan, WorkbookPlan } from "./types";
import type { CopyInfo } from "../split/copy-info";
import type { Programme } from "../programme/schema";
import type { CoordinatorChoices, EnteredValues, Reopening, WorkbookMeta } from "../read/types";
import { summarise } from "../summary/summarise";
import type { Summary } from "../summary/types";
import type { RetiredRow } from "../update/types";

export interface PlanContent {
  readonly programme: Programme;
  readonly year: number;
  readonly values: ReadonlyMap<string, EnteredValues>;
  readonly choices: CoordinatorChoices;
  readonly retired: readonly RetiredRow[];
  readonly closed: boolean;
  readonly now: Date;
  /** A department's copy carries its record (split/copy-info) through every rewrite. */
  readonly copy?: CopyInfo | null;
  /** The report sheet a merge adds. */
  readonly merge?: SheetPlan | null;
  /** Each time the year was opened again after closing (carried by every rewrite of the year). */
  readonly reopenings?: readonly Reopening[];
  /**
   * Name on the summary sheet the day (from `now`) the suggestions are computed, with its live
   * out-of-date warning (default true). False for a plan only compared with a sheet's live counts.
   */
  readonly stampComputed?: boolean;
  /** Per area, its row IDs in the order its sheet holds them (update in place; see PlanOptions). */
  readonly sheetRowOrder?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The workbook plan for a programme, its entries and choices, with the summary computed from the
 * rows as they will stand in the written workbook. The command line (to .xlsx) and the add-in (to
 * Excel) both start here, so they write the same workbook.
 */
export function followupPlan(content: PlanContent): { plan: WorkbookPlan; summary: Summary; meta: WorkbookMeta } {
  const meta = workbookMeta(content.year, content.closed, content.now);
  const summary = summarise(content.programme, entriesFromValues(content.programme, content.year, content.values), {
    year: content.year,
    choices: content.choices,
  });
  const plan = buildWorkbookPlan(content.programme, {
    year: content.year,
    summary,
    values: content.values,
    choices: content.choices,
    retired: content.retired,
    meta,
    copy: content.copy ?? null,
    merge: content.merge ?? null,
    reopenings: content.reopenings ?? [],
    computedOn: content.stampComputed === false ? undefined : localIsoDay(content.now),
    ...(content.sheetRowOrder === undefined ? {} : { sheetRowOrder: content.sheetRowOrder }),
  });
  return { plan, summary, meta };
}
