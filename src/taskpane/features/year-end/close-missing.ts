import { closeReadinessOf, renderFinding } from "../../../core";
import type { Finding, Lang } from "../../../core";
import type { CloseOutcome, MissingRows } from "../../../app/service";

/** What the close warning lists: rows not reported per department, and the check's errors. */
export interface Missing {
  readonly notReported: readonly MissingRows[];
  readonly errors: readonly string[];
}

/** From the findings the screen has read, by the core's close rule (core/close/close-readiness). */
export function missingFromFindings(findings: readonly Finding[], lang: Lang): Missing {
  const readiness = closeReadinessOf(findings, false);
  return { notReported: readiness.notReported, errors: readiness.errors.map((f) => errorLine(f, lang)) };
}

function errorLine(f: Finding, lang: Lang): string {
  return renderFinding(f, lang).replace(/\s+/g, " ").trim();
}

/** From a refusal of closeYear: the workbook changed since it was read. */
export function missingFromOutcome(outcome: Extract<CloseOutcome, { ok: false }>, lang: Lang): Missing {
  return { notReported: outcome.notReported, errors: outcome.errors.map((f) => errorLine(f, lang)) };
}

export function isComplete(m: Missing): boolean {
  return m.notReported.length === 0 && m.errors.length === 0;
}
