import type { RunState } from "./run";
import type { SheetInfo } from "./sheets";

/**
 * Writing to a protected sheet: it is unprotected and protected again within the same batch,
 * with the options it had (loaded and checked with `protection.protected` in the use case's first
 * request), so what users may do on it does not change. A password-protected sheet cannot be
 * unprotected without its password: Excel refuses, and the user is told which sheet has one
 * (run.ts).
 */
export class ProtectionGuard {
  private readonly lifted: { ws: Excel.Worksheet; options: Excel.WorksheetProtectionOptions }[] = [];
  private readonly done = new Set<string>();

  /** `run`: the run's record of sheets unprotected, so a refusal can name them (run.ts). */
  constructor(private readonly run: Pick<RunState, "unprotected">) {}

  /**
   * Queues the unprotect when the sheet is protected (once per sheet). `restore` false: the caller
   * protects the sheet itself, by the plan.
   */
  lift(ws: Excel.Worksheet, info: SheetInfo, restore = true): void {
    const key = info.name.toLowerCase();
    if (!info.protected || this.done.has(key)) return;
    this.done.add(key);
    this.run.unprotected.push(info.name);
    ws.protection.unprotect();
    if (restore) this.lifted.push({ ws, options: info.protectionOptions });
  }

  /** Queues protect() again for every sheet lifted, with its own options. */
  restore(): void {
    for (const { ws, options } of this.lifted) {
      ws.protection.protect(options);
    }
    this.lifted.length = 0;
  }
}
