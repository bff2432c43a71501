import type { Finding } from "../../../core/findings/finding";
import { renderFinding } from "../../../core/i18n/finding-messages";
import type { Lang } from "../../../core/lang";
import type { CloseOutcome, MissingRows } from "../../../excel/service";

/** What the close warning lists: rows not reported per department, and the check's errors. */
export interface Missing {
  readonly notReported: readonly MissingRows[];
  readonly errors: readonly string[];
}

function rowsOf(f: Finding): string[] {
  return String(f.params["rows"] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** From the findings the screen has read (the same rule as core/close's closeReadiness). */
export function missingFromFindings(findings: readonly Finding[], lang: Lang): Missing {
  return {
    notReported: findings
      .filter((f) => f.code === "notReported")
      .map((f) => ({ department: String(f.params["department"] ?? ""), rows: rowsOf(f) })),
    errors: findings
      .filter((f) => f.severity === "error")
      .map((f) => renderFinding(f, lang).replace(/\s+/g, " ").trim()),
  };
}

/** From a refusal of closeYear: the workbook changed since it was read. */
export function missingFromOutcome(outcome: Extract<CloseOutcome, { ok: false }>): Missing {
  return { notReported: outcome.notReported, errors: outcome.errors };
}

export function isComplete(m: Missing): boolean {
  return m.notReported.length === 0 && m.errors.length === 0;
}
