import {
  buildMergeSheet,
  columnHeader,
  localIsoDay,
  ownContentOf,
  planMerge,
  type CopyToMerge,
  type MergeConflict,
  type MergeRefusal,
  type Prefer,
} from "../core";
import { flag, stringOption } from "./args";
import { requireXlsxName } from "./command-args";
import { EXIT_ERRORS, EXIT_OK, type CommandContext, type CommandSpec } from "./context";
import { usageError } from "./errors";
import { location, shortList } from "./format";
import { loadWorkbook } from "./load";
import { writeResult } from "./write-result";
import { buildWorkbookFile } from "./workbook-file";
import { refuseFor } from "./guards";

const USAGE = "merge FILE.xlsx COPY.xlsx ... [--out NEW.xlsx] [--force] [--prefer copy|master]";

function preferOf(value: string | null): Prefer {
  if (value === null) return null;
  if (value === "copy" || value === "master") return value;
  throw usageError("mergeBadPrefer", { value });
}

function refusalLine(ctx: CommandContext, r: MergeRefusal): string {
  switch (r.reason) {
    case "notACopy":
      return ctx.t("mergeNotACopy", { copy: r.copy });
    case "copyUnreadable":
      return ctx.t("mergeCopyUnreadable", { copy: r.copy, problem: r.problem });
    case "otherProgramme":
      return ctx.t("mergeOtherProgramme", { copy: r.copy, programme: r.programme, master: r.master });
    case "programmeChanged":
      return ctx.t("mergeProgrammeChanged", { copy: r.copy, programme: r.programme });
    case "otherYear":
      return ctx.t("mergeOtherYear", { copy: r.copy, year: r.year, master: r.master });
    case "sameFileTwice":
      return ctx.t("mergeSameFileTwice", { copy: r.copy, other: r.other });
  }
}

function conflictLine(ctx: CommandContext, c: MergeConflict): string {
  const where = location(ctx, c.sheet, c.cell, c.rowId);
  const against = c.against === "master" ? ctx.t("mergeAgainstMaster") : c.against.copy;
  return ctx.t(
    c.outcome === "open"
      ? "mergeConflictOpen"
      : c.outcome === "tookCopy"
        ? "mergeConflictTookCopy"
        : "mergeConflictKept",
    {
      where,
      column: columnHeader(c.column),
      mine: JSON.stringify(c.mine),
      theirs: JSON.stringify(c.theirs),
      copy: c.copy,
      against,
    }
  );
}

/**
 * `followup merge FILE.xlsx COPY.xlsx ...`: every department copy's entries brought into the
 * master by row ID, against what each copy recorded at the split. Cells changed on both sides to
 * different values are conflicts: listed with both values and where, the master's value kept
 * unless --prefer copy. A copy of another programme or year refuses the whole merge (exit 1,
 * nothing written). The master gets a sheet "Sammanslagning" with the merge's account. Exit 1
 * while a conflict is open.
 *
 * --json prints: {"command": "merge", "ok": boolean, "file": string,
 *   when refused: "refusals": [{"copy", "reason", ...}],
 *   else: "written", "backup", "copies": [{"copy", "department", "owned", "taken": [{"rowId", "sheet", "cell", "column", "value"}],
 *          "unchanged", "outside": [{"rowId", "sheet"}], "missing": [IDs]}],
 *         "conflicts": [{"rowId", "sheet", "cell", "column", "copy", "against", "base", "mine", "theirs", "outcome"}],
 *         "stillMissing": [{"department", "rows": [IDs]}]}
 */
export const mergeCommand: CommandSpec = {
  name: "merge",
  usage: USAGE,
  options: { out: "string", force: "boolean", prefer: "string" },
  async run(ctx, args) {
    const [masterName, ...copyNames] = args.positionals;
    if (masterName === undefined || copyNames.length === 0) {
      throw usageError("missingArgument", { usage: USAGE });
    }
    const prefer = preferOf(stringOption(args, "prefer"));
    const outName = stringOption(args, "out");
    if (outName !== null) requireXlsxName(outName);
    else if (flag(args, "force")) throw usageError("optionOnlyWith", { option: "--force", with: "--out" });

    const file = ctx.file(masterName);
    const loaded = await loadWorkbook(ctx, file);
    refuseFor(ctx, "merge", loaded, file);
    const copies: CopyToMerge[] = [];
    for (const name of copyNames) {
      const copyFile = ctx.file(name);
      const copy = await loadWorkbook(ctx, copyFile);
      refuseFor(ctx, "copyToMerge", copy, copyFile);
      copies.push({
        name: copyFile.shown,
        read: copy.read,
        own: ownContentOf(copy.source.grids, copy.read, ctx.now()),
      });
    }

    const result = planMerge(loaded.read, loaded.programme, loaded.year, copies, prefer);
    if (!result.ok) {
      ctx.say("mergeRefused", { file: file.shown, count: result.refusals.length });
      for (const r of result.refusals) ctx.print(`  ${refusalLine(ctx, r)}`);
      ctx.printJson({
        command: "merge",
        ok: false,
        file: file.shown,
        refusals: result.refusals.map((r) => ({ ...r, message: refusalLine(ctx, r) })),
      });
      return EXIT_ERRORS;
    }

    const report = result.report;
    const merge = buildMergeSheet(report, loaded.programme.name.text, loaded.year, localIsoDay(ctx.now()));
    const { data } = await buildWorkbookFile(
      {
        programme: loaded.programme,
        year: loaded.year,
        values: result.values,
        choices: loaded.read.choices,
        retired: loaded.read.retired ?? [],
        closed: false,
        now: ctx.now(),
        merge,
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

    const open = report.conflicts.filter((c) => c.outcome === "open");
    ctx.say("mergeDone", { file: written.file, count: report.copies.length });
    for (const c of report.copies) {
      ctx.print(
        `  ${ctx.t("mergeCopyLine", {
          copy: c.copy,
          department: c.department,
          cells: c.taken.length,
          rows: new Set(c.taken.map((t) => t.rowId)).size,
        })}`
      );
      if (c.outside.length > 0) {
        ctx.print(
          `    ${ctx.t("mergeOutside", { count: c.outside.length, rows: shortList(c.outside.map((o) => o.rowId)) })}`
        );
      }
      if (c.own.sheets.length > 0 || c.own.cells.length > 0) {
        ctx.print(
          `    ${ctx.t("mergeOwnContent", { places: shortList([...c.own.sheets.map((x) => `'${x}'`), ...c.own.cells]) })}`
        );
      }
      if (c.missing.length > 0) {
        ctx.print(`    ${ctx.t("mergeMissingInCopy", { count: c.missing.length, rows: shortList(c.missing) })}`);
      }
    }
    if (report.conflicts.length > 0) {
      ctx.say("mergeConflictsHeading", { count: report.conflicts.length, open: open.length });
      for (const c of report.conflicts) ctx.print(`  ${conflictLine(ctx, c)}`);
      if (open.length > 0) ctx.say("mergeConflictsHint");
    }
    if (report.stillMissing.length > 0) {
      ctx.say("mergeStillMissingHeading");
      for (const d of report.stillMissing) {
        ctx.print(
          `  ${d.department}: ${ctx.t("mergeStillMissing", { count: d.rows.length, rows: shortList(d.rows) })}`
        );
      }
    }
    ctx.say("mergeSheetWritten");
    written.say();
    ctx.printJson({
      command: "merge",
      ok: open.length === 0,
      file: file.shown,
      written: written.file,
      backup: written.backup,
      copies: report.copies,
      conflicts: report.conflicts,
      stillMissing: report.stillMissing,
    });
    return open.length === 0 ? EXIT_OK : EXIT_ERRORS;
  },
};
