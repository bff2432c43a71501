import { OPERATION_BYTES } from "./payload";
import type { RunState } from "./run";

/**
 * The writes of one use case, sent in as few requests as the 5 MB limit allows. Callers reserve
 * the estimated size of each write before queueing it; a request is sent only when the next write
 * would pass the budget, or when the caller ends a phase. Every request that carries writes
 * suspends calculation and screen updating until its sync, and runs with the add-in's events off.
 */
export class WriteSession {
  private queuedBytes = 0;
  private requestsSent = 0;
  /** Whether the request being queued already carries the suspension calls. */
  private suspended = false;

  private readonly budget: number;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly state: RunState
  ) {
    this.budget = state.limits.requestBytes;
  }

  /**
   * Turns the add-in's events off (ExcelApi 1.8) in the request before the writes — the caller's
   * read request — so they are off when the first write runs; `close` turns them on again.
   */
  open(): void {
    this.context.runtime.enableEvents = false;
    this.state.eventsOff = true;
  }

  /** Calculation (ExcelApi 1.6) and screen updating (ExcelApi 1.9) wait until the request's sync. */
  private suspendOnce(): void {
    if (!this.suspended) {
      this.context.application.suspendApiCalculationUntilNextSync();
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.suspended = true;
    }
  }

  /**
   * Makes room for a write of `bytes` (0 for a small one: a format, a method call): sends what is
   * queued first if the two would not fit.
   */
  async reserve(bytes = 0): Promise<void> {
    const needed = bytes + OPERATION_BYTES;
    if (this.queuedBytes > 0 && this.queuedBytes + needed > this.budget) {
      await this.send();
    }
    this.suspendOnce();
    this.queuedBytes += needed;
  }

  /** Bytes the request being queued can still take. */
  room(): number {
    return Math.max(0, this.budget - this.queuedBytes - OPERATION_BYTES);
  }

  get requestBudget(): number {
    return this.budget;
  }

  /** Ends a phase: sends what is queued (nothing is sent when nothing was queued). */
  async endPhase(): Promise<void> {
    if (this.queuedBytes > 0) {
      await this.send();
    }
  }

  private async send(): Promise<void> {
    await this.context.sync();
    this.requestsSent += 1;
    this.queuedBytes = 0;
    this.suspended = false;
  }

  /** Turns events on again as the last operation of the last write request, and sends it. */
  async close(): Promise<void> {
    this.suspendOnce();
    this.context.runtime.enableEvents = true;
    await this.context.sync();
    this.requestsSent += 1;
    this.state.eventsOff = false;
  }

  get requests(): number {
    return this.requestsSent;
  }
}
