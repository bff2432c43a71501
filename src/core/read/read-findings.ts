import type { LimitBreach } from "../limits";
import type { Finding, FindingCode, Severity } from "../findings/finding";

/** The structural findings reading can raise, with the params documented in findings/finding.ts. */

function finding(
  severity: Severity,
  code: FindingCode,
  sheet: string | null,
  cell: string | null,
  params: Readonly<Record<string, string | number>>
): Finding {
  return { severity, code, sheet, cell, rowId: null, messageKey: code, params };
}

export const readFinding = {
  dataSheetMissing: (): Finding => finding("error", "dataSheetMissing", null, null, {}),
  programmeInvalid: (sheet: string, cell: string | null, detail: string): Finding =>
    finding("error", "programmeInvalid", sheet, cell, { detail }),
  sheetMissing: (expectedSheet: string, areaId: string): Finding =>
    finding("error", "sheetMissing", null, null, { expectedSheet, areaId }),
  /** The area's sheet is not under its name, and more than one sheet has its table and header block. */
  sheetAmbiguous: (expectedSheet: string, areaId: string, sheets: readonly string[]): Finding =>
    finding("error", "sheetAmbiguous", null, null, {
      expectedSheet,
      areaId,
      sheets: sheets.map((s) => `'${s}'`).join(", "),
    }),
  /** `sheet` is the name the sheet has now. */
  sheetRenamed: (sheet: string, expectedSheet: string, areaId: string): Finding =>
    finding("warning", "sheetRenamed", sheet, null, { expectedSheet, areaId }),
  sheetUnknown: (sheet: string): Finding => finding("warning", "sheetUnknown", sheet, null, {}),
  headerMissing: (sheet: string): Finding => finding("error", "headerMissing", sheet, null, {}),
  /** A carried column found under another header, or at the plan's place: read, and said. */
  columnRenamed: (sheet: string, cell: string, column: string, found: string): Finding =>
    finding("warning", "columnRenamed", sheet, cell, { column, found }),
  /** A carried column not found. An error when a column we cannot name holds data (`suspects`). */
  columnMissing: (sheet: string, cell: string | null, column: string, severity: Severity, suspects: string): Finding =>
    finding(severity, "columnMissing", sheet, cell, { column, suspects }),
  /** A carried column's header twice; an error when both copies hold entries. */
  columnDuplicate: (sheet: string, cell: string, column: string, severity: Severity): Finding =>
    finding(severity, "columnDuplicate", sheet, cell, { column }),
  /** More than one renamed header could be the column. */
  columnAmbiguous: (sheet: string, cell: string, column: string, found: string): Finding =>
    finding("error", "columnAmbiguous", sheet, cell, { column, found }),
  /** The closed flag says open, but the year was closed (its fingerprint is there). */
  closedFlagChanged: (sheet: string, cell: string): Finding => finding("error", "closedFlagChanged", sheet, cell, {}),
  limitExceeded: (sheet: string, cell: string | null, breach: LimitBreach): Finding =>
    finding("error", "limitExceeded", sheet, cell, { limit: breach.limit, max: breach.max, where: breach.where }),
};
