import { renderFinding } from "../core";
import { decideClose } from "../app/close-year";
import type { CloseReadiness } from "../core";
import { flag } from "./args";
import { findingLine } from "./check";
import { positionals } from "./command-args";
import { EXIT_ERRORS, EXIT_OK, type CommandContext, type CommandSpec } from "./context";
import { shortList } from "./format";
import { loadWorkbook, oneLine } from "./load";
import { rewriteWithSummary } from "./summary";
import { sayKept } from "./kept-content";
import { cliRefusal } from "./guards";

const USAGE = "close FILE.xlsx [--force]";
/** Errors listed in the warning; the check lists them all. */
const ERRORS_SHOWN = 10;

function printMissing(ctx: CommandContext, readiness: CloseReadiness, year: number): void {
  ctx.say("closeMissingHeading", { year });
  if (readiness.notReported.length > 0) {
    ctx.print(`  ${ctx.t("closeNotReportedHeading")}`);
    for (const m of readiness.notReported) {
      ctx.print(
        `    ${ctx.t("notReportedLine", { department: m.department, count: m.rows.length, rows: shortList(m.rows) })}`
      );
    }
  }
  if (readiness.errors.length > 0) {
    ctx.print(`  ${ctx.t("closeErrorsHeading", { count: readiness.errors.length })}`);
    for (const f of readiness.errors.slice(0, ERRORS_SHOWN)) {
      ctx.print(`    ${findingLine(ctx, f)}`);
    }
    if (readiness.errors.length > ERRORS_SHOWN) {
      ctx.print(`    ${ctx.t("closeMoreErrors", { count: readiness.errors.length - ERRORS_SHOWN })}`);
    }
  }
}

/**
 * `followup close FILE.xlsx [--force]`: marks the year closed and locks every cell (no input is
 * left unlocked), keeping the original beside it as a backup. When rows are not reported or the
 * check finds errors, it lists them and refuses (exit 1, file untouched) unless --force is given.
 * A closed workbook is refused by update and summary --write; roll it over to start the next year.
 *
 * --json prints: {"command": "close", "ok": boolean, "file": string, "year": number,
 *   "closed": boolean (the workbook is closed after the command), "alreadyClosed": boolean,
 *   "forced": boolean, "notReported": [{"department", "rows": [IDs]}],
 *   "errors": [{"code", "sheet", "cell", "rowId", "message"}], "backup": string | null}
 */
export const closeCommand: CommandSpec = {
  name: "close",
  usage: USAGE,
  options: { force: "boolean" },
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const force = flag(args, "force");
    const loaded = await loadWorkbook(ctx, file);
    const decision = decideClose(loaded.read, loaded.programme, force, { rewritesFile: true });
    if (decision.kind === "refused") throw cliRefusal(ctx, decision.refusal, file);
    const readiness = decision.readiness;
    const json = (closed: boolean, backup: string | null, ok: boolean): void =>
      ctx.printJson({
        command: "close",
        ok,
        file: file.shown,
        year: loaded.year,
        closed,
        alreadyClosed: readiness.alreadyClosed,
        forced: force && !readiness.complete,
        notReported: readiness.notReported,
        errors: readiness.errors.map((f) => ({
          code: f.code,
          sheet: f.sheet,
          cell: f.cell,
          rowId: f.rowId,
          message: oneLine(renderFinding(f, ctx.lang)),
        })),
        backup,
      });

    if (decision.kind === "alreadyClosed") {
      ctx.say("closeAlready", { file: file.shown, year: loaded.year });
      json(true, null, true);
      return EXIT_OK;
    }
    if (!readiness.complete) {
      printMissing(ctx, readiness, loaded.year);
      ctx.print();
      if (decision.kind === "incomplete") {
        ctx.say("closeRefused", { file: file.shown });
        json(false, null, false);
        return EXIT_ERRORS;
      }
    }
    const outcome = await rewriteWithSummary(ctx, loaded, file, null, false, true);
    if (!outcome.ok) {
      ctx.printJson({ command: "close", ok: false, file: file.shown, year: loaded.year, conflicts: outcome.conflicts });
      return EXIT_ERRORS;
    }
    ctx.say("closeDone", { file: file.shown, year: loaded.year });
    if (!readiness.complete) {
      ctx.say("closeForced");
    }
    sayKept(ctx, outcome.kept);
    outcome.written.say();
    json(true, outcome.written.backup, true);
    return EXIT_OK;
  },
};
