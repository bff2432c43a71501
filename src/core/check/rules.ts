import type { RowType } from "../programme/schema";
import { EXCEL_CELL_TEXT_LIMIT, isFormula } from "../workbook/cell";
import { AREA_COLUMNS, type AreaColumnKey } from "../layout/workbook-layout";
import { ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import { errorShown, readNumber, readText, shown, textLength } from "./cell-reading";
import { termsFor } from "./normalise-status";
import { countsAsReported } from "./entries";
import { readDepartment, rowTypeFromLabel } from "./programme-index";
import { addressOf, cellOf, type RowContext } from "./row-context";
import type { RowDraft, RowRule, WorkbookDraft, WorkbookRule } from "./rule-types";

/**
 * The checks, as data. Severity policy: "error" when the roll-up or the committee report would be
 * wrong or incomplete; "warning" when the roll-up is still right (it trusts the programme, not the
 * cell); "info" for reporting progress. `followup check` fails only on errors.
 */

const GOAL_OR_ACTIVITY: readonly RowType[] = ["goal", "activity"];
const INDICATOR: readonly RowType[] = ["indicator"];
const TYPED: readonly RowType[] = ["goal", "activity", "indicator"];
const ALL_COLUMNS: readonly AreaColumnKey[] = AREA_COLUMNS.map((c) => c.key);
/** Where a formula means text was lost to Excel's "=" rule (unit and Bättre om are programme-written and locked). */
const TEXT_COLUMNS: readonly AreaColumnKey[] = [
  "id",
  "type",
  "text",
  "department",
  "status",
  "done",
  "comment",
  "changed",
];
const NUMBER_COLUMNS: readonly AreaColumnKey[] = ["value", "lastYear"];

/** The column's Swedish header, as the sheet shows it (the message renderer translates it). */
export function header(key: AreaColumnKey): string {
  return AREA_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

function allowedLabels(rowType: RowType): string {
  return termsFor(rowType)
    .map((t) => t.sv)
    .join(", ");
}

function typedStatus(ctx: RowContext): string | null {
  const reading = readText(cellOf(ctx, "status"));
  return reading.kind === "text" ? reading.raw : null;
}

export const ROW_RULES: readonly RowRule[] = [
  {
    code: "missingId",
    severity: "error",
    rowTypes: "anyRow",
    columns: ["id"],
    why: "entries on a row without an ID reach no one's roll-up",
    check: (ctx) => (readText(cellOf(ctx, "id")).kind === "empty" ? [{ column: "id", params: {} }] : []),
  },
  {
    code: "unknownRow",
    severity: "error",
    rowTypes: "anyRow",
    columns: ["id"],
    why: "a row the programme does not know is left out of the roll-up",
    check: (ctx) => (ctx.id !== null && ctx.known === null ? [{ column: "id", params: {} }] : []),
  },
  {
    code: "typeChanged",
    severity: "warning",
    rowTypes: "anyRow",
    columns: ["type"],
    why: "the roll-up uses the programme's type, so the numbers stay right; the sheet just reads wrong",
    check: (ctx) => {
      const reading = readText(cellOf(ctx, "type"));
      if (ctx.known === null || reading.kind === "blocked") {
        return [];
      }
      const found = reading.kind === "text" ? reading.raw : "";
      const expected = ctx.known.row.type;
      return rowTypeFromLabel(found) === expected
        ? []
        : [{ column: "type", params: { expected: ROW_TYPE_LABEL[expected].sv, found: shown(found.trim()) } }];
    },
  },
  {
    code: "departmentMissing",
    severity: "error",
    rowTypes: TYPED,
    columns: ["department"],
    why: "a row without a responsible department is counted for no department",
    check: (ctx) =>
      readText(cellOf(ctx, "department")).kind === "empty" ? [{ column: "department", params: {} }] : [],
  },
  {
    code: "departmentUnknown",
    severity: "error",
    rowTypes: TYPED,
    columns: ["department"],
    why: "the department roll-up counts by code; an unknown one is counted for nobody",
    check: (ctx) => {
      const reading = readText(cellOf(ctx, "department"));
      if (reading.kind !== "text") {
        return [];
      }
      const department = readDepartment(reading.raw, ctx.index);
      if (department.kind === "known") {
        return [];
      }
      const expected = ctx.index.programme.departments.map((d) => d.code).join(", ");
      const value = shown(reading.raw);
      return department.suggestion === null
        ? [{ column: "department", params: { value, expected } }]
        : [
            {
              column: "department",
              messageKey: "departmentUnknown.didYouMean",
              params: { value, suggestion: department.suggestion, expected },
            },
          ];
    },
  },
  {
    code: "unknownStatus",
    severity: "error",
    rowTypes: GOAL_OR_ACTIVITY,
    columns: ["status"],
    why: "only an exact label is counted; anything else falls out of the roll-up",
    check: (ctx) => {
      const raw = typedStatus(ctx);
      if (raw === null || ctx.rowType === null || ctx.status === null || ctx.status.code !== null) {
        return [];
      }
      if (ctx.status.wrongVocabulary) {
        return [];
      }
      const expected = allowedLabels(ctx.rowType);
      return ctx.status.suggestion === null
        ? [{ column: "status", params: { value: shown(raw), expected } }]
        : [
            {
              column: "status",
              messageKey: "unknownStatus.didYouMean",
              params: { value: shown(raw), suggestion: ctx.status.suggestion, expected },
            },
          ];
    },
  },
  {
    code: "wrongVocabulary",
    severity: "error",
    rowTypes: GOAL_OR_ACTIVITY,
    columns: ["status"],
    why: "a goal counted as an activity status (or the reverse) is counted nowhere",
    check: (ctx) => {
      const raw = typedStatus(ctx);
      if (raw === null || ctx.rowType === null || ctx.status === null || ctx.status.code !== null) {
        return [];
      }
      return ctx.status.wrongVocabulary
        ? [
            {
              column: "status",
              params: { value: shown(raw), rowType: ctx.rowType, expected: allowedLabels(ctx.rowType) },
            },
          ]
        : [];
    },
  },
  {
    code: "statusOnIndicator",
    severity: "warning",
    rowTypes: INDICATOR,
    columns: ["status"],
    why: "the roll-up ignores it (an indicator's trend comes from its values); the department probably meant to give a value",
    check: (ctx) => {
      const raw = typedStatus(ctx);
      return raw === null ? [] : [{ column: "status", params: { value: shown(raw) } }];
    },
  },
  {
    code: "commentRequired",
    severity: "error",
    rowTypes: GOAL_OR_ACTIVITY,
    columns: ["status", "comment"],
    why: "the programme requires an explanation for these statuses; the committee report would lack it",
    check: (ctx) => {
      const code = ctx.status?.code ?? null;
      if (code === null || ctx.rowType === null) {
        return [];
      }
      const term = termsFor(ctx.rowType).find((t) => t.code === code);
      if (term === undefined || !term.requiresComment || readText(cellOf(ctx, "comment")).kind !== "empty") {
        return [];
      }
      return [{ column: "comment", params: { status: term.sv } }];
    },
  },
  {
    code: "valueNotNumeric",
    severity: "error",
    rowTypes: INDICATOR,
    columns: NUMBER_COLUMNS,
    why: "a value that is not a number cannot be compared with last year or the target",
    check: (ctx) =>
      NUMBER_COLUMNS.flatMap((key): RowDraft[] => {
        const reading = readNumber(cellOf(ctx, key));
        return reading.kind === "notNumeric"
          ? [{ column: key, params: { value: shown(reading.raw), column: header(key) } }]
          : [];
      }),
  },
  {
    code: "valueNegative",
    severity: "error",
    rowTypes: INDICATOR,
    columns: NUMBER_COLUMNS,
    why: "counts, costs and shares are never below zero: a negative value is a typing slip",
    check: (ctx) =>
      NUMBER_COLUMNS.flatMap((key): RowDraft[] => {
        const reading = readNumber(cellOf(ctx, key));
        return reading.kind === "number" && reading.value < 0
          ? [{ column: key, params: { value: reading.value, column: header(key) } }]
          : [];
      }),
  },
  {
    code: "textTooLong",
    severity: "error",
    rowTypes: "anyRow",
    columns: ALL_COLUMNS,
    why: "Excel cuts the text when the workbook is saved, so part of what was written is lost",
    check: (ctx) =>
      ALL_COLUMNS.flatMap((key): RowDraft[] => {
        const length = textLength(cellOf(ctx, key));
        return length > EXCEL_CELL_TEXT_LIMIT
          ? [{ column: key, params: { column: header(key), length, limit: EXCEL_CELL_TEXT_LIMIT } }]
          : [];
      }),
  },
  {
    code: "formulaInText",
    severity: "error",
    rowTypes: "anyRow",
    columns: TEXT_COLUMNS,
    why: "text that began with =, +, - or @ became a formula: what was written is gone from the cell",
    check: (ctx) =>
      TEXT_COLUMNS.flatMap((key): RowDraft[] => {
        const cell = cellOf(ctx, key);
        return isFormula(cell) ? [{ column: key, params: { column: header(key), formula: shown(cell.formula) } }] : [];
      }),
  },
  {
    code: "formulaInInput",
    severity: "warning",
    rowTypes: "anyRow",
    columns: NUMBER_COLUMNS,
    why: "a live formula in an input (a pasted =HYPERLINK or =WEBSERVICE runs when opened): a rewrite keeps only its text",
    check: (ctx) =>
      NUMBER_COLUMNS.flatMap((key): RowDraft[] => {
        const cell = cellOf(ctx, key);
        return isFormula(cell) ? [{ column: key, params: { column: header(key), formula: shown(cell.formula) } }] : [];
      }),
  },
  {
    code: "errorValue",
    severity: "error",
    rowTypes: "anyRow",
    columns: ALL_COLUMNS,
    why: "an error value stands where a value belongs",
    check: (ctx) =>
      ALL_COLUMNS.flatMap((key): RowDraft[] => {
        const cell = cellOf(ctx, key);
        const error = errorShown(cell);
        // A formula in a text column is already reported as formulaInText; one finding per cell.
        if (error === null || (isFormula(cell) && TEXT_COLUMNS.includes(key))) {
          return [];
        }
        return [{ column: key, params: { column: header(key), value: error } }];
      }),
  },
];

function where(sheet: string, cell: string | null): string {
  return cell === null ? sheet : `${sheet}!${cell}`;
}

export const WORKBOOK_RULES: readonly WorkbookRule[] = [
  {
    code: "duplicateId",
    severity: "error",
    why: "two rows with one ID: only the first is counted, the other's entries are left out",
    check: (ctx) => {
      const first = new Map<string, RowContext>();
      const drafts: WorkbookDraft[] = [];
      for (const row of ctx.rows) {
        if (row.id === null) {
          continue;
        }
        const earlier = first.get(row.id);
        if (earlier === undefined) {
          first.set(row.id, row);
          continue;
        }
        drafts.push({
          sheet: row.row.sheet,
          cell: addressOf(row, "id"),
          rowId: row.id,
          params: { otherCell: where(earlier.row.sheet, addressOf(earlier, "id")) },
        });
      }
      return drafts;
    },
  },
  {
    code: "lostRow",
    severity: "error",
    why: "a programme row missing from the workbook cannot be reported on",
    check: (ctx) => {
      const found = new Set(ctx.rows.map((r) => r.id));
      // A missing sheet is reported once by the reader (sheetMissing), not once per row in it.
      const missingAreas = new Set(
        ctx.read.findings.filter((f) => f.code === "sheetMissing").map((f) => String(f.params["areaId"]))
      );
      return ctx.index.programme.areas.flatMap((area) =>
        missingAreas.has(area.id)
          ? []
          : area.rows
              .filter((row) => !found.has(row.id))
              .map((row) => ({
                sheet: area.sheetName,
                cell: null,
                rowId: row.id,
                params: { expectedSheet: area.sheetName },
              }))
      );
    },
  },
  {
    code: "notReported",
    severity: "info",
    why: "progress, not a mistake: tells the coordinator whom to remind",
    check: (ctx) => {
      const pending = new Map<string, string[]>();
      for (const entry of ctx.entries) {
        if (!countsAsReported(entry)) {
          const department = entry.department ?? "";
          const rows = pending.get(department) ?? [];
          rows.push(entry.rowId);
          pending.set(department, rows);
        }
      }
      const order = ctx.index.programme.departments.map((d) => d.code);
      const departments = [...pending.keys()].sort((a, b) => rank(order, a) - rank(order, b));
      return departments.map((department) => {
        const rows = pending.get(department) ?? [];
        return {
          sheet: null,
          cell: null,
          rowId: null,
          params: { department, count: rows.length, rows: rows.join(", ") },
        };
      });
    },
  },
];

function rank(order: readonly string[], code: string): number {
  const i = order.indexOf(code);
  return i === -1 ? order.length : i;
}
