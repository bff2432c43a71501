import { localIsoDay } from "../core";
import type { Reopening, WorkbookRead } from "../core";
import { guardRefusal, type GuardRefusal } from "./guards";

/** The reason to reopen as recorded: on one line, trimmed; null when there is none. */
export function reopenReason(text: string): string | null {
  const reason = text.replace(/\s+/g, " ").trim();
  return reason === "" ? null : reason;
}

export type ReopenDecision =
  /** A department's copy, or entries the rewrite could lose (guards.ts). */
  | { readonly kind: "refused"; readonly refusal: GuardRefusal }
  /** Not closed: nothing to reopen, left as it is. */
  | { readonly kind: "notClosed" }
  /** Reopen: this day and reason join those recorded before. */
  | { readonly kind: "reopen"; readonly reopening: Reopening; readonly reopenings: readonly Reopening[] };

/**
 * Reopening a closed year, decided the same way from the command line and the task pane: a copy
 * or entries at risk are refused, a year not closed is left alone, and otherwise the reopening is
 * recorded after the earlier ones. The reason is asked for (reopenReason) before the workbook is read.
 */
export function decideReopen(
  read: WorkbookRead,
  reason: string,
  now: Date,
  options: { readonly rewritesFile?: boolean } = {}
): ReopenDecision {
  const refusal = guardRefusal("reopen", read, options);
  if (refusal !== null) return { kind: "refused", refusal };
  if (read.meta?.closed !== true) return { kind: "notClosed" };
  const reopening = { day: localIsoDay(now), reason };
  return { kind: "reopen", reopening, reopenings: [...(read.reopenings ?? []), reopening] };
}
