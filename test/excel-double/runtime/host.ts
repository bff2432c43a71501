import { InMemoryWorkbook } from "../model/workbook";

export type Platform = "web" | "desktop";

/** One round trip to the (simulated) Excel: the operations sent by one sync. */
export interface RequestRecord {
  /** Which Excel.run it belonged to (index into `runs`), or -1 outside Excel.run. */
  readonly run: number;
  /** Queued actions: object instantiations, property sets, method calls and loads. */
  readonly operations: number;
  /** Of these, loads. */
  readonly loads: number;
  /** Estimated request size: UTF-8 bytes of the JSON of the queued operations and their arguments. */
  readonly payloadBytes: number;
  /** Estimated response size: UTF-8 bytes of the JSON of what the loads returned. */
  responseBytes: number;
  /** Was Application.suspendApiCalculationUntilNextSync() queued for this request? */
  readonly calculationSuspended: boolean;
  /** Was Application.suspendScreenUpdatingUntilNextSync() queued for this request? */
  readonly screenUpdatingSuspended: boolean;
  /** RequestContext.runtime.enableEvents when the request started. */
  readonly eventsEnabled: boolean;
  /** The error code when the request failed. */
  failed: string | null;
}

export interface RunRecord {
  /** context.sync() calls, plus Excel.run's closing sync when it had queued operations. */
  syncs: number;
  /** Round trips that carried operations (indexes into `requests`). */
  readonly requests: number[];
  delayForCellEdit: boolean;
  failed: string | null;
}

export interface HostOptions {
  platform: Platform;
  /** The highest ExcelApi requirement set this "Excel" supports. */
  excelApiVersion: string;
  /** Excel on the web's request/response limit (bytes); the double applies it on "web" only. */
  payloadLimitBytes: number;
}

/**
 * The state shared by every RequestContext of one double: the workbook, the counters and the
 * simulated user (cell edit mode).
 */
export class DoubleHost {
  syncCount = 0;
  readonly requests: RequestRecord[] = [];
  readonly runs: RunRecord[] = [];
  /** load() calls with no argument (all scalar properties): allowed by Office.js, but costly. */
  emptyLoads = 0;
  private cellEditing = false;
  private cellEditWaiters: (() => void)[] = [];

  constructor(
    readonly workbook: InMemoryWorkbook,
    readonly options: HostOptions
  ) {}

  get largestPayload(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.payloadBytes), 0);
  }

  get largestResponse(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.responseBytes), 0);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.requests.length = 0;
    this.runs.length = 0;
    this.emptyLoads = 0;
  }

  get inCellEditMode(): boolean {
    return this.cellEditing;
  }

  /** The user starts typing in a cell: requests fail (or wait, with delayForCellEdit). */
  enterCellEditMode(): void {
    this.cellEditing = true;
  }

  /** The user presses Enter: waiting requests go ahead. */
  exitCellEditMode(): void {
    this.cellEditing = false;
    const waiters = this.cellEditWaiters;
    this.cellEditWaiters = [];
    for (const w of waiters) w();
  }

  whenCellEditEnds(): Promise<void> {
    if (!this.cellEditing) return Promise.resolve();
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }
}
