import type { LimitBreach } from "../limits";
import type { Finding, FindingCode, Severity } from "../check/finding";

/** The structural findings reading can raise, with the params documented in check/finding.ts. */

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
  /** `sheet` is the name the sheet has now. */
  sheetRenamed: (sheet: string, expectedSheet: string, areaId: string): Finding =>
    finding("warning", "sheetRenamed", sheet, null, { expectedSheet, areaId }),
  sheetUnknown: (sheet: string): Finding => finding("warning", "sheetUnknown", sheet, null, {}),
  headerMissing: (sheet: string): Finding => finding("error", "headerMissing", sheet, null, {}),
  limitExceeded: (sheet: string, cell: string | null, breach: LimitBreach): Finding =>
    finding("error", "limitExceeded", sheet, cell, { limit: breach.limit, max: breach.max, where: breach.where }),
};
