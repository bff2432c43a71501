import { localIsoDay } from "../core";
import { decideReopen, reopenReason } from "../app/reopen-year";
import { positionals, requiredOption } from "./command-args";
import { EXIT_ERRORS, EXIT_OK, type CommandSpec } from "./context";
import { usageError } from "./errors";
import { loadWorkbook } from "./load";
import { sayKept } from "./kept-content";
import { rewriteWithSummary } from "./summary";
import { cliRefusal } from "./guards";

const USAGE = "reopen FILE.xlsx --reason TEXT";

/**
 * `followup reopen FILE.xlsx --reason TEXT`: the coordinator opens a closed year again, to correct
 * something after all. The inputs are unlocked as before the close, and the day and the reason are
 * recorded in the workbook (on the hidden data sheet, and the last one above the summary's table),
 * kept by every later rewrite of the year. A year not closed is left as it is (exit 0).
 *
 * --json prints: {"command": "reopen", "ok": boolean, "file": string, "year": number,
 *   "reopened": boolean, "day": "YYYY-MM-DD", "reason": string, "backup": string | null}
 */
export const reopenCommand: CommandSpec = {
  name: "reopen",
  usage: USAGE,
  options: { reason: "string" },
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const reason = reopenReason(requiredOption(args, "reason", "reopen", USAGE));
    if (reason === null) {
      throw usageError("reopenNeedsReason", { usage: USAGE });
    }
    const loaded = await loadWorkbook(ctx, file);
    const decision = decideReopen(loaded.read, reason, ctx.now(), { rewritesFile: true });
    if (decision.kind === "refused") throw cliRefusal(ctx, decision.refusal, file);
    const day = localIsoDay(ctx.now());
    const json = (reopened: boolean, backup: string | null, ok: boolean): void =>
      ctx.printJson({ command: "reopen", ok, file: file.shown, year: loaded.year, reopened, day, reason, backup });
    if (decision.kind === "notClosed") {
      ctx.say("reopenNotClosed", { file: file.shown, year: loaded.year });
      json(false, null, true);
      return EXIT_OK;
    }
    const outcome = await rewriteWithSummary(ctx, loaded, file, null, false, false, decision.reopenings);
    if (!outcome.ok) {
      json(false, null, false);
      return EXIT_ERRORS;
    }
    ctx.say("reopenDone", { file: file.shown, year: loaded.year, day, reason });
    sayKept(ctx, outcome.kept);
    outcome.written.say();
    json(true, outcome.written.backup, true);
    return EXIT_OK;
  },
};
