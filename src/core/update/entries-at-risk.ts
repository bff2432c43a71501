import type { Finding } from "../findings/finding";
import { planUpdate } from "./plan-update";
import type { WorkbookRead } from "../read/types";

const COLUMN_CODES: ReadonlySet<string> = new Set([
  "columnMissing",
  "columnDuplicate",
  "columnAmbiguous",
  "headerMissing",
  "sheetAmbiguous",
]);

/**
 * Where a rewrite of the workbook could lose something someone entered: an area table whose
 * header or input column cannot be found with certainty, and rows whose entries cannot be
 * matched to the programme by their ID (none, unknown, the same ID twice with entries). Every
 * command that writes the workbook refuses while this is not empty, and names each place.
 */
export function entriesAtRisk(read: WorkbookRead, options: { readonly rows: boolean } = { rows: true }): Finding[] {
  const columns = read.findings.filter((f) => f.severity === "error" && COLUMN_CODES.has(f.code));
  if (read.programme === null || !options.rows) return columns;
  // Planning an update to the same programme matches every row by its ID as a real update would.
  const plan = planUpdate(read, read.programme);
  const rows: Finding[] = plan.ok
    ? []
    : plan.conflicts
        .filter((c) => c.reason === "missingId" || c.reason === "unknownRow" || c.reason === "duplicateId")
        .map((c) => ({
          severity: "error" as const,
          code: c.reason as "missingId" | "unknownRow" | "duplicateId",
          sheet: c.sheet,
          cell: c.cell,
          rowId: c.rowId,
          messageKey: c.reason,
          params: c.params,
        }));
  return [...columns, ...rows];
}
