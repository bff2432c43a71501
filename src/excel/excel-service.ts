import type { Finding, Lang, Programme } from "../core";
import { officeLang } from "./lang";
import { ReadSizeMemory } from "./read-size";
import { runInExcel, type Limits, type RunState } from "./run";
import type { ChoiceEdit, FileWriters, FollowupService, RowEdit } from "../app/service";
import { departmentRows } from "./use-cases/department-rows";
import { generate } from "./use-cases/generate";
import { clearProblemMarks, markProblems } from "./use-cases/marks";
import { readProgrammeTable } from "./use-cases/programme-table";
import { readMetaOnly } from "./use-cases/read-meta";
import { readState } from "./use-cases/read-state";
import { markDepartmentReady } from "./use-cases/ready";
import { saveRows } from "./use-cases/save-rows";
import { sheetsWithContent } from "./use-cases/sheets-with-content";
import { watchChanges } from "./use-cases/watch-changes";
import { selectCell } from "./use-cases/select-cell";
import { updateInPlace } from "./use-cases/update";
import { writeSummary } from "./use-cases/write-summary";
import { closeYear } from "./use-cases/close-year";
import { reopenYear } from "./use-cases/reopen-year";
import { exportReport, printSummaryFile } from "./use-cases/export-report";
import { rolloverFile } from "./use-cases/rollover";
import { openAsNewWorkbook } from "./files";
import type { AddinFile, ReportCover } from "../app/service";
import { mergeCopies, splitCopies } from "./use-cases/copies";

/** What a test may fix: the clock, the language (default: Office's display language), the limits. */
export interface ServiceOptions {
  readonly now?: () => Date;
  readonly lang?: () => Lang;
  readonly limits?: Limits;
  /** The file writers, lent by the task pane (taskpane/file-writers), loaded on first use. */
  readonly writers: FileWriters;
}

/**
 * The FollowupService over Office.js. Each method is one Excel.run (run.ts): it reads what it
 * needs, lets the core decide (buildWorkbookPlan, readWorkbook, checkWorkbook, collectEntries,
 * summarise, planUpdate), and writes only what changes. Errors come out as AddinError in the
 * user's language (errors.ts).
 */
export function createExcelService(options: ServiceOptions): FollowupService {
  const now = options.now ?? ((): Date => new Date());
  const langOf = options.lang ?? officeLang;
  // One per task-pane session: each read plans its requests from what the last one weighed.
  const readSize = new ReadSizeMemory();
  const run = <T>(batch: (context: Excel.RequestContext, state: RunState, lang: Lang) => Promise<T>): Promise<T> => {
    const lang = langOf();
    return runInExcel((context, state) => batch(context, state, lang), options.limits, readSize);
  };
  /**
   * Excel.createWorkbook runs outside Excel.run. Where it fails (a host that refuses new windows),
   * the file is not lost: the task pane offers it as a download instead.
   */
  const open = async (file: AddinFile): Promise<boolean> => {
    try {
      return await openAsNewWorkbook(file);
    } catch {
      return false;
    }
  };
  return {
    exportReport: (lang: Lang, cover?: ReportCover) =>
      run((context, state) => exportReport(context, state, lang, now(), options.writers, cover)),
    openSummaryWorkbook: async (lang: Lang) => {
      const file = await run((context, state) => printSummaryFile(context, state, lang, options.writers));
      return (await open(file)) ? { opened: true, file } : { opened: false, file };
    },
    closeYear: (force: boolean) => run((context, state) => closeYear(context, state, force)),
    reopenYear: (reason: string) => run((context, state) => reopenYear(context, state, reason, now())),
    rolloverWorkbook: async (year: number, programme?: Programme) => {
      const outcome = await run((context, state, lang) =>
        rolloverFile(context, state, lang, year, now(), options.writers, programme)
      );
      if (!outcome.ok) return outcome;
      return { ...outcome, opened: await open(outcome.file) };
    },
    splitCopies: (departments: readonly string[] | null) =>
      run((context, state, lang) => splitCopies(context, state, lang, departments, now(), options.writers)),
    mergeCopies: (copies, decisions) =>
      run((context, state) => mergeCopies(context, state, copies, decisions ?? new Map())),
    readMeta: () => run((context) => readMetaOnly(context)),
    sheetsWithContent: () => run((context) => sheetsWithContent(context)),
    watchChanges: (onChange) => watchChanges(onChange),
    generate: (programme: Programme, year: number, onProgress) =>
      run((context, state, lang) => generate(context, state, lang, programme, year, now(), onProgress)),
    update: (programme: Programme, onProgress) =>
      run((context, state, lang) => updateInPlace(context, state, lang, programme, now(), onProgress)),
    read: () => run((context, state) => readState(context, state)),
    departmentRows: (department: string) => run((context, state) => departmentRows(context, state, department)),
    saveRows: (edits: readonly RowEdit[]) => run((context, state) => saveRows(context, state, edits, now())),
    markDepartmentReady: (department: string) => run((context) => markDepartmentReady(context, department, now())),
    markProblems: (findings: readonly Finding[]) => run((context, state) => markProblems(context, state, findings)),
    clearProblemMarks: () => run((context, state) => clearProblemMarks(context, state)),
    selectCell: (sheet: string, cell: string) => run((context) => selectCell(context, sheet, cell)),
    writeSummary: (choices: readonly ChoiceEdit[]) => run((context, state) => writeSummary(context, state, choices)),
    readProgrammeTable: (sheet: string, lang: Lang) =>
      run((context, state) => readProgrammeTable(context, state, lang, sheet)),
  };
}
