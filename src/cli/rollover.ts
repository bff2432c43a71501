import { checkWorkbook, renderRolloverRefusal, RETIRED_SHEET } from "../core";
import { planRolloverWorkbook } from "../app/rollover";
import { writeXlsx } from "../files/xlsx-writer";
import { flag, stringOption } from "./args";
import { parseYear, positionals, requiredOption, requireXlsxName } from "./command-args";
import { conflictJson, printConflicts } from "./conflicts";
import { EXIT_ERRORS, EXIT_OK, type CommandSpec } from "./context";
import { usageError } from "./errors";
import { cliRefusal } from "./guards";
import { shortList } from "./format";
import { loadProgramme, loadWorkbook } from "./load";
import { ensureWritable, writeNewFile } from "./safe-write";
import { keptContentRefusal, keptJson, sayKept, toRewrite } from "./kept-content";

const USAGE = "rollover FILE.xlsx --year YYYY --out NEW.xlsx [--programme FILE.json] [--force]";

/**
 * `followup rollover FILE.xlsx --year YYYY --out NEW.xlsx`: next year's workbook from this one.
 * The same programme (or --programme's, required once the programme's period has ended); each
 * row's status, work done and comment of this year in the locked "förra året" columns beside the
 * new, empty inputs; indicator values as "Värde förra året"; activities completed or dropped this
 * year carried as closed. FILE.xlsx is only read. The year must be the one after FILE's (else
 * exit 2, as for any bad argument); rows that cannot be matched by ID stop it (exit 1).
 *
 * --json prints: {"command": "rollover", "ok": boolean, "file": string, "written": string | null,
 *   "fromYear", "year", "programme": string, "report": {"carried", "closed", "indicatorValues",
 *   "added", "retired": [IDs], "newProgramme": boolean}, "sourceErrors": number,
 *   "sourceClosed": boolean, and "conflicts" when refused}
 */
export const rolloverCommand: CommandSpec = {
  name: "rollover",
  usage: USAGE,
  options: { year: "string", out: "string", programme: "string", force: "boolean" },
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const year = parseYear(requiredOption(args, "year", "rollover", USAGE));
    if (year === null) {
      throw usageError("missingOption", { command: "rollover", option: "--year", usage: USAGE });
    }
    const outName = requiredOption(args, "out", "rollover", USAGE);
    requireXlsxName(outName);
    const out = ctx.file(outName);
    const programmeName = stringOption(args, "programme");
    const given = programmeName === null ? null : await loadProgramme(ctx, ctx.file(programmeName));
    if (out.abs === file.abs) {
      throw usageError("rolloverSameFile", { file: file.shown });
    }
    await ensureWritable(ctx, out, flag(args, "force"), [file]);

    const loaded = await loadWorkbook(ctx, file);
    const result = planRolloverWorkbook(toRewrite(loaded), { year, programme: given, now: ctx.now() });
    if (!result.ok && result.reason === "guard") throw cliRefusal(ctx, result.refusal, file);
    if (!result.ok && result.reason === "keptContent") throw keptContentRefusal(ctx, file, result.problems);
    if (!result.ok) {
      const refusal = result.refusal;
      if (refusal.reason === "conflicts") {
        printConflicts(ctx, file, refusal.conflicts);
        ctx.printJson({
          command: "rollover",
          ok: false,
          file: file.shown,
          written: null,
          conflicts: refusal.conflicts.map((c) => conflictJson(ctx, c)),
        });
        return EXIT_ERRORS;
      }
      throw usageError("rolloverRefused", {
        file: file.shown,
        year,
        reason: renderRolloverRefusal(refusal, ctx.lang),
      });
    }

    const { plan, kept } = result.rewrite;
    await writeNewFile(ctx, out, await writeXlsx(plan, { source: loaded.source, kept }), file);

    const report = result.report;
    const sourceErrors = checkWorkbook(loaded.read, loaded.programme).filter((f) => f.severity === "error").length;
    const sourceClosed = loaded.read.meta?.closed === true;
    ctx.say("rolloverDone", {
      file: out.shown,
      year,
      programme: result.programme.name.text,
      from: file.shown,
    });
    ctx.print(`  ${ctx.t("rolloverCarried", { count: report.carried.length })}`);
    ctx.print(`  ${ctx.t("rolloverIndicators", { count: report.indicatorValues.length })}`);
    ctx.print(`  ${ctx.t("rolloverClosed", { count: report.closed.length, rows: shortList(report.closed) })}`);
    if (report.added.length > 0) {
      ctx.print(`  ${ctx.t("rolloverAdded", { count: report.added.length, rows: shortList(report.added) })}`);
    }
    if (report.retired.length > 0) {
      ctx.print(
        `  ${ctx.t("rolloverRetired", { count: report.retired.length, rows: shortList(report.retired), sheet: RETIRED_SHEET })}`
      );
    }
    sayKept(ctx, kept);
    if (sourceErrors > 0) {
      ctx.say("rolloverSourceErrors", { file: file.shown, count: sourceErrors });
    }
    if (!sourceClosed) {
      ctx.say("rolloverNotClosed", { file: file.shown });
    }
    ctx.say("rolloverNext");
    ctx.printJson({
      command: "rollover",
      ok: true,
      file: file.shown,
      written: out.shown,
      fromYear: report.fromYear,
      year,
      programme: result.programme.name.text,
      report: {
        carried: report.carried,
        closed: report.closed,
        indicatorValues: report.indicatorValues,
        added: report.added,
        retired: report.retired,
        newProgramme: report.newProgramme,
      },
      sourceErrors,
      sourceClosed,
      kept: keptJson(kept),
    });
    return EXIT_OK;
  },
};
