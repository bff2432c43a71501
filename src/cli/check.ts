import { checkWorkbook, closedEditFindings, LIMITS, renderFinding, summaryFormulaFindings } from "../core";
import type { Finding, Severity } from "../core";
import { positionals } from "./command-args";
import { EXIT_ERRORS, EXIT_OK, type CommandContext, type CommandSpec } from "./context";
import { cellOrder, shortList } from "./format";
import { loadWorkbook, oneLine } from "./load";
import type { MessageKey } from "./messages";

const USAGE = "check FILE.xlsx";

const SEVERITY_LABEL: Readonly<Record<Severity, MessageKey>> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

export interface NotReportedGroup {
  readonly department: string;
  readonly count: number;
  readonly rows: readonly string[];
}

/** The notReported findings, one per department. */
export function notReportedGroups(findings: readonly Finding[]): NotReportedGroup[] {
  return findings
    .filter((f) => f.code === "notReported")
    .map((f) => ({
      department: String(f.params.department ?? ""),
      count: Number(f.params.count ?? 0),
      rows: String(f.params.rows ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    }));
}

export interface CheckCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

export function countFindings(findings: readonly Finding[]): CheckCounts {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
}

/** Findings other than notReported, grouped by sheet (in order of appearance), by cell within. */
function bySheet(findings: readonly Finding[]): Map<string | null, Finding[]> {
  const groups = new Map<string | null, Finding[]>();
  for (const f of findings) {
    if (f.code === "notReported") {
      continue;
    }
    const group = groups.get(f.sheet) ?? [];
    group.push(f);
    groups.set(f.sheet, group);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => {
      const [ra, ca] = cellOrder(a.cell);
      const [rb, cb] = cellOrder(b.cell);
      return ra - rb || ca - cb;
    });
  }
  return groups;
}

/** renderFinding puts the place (sheet!cell and row ID) in front of the message. */
export function findingLine(ctx: CommandContext, f: Finding): string {
  return oneLine(renderFinding(f, ctx.lang));
}

/**
 * `followup check FILE.xlsx`: every problem with its sheet, cell and row ID. Exit 1 when there
 * are errors; warnings and rows not yet reported alone do not fail.
 *
 * --json prints: {"command": "check", "ok": boolean (no errors), "file": string, "year": number,
 *   "counts": {"errors", "warnings", "info"},
 *   "findings": [{"severity", "code", "sheet", "cell", "rowId", "message", "params"}] (all, notReported included),
 *   "notReported": [{"department", "count", "rows": [row IDs]}]}
 */
export const checkCommand: CommandSpec = {
  name: "check",
  usage: USAGE,
  options: {},
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const { read, programme, year } = await loadWorkbook(ctx, file);
    const findings = [...checkWorkbook(read, programme), ...summaryFormulaFindings(read), ...closedEditFindings(read)];
    const counts = countFindings(findings);
    const notReported = notReportedGroups(findings);

    ctx.say("checkHeading", { file: file.shown, year });
    // A workbook with a million problems must not print a million lines: all are counted, and all
    // are in --json.
    let printed = 0;
    for (const [sheet, group] of bySheet(findings)) {
      if (printed >= LIMITS.findingsPrinted) break;
      ctx.print();
      ctx.print(sheet ?? ctx.t("wholeWorkbook"));
      for (const f of group.slice(0, LIMITS.findingsPrinted - printed)) {
        ctx.print(`  ${ctx.t(SEVERITY_LABEL[f.severity]).padEnd(8)} ${findingLine(ctx, f)}`);
        printed++;
      }
    }
    const listed = findings.filter((f) => f.code !== "notReported").length;
    if (printed < listed) {
      ctx.print();
      ctx.say("findingsNotPrinted", { count: listed - printed, file: file.shown });
    }
    if (notReported.length > 0) {
      ctx.print();
      ctx.say("notReportedHeading");
      for (const g of notReported) {
        ctx.print(
          `  ${ctx.t("notReportedLine", { department: g.department, count: g.count, rows: shortList(g.rows) })}`
        );
      }
    }
    ctx.print();
    if (counts.errors === 0 && counts.warnings === 0) {
      ctx.say("checkNoProblems");
    }
    ctx.say("checkTotals", {
      errors: counts.errors,
      warnings: counts.warnings,
      departments: notReported.length,
      rows: notReported.reduce((sum, g) => sum + g.count, 0),
    });
    ctx.printJson({
      command: "check",
      ok: counts.errors === 0,
      file: file.shown,
      year,
      counts,
      findings: findings.map((f) => ({
        severity: f.severity,
        code: f.code,
        sheet: f.sheet,
        cell: f.cell,
        rowId: f.rowId,
        message: oneLine(renderFinding(f, ctx.lang)),
        params: f.params,
      })),
      notReported,
    });
    return counts.errors > 0 ? EXIT_ERRORS : EXIT_OK;
  },
};
