import { checkWorkbook } from "../check/check-workbook";
import type { Finding } from "../findings/finding";
import type { Programme } from "../programme/schema";
import type { WorkbookRead } from "../read/types";

export interface MissingByDepartment {
  readonly department: string;
  readonly rows: readonly string[];
}

/** What stands between a year and its closing: rows not reported, and the errors of the check. */
export interface CloseReadiness {
  readonly alreadyClosed: boolean;
  readonly notReported: readonly MissingByDepartment[];
  readonly errors: readonly Finding[];
  /** Nothing missing and no errors: the year can close without a warning. */
  readonly complete: boolean;
}

function rowsOf(f: Finding): string[] {
  return String(f.params["rows"] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Whether a year is ready to close. Closing locks every cell, so what is still missing is listed
 * first (the coordinator closes anyway only on purpose): per department the rows not reported,
 * and every error the check finds (a report built on them would be wrong or incomplete).
 */
export function closeReadiness(read: WorkbookRead, programme: Programme): CloseReadiness {
  return closeReadinessOf(checkWorkbook(read, programme), read.meta?.closed ?? false);
}

/** The same rule from findings already at hand (the task pane's year-end screen has them). */
export function closeReadinessOf(findings: readonly Finding[], alreadyClosed: boolean): CloseReadiness {
  const notReported = findings
    .filter((f) => f.code === "notReported")
    .map((f) => ({ department: String(f.params["department"] ?? ""), rows: rowsOf(f) }));
  const errors = findings.filter((f) => f.severity === "error");
  return {
    alreadyClosed,
    notReported,
    errors,
    complete: notReported.length === 0 && errors.length === 0,
  };
}
