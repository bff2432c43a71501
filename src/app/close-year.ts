import { closeReadiness } from "../core";
import type { CloseReadiness, Programme, WorkbookRead } from "../core";
import { guardRefusal, type GuardRefusal } from "./guards";

export type CloseDecision =
  /** Closed before: nothing to do. */
  | { readonly kind: "alreadyClosed"; readonly readiness: CloseReadiness }
  /** A department's copy, or entries the close record would miss (guards.ts). */
  | { readonly kind: "refused"; readonly refusal: GuardRefusal }
  /** Rows not reported or errors the check finds, and not forced: the list, nothing written. */
  | { readonly kind: "incomplete"; readonly readiness: CloseReadiness }
  /** Close: complete, or forced past what is missing (`forced`). */
  | { readonly kind: "close"; readonly readiness: CloseReadiness; readonly forced: boolean };

/**
 * Closing the year, decided the same way from the command line and the task pane, in this order:
 * a year closed before is left as it is; a department's copy or entries at risk are refused; what
 * is not reported or wrong stops the close unless it is forced. The rooms then write the close.
 */
export function decideClose(
  read: WorkbookRead,
  programme: Programme,
  force: boolean,
  options: { readonly rewritesFile?: boolean } = {}
): CloseDecision {
  const readiness = closeReadiness(read, programme);
  if (readiness.alreadyClosed) return { kind: "alreadyClosed", readiness };
  const refusal = guardRefusal("close", read, options);
  if (refusal !== null) return { kind: "refused", refusal };
  if (!readiness.complete && !force) return { kind: "incomplete", readiness };
  return { kind: "close", readiness, forced: !readiness.complete };
}
