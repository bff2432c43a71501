import { defaultProgramme, displayValue, normaliseStatus, parseNumberText, summarise, textOf } from "../../src/core";
import type {
  CoordinatorChoice,
  CopyToMerge,
  Finding,
  Lang,
  MergeDecisions,
  Programme,
  RawCell,
  RowEntry,
  WorkbookMeta,
} from "../../src/core";
import type {
  AddinFile,
  ReportCover,
  ChoiceEdit,
  CloseOutcome,
  NewWorkbookOutcome,
  RolloverOutcome,
  ReopenOutcome,
  DepartmentRow,
  FollowupService,
  FollowupState,
  OnProgress,
  ProgressReport,
  RowEdit,
  UpdateOutcome,
  DepartmentCopy,
  MergeOutcome,
} from "../../src/app/service";

/**
 * A FollowupService in memory, for the task pane's tests: the bundled programme, the cells the
 * department heads fill in, the coordinator's choices. It records every call, and can be told to
 * fail the next call of a method with a given error. The summary comes from the core's summarise,
 * so the figures the screens show are the real ones for the fake's entries.
 */
export interface FakeCells {
  status: RawCell;
  done: RawCell;
  comment: RawCell;
  value: RawCell;
}

type Method = keyof FollowupService;

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
}

export class FakeFollowupService implements FollowupService {
  programme: Programme = defaultProgramme();
  meta: WorkbookMeta | null = {
    schemaVersion: 1,
    year: 2019,
    closed: false,
    generatedAt: "2020-01-15T08:00:00Z",
    appVersion: "0.1.0",
  };
  readonly cells = new Map<string, FakeCells>();
  /** Last year's status and text per row ID, as a roll-over leaves them. */
  lastYearCells: Record<string, { status: string; done: string }> = {};
  findings: Finding[] = [];
  choices: Record<string, CoordinatorChoice> = {};
  ready: Record<string, string> = {};
  progress: ProgressReport[] = [
    { step: "progress.writingSheets", done: 1, total: 4 },
    { step: "progress.formatting", done: 3, total: 4 },
  ];
  updateOutcome: UpdateOutcome = { ok: true, added: 2, retired: 1, moved: 0 };
  programmeTable: { ok: true; programme: Programme } | { ok: false; problems: string[] } = {
    ok: true,
    programme: defaultProgramme(),
  };
  /** Whether the fake's Excel opens new workbooks (ExcelApi 1.8). */
  canCreateWorkbook = true;
  /** What closeYear(false) answers while rows are missing; null: the year is complete. */
  closeMissing: Extract<CloseOutcome, { ok: false }> | null = null;
  readonly calls: Call[] = [];
  private readonly failures = new Map<Method, unknown>();
  /** Resolves a pending call when the test says so (see hold). */
  private held: { method: Method; release: Promise<void> } | null = null;

  /** The next call of `method` throws `error`. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  /** The next call of `method` waits until the returned function is called. */
  hold(method: Method): () => void {
    let release: () => void = () => undefined;
    this.held = { method, release: new Promise<void>((resolve) => (release = resolve)) };
    return release;
  }

  argsOf(method: Method): (readonly unknown[])[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  setCells(rowId: string, cells: Partial<FakeCells>): void {
    this.cells.set(rowId, { ...this.cellsOf(rowId), ...cells });
  }

  cellsOf(rowId: string): FakeCells {
    return this.cells.get(rowId) ?? { status: null, done: null, comment: null, value: null };
  }

  private async enter(method: Method, args: readonly unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await Promise.resolve();
    if (this.held?.method === method) {
      const { release } = this.held;
      this.held = null;
      await release;
    }
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  private year(): number {
    return this.meta?.year ?? 2019;
  }

  entries(): RowEntry[] {
    return this.programme.areas.flatMap((area) =>
      area.rows.map((row): RowEntry => {
        const c = this.cellsOf(row.id);
        const statusText = textOf(c.status);
        const reading = statusText === null || row.type === "indicator" ? null : normaliseStatus(statusText, row.type);
        const v = displayValue(c.value);
        const value = typeof v === "number" ? v : typeof v === "string" ? parseNumberText(v) : null;
        return {
          rowId: row.id,
          areaId: area.id,
          type: row.type,
          department: row.department,
          status: reading?.code ?? null,
          done: textOf(c.done),
          comment: textOf(c.comment),
          value,
          lastYear: row.indicator?.history[String(this.year() - 1)] ?? null,
          reported: row.type === "indicator" ? v !== null : statusText !== null,
        };
      })
    );
  }

  async readMeta(): Promise<WorkbookMeta | null> {
    await this.enter("readMeta", []);
    return this.meta;
  }

  /** What watchChanges was given, so a test can play a person's edit; null when none watches. */
  changeWatcher: (() => void) | null = null;

  async watchChanges(onChange: () => void): Promise<() => Promise<void>> {
    await this.enter("watchChanges", []);
    this.changeWatcher = onChange;
    return async () => {
      this.changeWatcher = null;
    };
  }

  /** Sheets that hold something, as sheetsWithContent answers. */
  contentSheets: string[] = [];

  async sheetsWithContent(): Promise<readonly string[]> {
    await this.enter("sheetsWithContent", []);
    return this.contentSheets;
  }

  async generate(programme: Programme, year: number, onProgress?: OnProgress): Promise<void> {
    await this.enter("generate", [programme, year]);
    for (const p of this.progress) onProgress?.(p);
    this.programme = programme;
    this.meta = { schemaVersion: 1, year, closed: false, generatedAt: "2020-01-15T08:00:00Z", appVersion: "0.1.0" };
  }

  async update(programme: Programme, onProgress?: OnProgress): Promise<UpdateOutcome> {
    await this.enter("update", [programme]);
    for (const p of this.progress) onProgress?.(p);
    if (this.updateOutcome.ok) this.programme = programme;
    return this.updateOutcome;
  }

  async read(): Promise<FollowupState> {
    await this.enter("read", []);
    const meta = this.meta;
    if (meta === null) throw new Error("the fake has no follow-up workbook");
    const summary = summarise(this.programme, this.entries(), { year: meta.year, choices: this.choices });
    return {
      meta,
      programme: this.programme,
      entries: this.entries(),
      findings: this.findings,
      summary,
      choices: { ...this.choices },
      ready: { ...this.ready },
    };
  }

  async departmentRows(department: string): Promise<readonly DepartmentRow[]> {
    await this.enter("departmentRows", [department]);
    return this.programme.areas.flatMap((area) =>
      area.rows
        .filter((row) => row.department === department)
        .map((row): DepartmentRow => {
          const c = this.cellsOf(row.id);
          return {
            rowId: row.id,
            areaId: area.id,
            sheet: area.sheetName,
            type: row.type,
            text: row.text.text,
            textIsExample: row.text.provenance === "example",
            status: c.status,
            done: c.done,
            comment: c.comment,
            value: c.value,
            lastYear: row.indicator?.history[String(this.year() - 1)] ?? null,
            lastStatus: this.lastYearCells[row.id]?.status ?? null,
            lastDone: this.lastYearCells[row.id]?.done ?? null,
            unit: row.indicator?.unit ?? null,
            target: row.indicator?.target ?? null,
          };
        })
    );
  }

  async saveRows(edits: readonly RowEdit[]): Promise<void> {
    await this.enter("saveRows", [edits]);
    for (const edit of edits) {
      const { rowId, ...fields } = edit;
      this.setCells(rowId, fields);
    }
  }

  async markDepartmentReady(department: string): Promise<void> {
    await this.enter("markDepartmentReady", [department]);
    this.ready[department] = "2020-02-01";
  }

  async markProblems(findings: readonly Finding[]): Promise<void> {
    await this.enter("markProblems", [findings]);
  }

  async clearProblemMarks(): Promise<void> {
    await this.enter("clearProblemMarks", []);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.enter("selectCell", [sheet, cell]);
  }

  async writeSummary(choices: readonly ChoiceEdit[]): Promise<void> {
    await this.enter("writeSummary", [choices]);
    for (const c of choices) {
      const done = c.done === undefined ? (this.choices[c.key]?.done ?? null) : c.done;
      this.choices[c.key] = { assessment: c.assessment, raw: null, text: c.text, done };
    }
  }

  async readProgrammeTable(
    sheet: string,
    lang: Lang
  ): Promise<{ ok: true; programme: Programme } | { ok: false; problems: string[] }> {
    await this.enter("readProgrammeTable", [sheet, lang]);
    return this.programmeTable;
  }

  private file(name: string, mimeType: string): AddinFile {
    // "PK": a zip file's first bytes, as .docx and .xlsx have.
    return { bytes: new Uint8Array([0x50, 0x4b, 3, 4]), fileName: name, mimeType };
  }

  async exportReport(lang: Lang, cover?: ReportCover): Promise<AddinFile> {
    await this.enter("exportReport", cover === undefined ? [lang] : [lang, cover]);
    return this.file(
      `report-${this.year()}.docx`,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
  }

  async openSummaryWorkbook(lang: Lang): Promise<NewWorkbookOutcome> {
    await this.enter("openSummaryWorkbook", [lang]);
    const file = this.file(
      `summary-${this.year()}.xlsx`,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    return this.canCreateWorkbook ? { opened: true, file } : { opened: false, file };
  }

  async closeYear(force: boolean): Promise<CloseOutcome> {
    await this.enter("closeYear", [force]);
    if (this.closeMissing !== null && !force) return this.closeMissing;
    const alreadyClosed = this.meta?.closed === true;
    if (this.meta !== null) this.meta = { ...this.meta, closed: true };
    return { ok: true, alreadyClosed, year: this.year() };
  }

  async reopenYear(reason: string): Promise<ReopenOutcome> {
    await this.enter("reopenYear", [reason]);
    if (this.meta === null || !this.meta.closed) return { reopened: false, year: this.year() };
    this.meta = { ...this.meta, closed: false };
    return { reopened: true, year: this.year(), day: "2020-01-15" };
  }

  async rolloverWorkbook(year: number, programme?: Programme): Promise<RolloverOutcome> {
    await this.enter("rolloverWorkbook", programme === undefined ? [year] : [year, programme.name.text]);
    const period = (programme ?? this.programme).period;
    if (year > period.to || year < period.from) {
      return {
        ok: false,
        year,
        refusal: { reason: "pastPeriod", params: { from: period.from, to: period.to, year }, conflicts: [] },
      };
    }
    return {
      ok: true,
      year,
      opened: this.canCreateWorkbook,
      file: this.file(`followup-${year}.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      carried: 10,
      closedRows: 2,
    };
  }

  /** What mergeCopies answers; null: every copy merged with nothing to decide. */
  mergeOutcome: ((decisions: MergeDecisions) => MergeOutcome) | null = null;

  async splitCopies(departments: readonly string[] | null): Promise<{ year: number; copies: DepartmentCopy[] }> {
    await this.enter("splitCopies", departments === null ? [] : [...departments]);
    const codes = departments ?? this.programme.departments.map((d) => d.code).slice(0, 3);
    return {
      year: this.year(),
      copies: codes.map((department) => ({
        department,
        rows: 4,
        file: this.file(
          `Uppföljning ${this.year()} – ${department}.xlsx`,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ),
      })),
    };
  }

  async mergeCopies(copies: readonly CopyToMerge[], decisions?: MergeDecisions): Promise<MergeOutcome> {
    await this.enter("mergeCopies", [copies.map((c) => c.name), [...(decisions ?? new Map()).entries()]]);
    if (this.mergeOutcome !== null) return this.mergeOutcome(decisions ?? new Map());
    return {
      ok: true,
      written: 0,
      report: {
        copies: copies.map((c) => ({
          copy: c.name,
          department: "KSF",
          madeAt: "2019-11-01T08:00:00.000Z",
          owned: 4,
          taken: [],
          unchanged: 4,
          outside: [],
          missing: [],
          own: { sheets: [], cells: [] },
        })),
        conflicts: [],
        stillMissing: [],
      },
    };
  }
}
