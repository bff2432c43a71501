import type { Area, Programme } from "../programme/schema";
import type { CoordinatorChoices, EnteredValues, Reopening, WorkbookMeta } from "../read/types";
import type { Summary } from "../summary/types";
import type { RetiredRow } from "../update/types";
import { DATA_SHEET, SUMMARY_SHEET } from "../layout/workbook-layout";
import { buildAreaSheet } from "./area-sheet";
import { copyNoteText, summaryClosedNote, summaryCopyNote, summaryReopenedNote } from "./closed-note";
import type { CopyInfo } from "../split/copy-info";
import { buildDataSheet, listNames } from "./data-sheet";
import { closeFingerprint } from "../close/close-fingerprint";
import { RETIRED_SHEET } from "../layout/retired-layout";
import { buildRetiredSheet } from "./retired-sheet";
import { buildSummarySheet, choicesFromSummary } from "./summary-sheet";
import { protectedWith } from "./sheet-defaults";
import type { SheetPlan, WorkbookPlan } from "./types";

/** Written into the data sheet's meta; keep in step with package.json (a test checks). */
export const APP_VERSION = "0.1.0";

export interface PlanOptions {
  readonly year: number;
  readonly summary: Summary;
  /** Entered values by row ID, written back exactly as given: nothing entered is ever lost. */
  readonly values?: ReadonlyMap<string, EnteredValues>;
  /** The coordinator's assessments and texts; default: those the summary carries. */
  readonly choices?: CoordinatorChoices;
  /** Rows the programme dropped but whose entries are kept; the retired sheet appears only for them. */
  readonly retired?: readonly RetiredRow[];
  readonly meta?: Partial<WorkbookMeta>;
  /** A department's copy (split): only its rows unlocked, the coordinator's cells locked. */
  readonly copy?: CopyInfo | null;
  /** The sheet a merge of department copies adds, saying what came from where. */
  readonly merge?: SheetPlan | null;
  /** Each time the year was opened again after closing; the last is named on the summary. */
  readonly reopenings?: readonly Reopening[];
  /**
   * The day (YYYY-MM-DD) the summary's suggestions are computed: the summary sheet says so, and
   * says when its live counts have moved since. Without it the sheet names no day.
   */
  readonly computedOn?: string;
  /**
   * Per area, its row IDs in the order its sheet holds them, where that is not the programme's:
   * an update in place keeps a sorted table sorted. The data sheet keeps the programme's order.
   */
  readonly sheetRowOrder?: ReadonlyMap<string, readonly string[]>;
}

const RESERVED = [SUMMARY_SHEET, DATA_SHEET, RETIRED_SHEET].map((n) => n.toLowerCase());

/**
 * An area whose sheet name is one of the workbook's own sheets gets its ID added, so the two do
 * not collide; the data sheet's index records the name it got, which is what readers follow.
 */
function withFreeSheetName(area: Area): Area {
  if (!RESERVED.includes(area.sheetName.toLowerCase())) {
    return area;
  }
  const suffix = ` ${area.id}`;
  return { ...area, sheetName: `${area.sheetName.slice(0, 31 - suffix.length)}${suffix}` };
}

/**
 * A closed year's summary sheet: the coordinator's cells locked too, and a line saying why, in
 * the free cell left of the column groups above the table.
 */
function lockedSummarySheet(sheet: SheetPlan): SheetPlan {
  return {
    ...sheet,
    blocks: [...sheet.blocks, summaryClosedNote()],
    protection: protectedWith([]),
  };
}

/** A department copy's summary: the coordinator's cells locked, and a line saying whose copy it is. */
function copySummarySheet(sheet: SheetPlan, note: string): SheetPlan {
  return { ...sheet, blocks: [...sheet.blocks, summaryCopyNote(note)], protection: protectedWith([]) };
}

/** What the hidden data sheet says about a workbook written now: the one place it is made. */
export function workbookMeta(year: number, closed: boolean, now: Date): WorkbookMeta {
  return { schemaVersion: 1, year, closed, generatedAt: now.toISOString(), appVersion: APP_VERSION };
}

/** The area with its rows as its sheet holds them; rows the order does not name follow at the end. */
function inSheetOrder(area: Area, order: readonly string[] | undefined): Area {
  if (order === undefined) return area;
  const byId = new Map(area.rows.map((r) => [r.id, r]));
  const named = new Set(order);
  const ordered = order.map((id) => byId.get(id)).filter((r) => r !== undefined);
  return { ...area, rows: [...ordered, ...area.rows.filter((r) => !named.has(r.id))] };
}

/**
 * The follow-up workbook for a programme and year: the summary first, one sheet per area and
 * guideline in programme order, the hidden data sheet, and the retired rows when there are any.
 * A closed year (meta.closed) is written with every sheet locked: no cell is left unlocked.
 */

export function buildWorkbookPlan(programme: Programme, options: PlanOptions): WorkbookPlan {
  const placed: Programme = { ...programme, areas: programme.areas.map(withFreeSheetName) };
  const entries = options.values ?? new Map<string, EnteredValues>();
  const made = workbookMeta(options.year, options.meta?.closed ?? false, new Date());
  const meta: WorkbookMeta = {
    ...made,
    generatedAt: options.meta?.generatedAt ?? made.generatedAt,
    appVersion: options.meta?.appVersion ?? made.appVersion,
  };
  const retired = options.retired ?? [];
  const copy = options.copy ?? null;
  const copyNote =
    copy === null
      ? null
      : copyNoteText(copy.department, programme.departments.find((d) => d.code === copy.department)?.name ?? null);
  const copyRows = copy === null ? null : new Set(copy.owned);
  const reopenings = options.reopenings ?? [];
  const lastReopening = reopenings[reopenings.length - 1];
  const summarySheet = buildSummarySheet({
    programme: placed,
    year: options.year,
    summary: options.summary,
    choices: options.choices ?? choicesFromSummary(options.summary),
    computedOn: options.computedOn ?? null,
  });
  return {
    sheets: [
      meta.closed
        ? lockedSummarySheet(summarySheet)
        : copyNote !== null
          ? copySummarySheet(summarySheet, copyNote)
          : lastReopening !== undefined
            ? {
                ...summarySheet,
                blocks: [...summarySheet.blocks, summaryReopenedNote(lastReopening.day, lastReopening.reason)],
              }
            : summarySheet,
      ...placed.areas.map((area) =>
        buildAreaSheet(inSheetOrder(area, options.sheetRowOrder?.get(area.id)), {
          programme: placed,
          year: options.year,
          values: entries,
          locked: meta.closed,
          ...(copyNote !== null && copyRows !== null ? { copy: { rows: copyRows, note: copyNote } } : {}),
        })
      ),
      buildDataSheet(
        programme,
        meta,
        new Map(placed.areas.map((a) => [a.id, a.sheetName])),
        meta.closed ? closeFingerprint(programme, entries, options.year) : null,
        copy,
        reopenings
      ),
      ...(retired.length > 0 ? [buildRetiredSheet(retired, placed.name.text, options.year)] : []),
      ...(options.merge !== undefined && options.merge !== null ? [options.merge] : []),
    ],
    names: listNames(placed),
  };
}
