import type { Programme } from "../programme/schema";
import type { WorkbookRead } from "../read/types";
import { entriesFrom } from "./entries";
import type { Finding } from "../findings/finding";
import { indexProgramme } from "./programme-index";
import { addressOf, buildRowContext, isBlankRow, type RowContext } from "./row-context";
import { ROW_RULES, WORKBOOK_RULES } from "./rules";
import type { RowRule } from "./rule-types";
import type { AreaColumnKey } from "../layout/workbook-layout";

/**
 * Every problem in a workbook: what the reader found about its structure, then each rule over
 * each row (blank lines left in a table are skipped), then the rules over the whole workbook.
 */
export function checkWorkbook(read: WorkbookRead, programme: Programme): Finding[] {
  const index = indexProgramme(programme);
  const rows: RowContext[] = read.areaSheets.flatMap((sheet) =>
    sheet.rows.filter((row) => !isBlankRow(row)).map((row) => buildRowContext(sheet, row, index))
  );
  const rowFindings = rows.flatMap((ctx) => checkRow(ctx).map((r) => r.finding));
  const context = { read, index, rows, entries: entriesFrom(read, index) };
  const workbookFindings = WORKBOOK_RULES.flatMap((rule) =>
    rule.check(context).map((draft): Finding => ({
      severity: rule.severity,
      code: rule.code,
      sheet: draft.sheet,
      cell: draft.cell,
      rowId: draft.rowId,
      messageKey: draft.messageKey ?? rule.code,
      params: draft.params,
    }))
  );
  return [...read.findings, ...rowFindings, ...workbookFindings];
}

/** A row finding with the column it blames. */
export interface RowFinding {
  readonly finding: Finding;
  readonly column: AreaColumnKey | null;
}

/** Every row rule that applies to the row's type, over one row. */
export function checkRow(ctx: RowContext): RowFinding[] {
  return ROW_RULES.filter((rule) => applies(rule, ctx)).flatMap((rule) =>
    rule.check(ctx).map((draft): RowFinding => ({
      column: draft.column,
      finding: {
        severity: rule.severity,
        code: rule.code,
        sheet: ctx.row.sheet,
        cell: draft.column === null ? null : addressOf(ctx, draft.column),
        rowId: ctx.id,
        messageKey: draft.messageKey ?? rule.code,
        params: draft.params,
      },
    }))
  );
}

function applies(rule: RowRule, ctx: RowContext): boolean {
  return rule.rowTypes === "anyRow" || (ctx.rowType !== null && rule.rowTypes.includes(ctx.rowType));
}
