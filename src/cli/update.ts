import { planUpdate, RETIRED_SHEET } from "../core";
import { flag, stringOption } from "./args";
import { ensureYearInPeriod, positionals, requiredOption, requireXlsxName } from "./command-args";
import { conflictJson, printConflicts } from "./conflicts";
import { EXIT_ERRORS, EXIT_OK, type CommandSpec } from "./context";
import { usageError } from "./errors";
import { shortList } from "./format";
import { loadProgramme, loadWorkbook } from "./load";
import { writeResult } from "./write-result";
import { buildWorkbookFile } from "./workbook-file";
import { keptJson, sayKept } from "./kept-content";
import { refuseFor } from "./guards";

const USAGE = "update FILE.xlsx --programme FILE.json [--out NEW.xlsx] [--force]";

/**
 * `followup update FILE.xlsx --programme FILE.json`: the workbook rebuilt for a changed programme
 * with every entered value kept. Rows that cannot be matched without guessing stop the update
 * (exit 1) and are named; the file is then left as it was. A closed year is refused (exit 1).
 *
 * --json prints: {"command": "update", "ok": boolean, "file": string,
 *   when ok: "written": string, "backup": string | null,
 *            "report": {"added": [IDs], "moved": [{"rowId", "from", "to"}], "retired": [IDs],
 *                       "restored": [IDs], "kept": number,
 *                       "onRetiredSheet": [IDs of the rows (and retired areas' choices) on "Utgångna rader"]}
 *   when refused: "conflicts": [{"rowId", "sheet", "cell", "reason", "params", "message"}]}
 */
export const updateCommand: CommandSpec = {
  name: "update",
  usage: USAGE,
  options: { programme: "string", out: "string", force: "boolean" },
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const programmeName = requiredOption(args, "programme", "update", USAGE);
    const outName = stringOption(args, "out");
    if (outName !== null) {
      requireXlsxName(outName);
    } else if (flag(args, "force")) {
      throw usageError("optionOnlyWith", { option: "--force", with: "--out" });
    }
    const next = await loadProgramme(ctx, ctx.file(programmeName));
    const loaded = await loadWorkbook(ctx, file);
    refuseFor(ctx, "update", loaded, file);
    const { read, year } = loaded;
    ensureYearInPeriod(year, next, programmeName);

    const result = planUpdate(read, next);
    if (!result.ok) {
      printConflicts(ctx, file, result.conflicts);
      ctx.printJson({
        command: "update",
        ok: false,
        file: file.shown,
        conflicts: result.conflicts.map((c) => conflictJson(ctx, c)),
      });
      return EXIT_ERRORS;
    }
    const { data, kept } = await buildWorkbookFile(
      {
        programme: next,
        year,
        values: result.values,
        choices: result.choices,
        retired: result.retired,
        closed: read.meta?.closed ?? false,
        now: ctx.now(),
        reopenings: loaded.read.reopenings ?? [],
      },
      { ctx, loaded, file }
    );
    const written = await writeResult(
      ctx,
      file,
      outName === null ? null : ctx.file(outName),
      data,
      flag(args, "force")
    );

    const report = result.report;
    const onRetiredSheet = result.retired.map((r) => r.rowId);
    ctx.say("updateDone", { file: written.file, programme: next.name.text });
    ctx.print(`  ${ctx.t("updateKept", { count: report.kept })}`);
    ctx.print(`  ${ctx.t("updateAdded", { count: report.added.length, rows: shortList(report.added) })}`);
    if (report.restored.length > 0) {
      ctx.print(`  ${ctx.t("updateRestored", { count: report.restored.length, rows: shortList(report.restored) })}`);
    }
    ctx.print(
      `  ${ctx.t("updateMoved", { count: report.moved.length, rows: shortList(report.moved.map((m) => `${m.rowId} (${m.from} → ${m.to})`)) })}`
    );
    ctx.print(`  ${ctx.t("updateRetired", { count: report.retired.length, rows: shortList(report.retired) })}`);
    if (result.retired.length > 0) {
      ctx.print(`  ${ctx.t("updateRetiredKept", { count: result.retired.length, sheet: RETIRED_SHEET })}`);
    }
    sayKept(ctx, kept);
    written.say();
    ctx.printJson({
      command: "update",
      ok: true,
      file: file.shown,
      written: written.file,
      backup: written.backup,
      report: { ...report, onRetiredSheet },
      kept: keptJson(kept),
    });
    return EXIT_OK;
  },
};
