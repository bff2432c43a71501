import type {
  Assessment,
  CoordinatorChoices,
  CopyToMerge,
  Finding,
  KeepProblem,
  KeptContent,
  Lang,
  LimitBreach,
  MergeDecisions,
  MergeRefusal,
  MergeReport,
  Programme,
  RawCell,
  ReportLogo,
  ReportModel,
  RolloverRefusal,
  RowEntry,
  SheetGrid,
  Summary,
  UpdateConflict,
  WorkbookMeta,
  WorkbookPlan,
} from "../core";

/**
 * What the task pane can ask of the workbook: one method per use case, each one `Excel.run`
 * with a number of syncs that does not grow with rows or areas. The task pane talks only to
 * this interface (through React context), so its components never touch Office.js; the Excel
 * adapter (src/excel, excel-service.ts) implements it, and tests run it against the Excel test
 * double. The application layer (src/app) holds this contract and the use cases' decisions that
 * need neither Office.js nor files, so the command line and the task pane share them.
 */

export interface ProgressReport {
  /** A message key of the task pane's texts, e.g. "progress.writingSheets". */
  readonly step: string;
  readonly done: number;
  readonly total: number;
}
export type OnProgress = (p: ProgressReport) => void;

/**
 * Our own error: a code the task pane acts on and the reason with what it needs to say what
 * happened and what to do, in the user's language (taskpane/i18n/error-texts.ts renders it; the
 * adapter holds no text).
 */
export interface AddinErrorInfo {
  readonly code: AddinErrorCode;
  readonly reason: AddinErrorReason;
}

/** Why the adapter refused or failed, with the values the message names. */
export type AddinErrorReason =
  /** Excel's own error code (Excel.ErrorCodes, OfficeExtension.ErrorCodes). */
  | {
      readonly kind: "office";
      readonly officeCode: string;
      /** The code the adapter knows it by (an alias such as MergedRangeConflict is Conflict). */
      readonly canonicalCode: string;
    }
  | { readonly kind: "workbookClosed"; readonly year: number }
  | { readonly kind: "workbookIsCopy"; readonly department: string }
  | { readonly kind: "noDepartmentRows" }
  | { readonly kind: "reasonMissing" }
  | { readonly kind: "entriesAtRisk"; readonly risks: readonly Finding[] }
  /** A department's copy read for a merge whose own entries cannot all be placed. */
  | { readonly kind: "copyEntriesAtRisk"; readonly copy: string; readonly risks: readonly Finding[] }
  | { readonly kind: "keptContentAtRisk"; readonly problems: readonly KeepProblem[] }
  | { readonly kind: "notAFollowupWorkbook"; readonly sheet: string }
  | { readonly kind: "alreadyAFollowupWorkbook"; readonly year: number | null }
  | { readonly kind: "sheetExists"; readonly sheet: string }
  | { readonly kind: "nameExists"; readonly name: string }
  | { readonly kind: "sheetMissing"; readonly sheet: string }
  | { readonly kind: "sheetPasswordProtected"; readonly sheets: readonly string[] }
  | { readonly kind: "rowsMissing"; readonly rows: readonly string[] }
  | { readonly kind: "departmentUnknown"; readonly department: string }
  | { readonly kind: "excelTooOld" }
  | { readonly kind: "tableMissing"; readonly sheet: string }
  | { readonly kind: "programmeInvalid"; readonly problems: readonly string[] }
  | { readonly kind: "limitExceeded"; readonly breach: LimitBreach }
  | { readonly kind: "unexpected"; readonly detail: string };
export type AddinErrorCode =
  | "accessDenied"
  | "entriesAtRisk"
  | "itemNotFound"
  | "cellEditMode"
  | "invalidArgument"
  | "payloadTooLarge"
  | "notImplemented"
  | "notSupported"
  | "workbookClosed"
  | "notAFollowupWorkbook"
  | "alreadyAFollowupWorkbook"
  | "conflict"
  | "busy"
  | "limitExceeded"
  | "unknown";

/** One row as the "My rows" form shows it. */
export interface DepartmentRow {
  readonly rowId: string;
  readonly areaId: string;
  readonly sheet: string;
  readonly type: "goal" | "activity" | "indicator";
  readonly text: string;
  readonly textIsExample: boolean;
  /** The input cells exactly as they stand in the sheet. */
  readonly status: RawCell;
  readonly done: RawCell;
  readonly comment: RawCell;
  readonly value: RawCell;
  readonly lastYear: RawCell;
  /** Last year's status and what was done, carried by the roll-over: empty in a programme's first year. */
  readonly lastStatus: RawCell;
  readonly lastDone: RawCell;
  readonly unit: string | null;
  readonly target: number | null;
}

/** What the form saves for one row: only the fields present are written. */
export interface RowEdit {
  readonly rowId: string;
  readonly status?: string | null;
  readonly done?: string | null;
  readonly comment?: string | null;
  readonly value?: number | null;
}

/** The cells a department fills in the task pane's form, in the form's order (the adapter writes these). */
export const ROW_EDIT_FIELDS = ["status", "done", "comment", "value"] as const satisfies readonly Exclude<
  keyof RowEdit,
  "rowId"
>[];

export interface FollowupState {
  readonly meta: WorkbookMeta;
  readonly programme: Programme;
  readonly entries: readonly RowEntry[];
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly choices: CoordinatorChoices;
  /** Departments marked ready, with the date (YYYY-MM-DD). */
  readonly ready: Readonly<Record<string, string>>;
}

export type UpdateOutcome =
  | { readonly ok: true; readonly added: number; readonly retired: number; readonly moved: number }
  | { readonly ok: false; readonly conflicts: readonly UpdateConflict[] };

export interface ChoiceEdit {
  /** An area ID, or "overall". */
  readonly key: string;
  readonly assessment: Assessment | null;
  readonly text: string | null;
  /** An area's "Genomfört under året" for the committee; left as the sheet has it when absent. */
  readonly done?: string | null;
}

/** One department's copy made by splitCopies, as a file to send. */
export interface DepartmentCopy {
  readonly department: string;
  readonly rows: number;
  readonly file: AddinFile;
}

export type MergeOutcome =
  | { readonly ok: false; readonly refusals: readonly MergeRefusal[] }
  | {
      readonly ok: true;
      readonly report: MergeReport;
      /** Cells written into the open workbook. */
      readonly written: number;
    };

/**
 * Department copies out by e-mail and back (as `followup split` and `merge`): the coordinator's
 * workbook is the master.
 */
export interface CopiesService {
  /** One copy per department (all with rows when `departments` is null). The open workbook is only read. */
  splitCopies(
    departments: readonly string[] | null
  ): Promise<{ readonly year: number; readonly copies: readonly DepartmentCopy[] }>;
  /**
   * The copies' entries into the open workbook, writing only the cells that change; conflicts keep
   * the workbook's value unless `decisions` says otherwise for that conflict (core conflictKey).
   */
  mergeCopies(copies: readonly CopyToMerge[], decisions?: MergeDecisions): Promise<MergeOutcome>;
}

export interface FollowupService extends YearEndService, CopiesService {
  /** Null when the open workbook is no follow-up workbook (yet). */
  readMeta(): Promise<WorkbookMeta | null>;
  /** Names of the sheets that hold anything: a workbook in use for something else is not empty. */
  sheetsWithContent(): Promise<readonly string[]>;
  /**
   * Calls `onChange` whenever cells change by someone's hand (not by the add-in's own writes);
   * resolves to the function that stops it.
   */
  watchChanges(onChange: () => void): Promise<() => Promise<void>>;
  generate(programme: Programme, year: number, onProgress?: OnProgress): Promise<void>;
  update(programme: Programme, onProgress?: OnProgress): Promise<UpdateOutcome>;
  /** Reads the whole workbook: entries, findings and summary. */
  read(): Promise<FollowupState>;
  departmentRows(department: string): Promise<readonly DepartmentRow[]>;
  /** Writes only the cells that change, and stamps "Senast ändrad". */
  saveRows(edits: readonly RowEdit[]): Promise<void>;
  markDepartmentReady(department: string): Promise<void>;
  markProblems(findings: readonly Finding[]): Promise<void>;
  clearProblemMarks(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Rewrites the summary sheet with the coordinator's choices; entered rows are not touched. */
  writeSummary(choices: readonly ChoiceEdit[]): Promise<void>;
  /** The programme table a coordinator pasted into a sheet, parsed. */
  readProgrammeTable(
    sheet: string,
    lang: Lang
  ): Promise<{ ok: true; programme: Programme } | { ok: false; problems: string[] }>;
}

/** A file the task pane offers to the user (a download, or a new workbook in Excel). */
export interface AddinFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mimeType: string;
}

/** The summary as a new workbook (ExcelApi 1.8), or the file to download where Excel cannot open one. */
export type NewWorkbookOutcome =
  { readonly opened: true; readonly file: AddinFile } | { readonly opened: false; readonly file: AddinFile };

export interface MissingRows {
  readonly department: string;
  readonly rows: readonly string[];
}

export type CloseOutcome =
  | { readonly ok: true; readonly alreadyClosed: boolean; readonly year: number }
  | {
      readonly ok: false;
      readonly year: number;
      /** Per department, the rows not reported. */
      readonly notReported: readonly MissingRows[];
      /** The check's errors. */
      readonly errors: readonly Finding[];
    };

/** Opening a closed year again: nothing to do when it was not closed. */
export type ReopenOutcome =
  | { readonly reopened: false; readonly year: number }
  | { readonly reopened: true; readonly year: number; readonly day: string };

export type RolloverOutcome =
  | {
      readonly ok: true;
      readonly year: number;
      readonly opened: boolean;
      readonly file: AddinFile;
      readonly carried: number;
      readonly closedRows: number;
    }
  | { readonly ok: false; readonly year: number; readonly refusal: RolloverRefusal };

/**
 * The year-end use cases: the committee report, the print-ready summary, closing the
 * year and next year's workbook. Kept apart from FollowupService so its fakes need not change;
 * the adapter implements both.
 */
/** What the cover of the report carries beside the programme: as a tjänsteutlåtande's bilaga. */
export interface ReportCover {
  readonly dnr: string | null;
  /** The date of the tjänsteutlåtande, YYYY-MM-DD; today when null. */
  readonly date: string | null;
  readonly caseOfficer: string | null;
  readonly committee: string | null;
  /** The municipality's logo for the cover, a PNG or JPEG image; none when absent. */
  readonly logo?: ReportLogo | null;
}

export interface YearEndService {
  /** The committee report of the workbook as it stands, as .docx (a closed year exports too). */
  exportReport(lang: Lang, cover?: ReportCover): Promise<AddinFile>;
  /** The print-ready summary as a new workbook where Excel can open one (ExcelApi 1.8), else the file. */
  openSummaryWorkbook(lang: Lang): Promise<NewWorkbookOutcome>;
  /** Closes the year: refused with what is missing unless `force`; then every cell locked. */
  closeYear(force: boolean): Promise<CloseOutcome>;
  /** Opens a closed year again (the coordinator), the day and the reason recorded in the workbook. */
  reopenYear(reason: string): Promise<ReopenOutcome>;
  /**
   * Next year's workbook as .xlsx (also opened as a new workbook where Excel can): with the
   * workbook's programme, or with `programme` — the new one once the old programme's period is over.
   */
  rolloverWorkbook(year: number, programme?: Programme): Promise<RolloverOutcome>;
}

/**
 * The file writers the task pane lends the adapter (taskpane/file-writers): the adapter reads and
 * writes Excel and makes plans; turning a plan into .xlsx or a report into .docx is not its work,
 * and ExcelJS and docx are large, so the task pane loads each on first use.
 */
export interface FileWriters {
  /** A workbook plan as .xlsx, with people's own sheets and cells carried from `carry`'s cells. */
  xlsx(
    plan: WorkbookPlan,
    carry?: { readonly grids: readonly SheetGrid[]; readonly kept: KeptContent }
  ): Promise<Uint8Array>;
  /** The committee report as .docx. */
  docx(model: ReportModel): Promise<Uint8Array>;
}

/** What the task pane asks first, before any screen needs the whole workbook. */
export type StartService = Pick<FollowupService, "readMeta" | "sheetsWithContent" | "watchChanges">;
