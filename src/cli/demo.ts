import * as path from "node:path";
import {
  ASSESSMENT,
  checkWorkbook,
  columnIndex,
  columnLetter,
  defaultProgramme,
  localIsoDay,
  planUpdate,
  renderFinding,
  renderReason,
  termByCode,
} from "../core";
import type { AreaSheetRead, Finding } from "../core";
import { stringOption } from "./args";
import { positionals } from "./command-args";
import { EXIT_ERRORS, EXIT_OK, type CommandContext, type CommandSpec, type FileArg } from "./context";
import { DEMO_YEAR, SEEDED_MISTAKES, demoEntries, type SeededMistake } from "./demo-data";
import { errnoCode, inputError } from "./errors";
import { firstLine, loadWorkbook, oneLine } from "./load";
import { writeNewFile } from "./safe-write";
import { pasteDemoFormulas } from "./demo-paste";
import { buildReportFiles } from "./report-files";
import { assessmentLabel } from "./summary";
import { buildWorkbookFile } from "./workbook-file";
import { conflictJson, printConflicts } from "./conflicts";

const USAGE = "demo [--out DIR]";
export const DEFAULT_DEMO_DIR = path.join("out", "demo");
export const FILLED_NAME = `uppfoljning-${DEMO_YEAR}.xlsx`;
export const EMPTY_NAME = `uppfoljning-${DEMO_YEAR}-tom.xlsx`;
export const REPORT_NAME = `uppfoljning-${DEMO_YEAR}-rapport.docx`;
export const PRINT_SUMMARY_NAME = `uppfoljning-${DEMO_YEAR}-sammanfattning-utskrift.xlsx`;

async function ensureFolder(ctx: CommandContext, dir: FileArg): Promise<void> {
  try {
    await ctx.fs.mkdir(dir.abs, { recursive: true });
  } catch (error) {
    throw inputError("writeFailed", { file: dir.shown, detail: errnoCode(error) ?? firstLine(error), original: "" });
  }
}

/** The cell a seeded mistake stands in, as the check addresses it. */
function expectedCell(
  sheets: readonly AreaSheetRead[],
  mistake: SeededMistake
): { sheet: string; letter: string } | null {
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      if (row.cells.id === mistake.rowId) {
        const column = sheet.columns[mistake.column] ?? columnIndex(mistake.column) + 1;
        return { sheet: sheet.sheet, letter: columnLetter(column) };
      }
    }
  }
  return null;
}

function matches(f: Finding, mistake: SeededMistake, where: { sheet: string; letter: string } | null): boolean {
  return (
    f.rowId === mistake.rowId &&
    f.code === mistake.code &&
    where !== null &&
    f.sheet === where.sheet &&
    f.cell !== null &&
    f.cell.replace(/[0-9]+$/, "") === where.letter
  );
}

/**
 * `followup demo [--out DIR]`: the main job on the bundled programme. Generates the 2019
 * workbook (kept as an empty copy), fills it with the seeded sample of department entries and
 * mistakes, writes it, checks it, rewrites its summary (as summary --write does), writes the
 * committee report (.docx, in the language of --lang) and the print-ready summary, and reports.
 * It exits 0 when the check found exactly the seeded mistakes: the workbook has errors on purpose.
 *
 * --json prints: {"command": "demo", "ok": boolean, "dir": string,
 *   "files": {"filled", "empty", "report" (.docx), "printSummary" (.xlsx)},
 *   "year", "departments": [{"department", "owned", "filled", "finished"}],
 *   "seededMistakes": [{"rowId", "column", "code", "found", "sheet", "cell", "message"}],
 *   "unexpected": [{"severity", "code", "sheet", "cell", "rowId", "message"}],
 *   "errors": number, "overall": {"assessment", "label", "reason"}}
 */
export const demoCommand: CommandSpec = {
  name: "demo",
  usage: USAGE,
  options: { out: "string" },
  async run(ctx, args) {
    positionals(args, [], USAGE);
    const dir = ctx.file(stringOption(args, "out") ?? DEFAULT_DEMO_DIR);
    const programme = defaultProgramme();
    const year = DEMO_YEAR;
    await ensureFolder(ctx, dir);
    const emptyFile = ctx.file(path.join(dir.abs, EMPTY_NAME));
    const filledFile = ctx.file(path.join(dir.abs, FILLED_NAME));
    const shownEmpty = ctx.shown(emptyFile.abs);
    const shownFilled = ctx.shown(filledFile.abs);

    const base = { programme, year, choices: {}, retired: [], closed: false, now: ctx.now() };
    const empty = await buildWorkbookFile({ ...base, values: new Map() });
    await writeNewFile(ctx, emptyFile, empty.data, null, false);
    const sampled = demoEntries(programme, year);
    const filled = await buildWorkbookFile({ ...base, values: sampled });
    await writeNewFile(ctx, filledFile, await pasteDemoFormulas(filled.data, programme, sampled), null, false);

    // Check the file as written, the way a coordinator would, then rewrite its summary from it.
    const loaded = await loadWorkbook(ctx, { shown: shownFilled, abs: filledFile.abs });
    const findings = checkWorkbook(loaded.read, loaded.programme);
    const kept = planUpdate(loaded.read, loaded.programme);
    if (!kept.ok) {
      printConflicts(ctx, filledFile, kept.conflicts);
      ctx.printJson({ command: "demo", ok: false, conflicts: kept.conflicts.map((c) => conflictJson(ctx, c)) });
      return EXIT_ERRORS;
    }
    const rewritten = await buildWorkbookFile({
      ...base,
      values: kept.values,
      choices: kept.choices,
      retired: kept.retired,
    });
    await writeNewFile(ctx, filledFile, rewritten.data, null, false);
    const summary = rewritten.summary;

    // The committee's papers from the workbook as written: the report and the print-ready summary,
    // marked as drafts on every page, since the demo's workbook has its seeded mistakes (as
    // `export --draft` would write them).
    const reportFile = ctx.file(path.join(dir.abs, REPORT_NAME));
    const printFile = ctx.file(path.join(dir.abs, PRINT_SUMMARY_NAME));
    const papers = await buildReportFiles(
      await loadWorkbook(ctx, { shown: shownFilled, abs: filledFile.abs }),
      ctx.lang,
      { date: localIsoDay(ctx.now()), draftErrors: findings.filter((f) => f.severity === "error").length }
    );
    await writeNewFile(ctx, reportFile, papers.docx, null, false);
    await writeNewFile(ctx, printFile, papers.printSummary, null, false);
    const shownReport = ctx.shown(reportFile.abs);
    const shownPrint = ctx.shown(printFile.abs);

    const seeded = SEEDED_MISTAKES.map((m) => {
      const where = expectedCell(loaded.read.areaSheets, m);
      const found = findings.find((f) => matches(f, m, where)) ?? null;
      return { mistake: m, found };
    });
    const unexpected = findings.filter(
      (f) => (f.severity === "error" || f.severity === "warning") && !seeded.some((s) => s.found === f)
    );
    const errors = findings.filter((f) => f.severity === "error").length;
    const allFound = seeded.every((s) => s.found !== null);
    const ok = allFound && unexpected.length === 0;

    ctx.say("demoHeading", { year, programme: programme.name.text });
    ctx.print();
    ctx.say("demoFiles", {
      dir: ctx.shown(dir.abs),
      filled: shownFilled,
      empty: shownEmpty,
      report: shownReport,
      printSummary: shownPrint,
    });
    ctx.print();
    ctx.say("demoReportedHeading");
    for (const d of summary.departments) {
      ctx.print(`  ${ctx.t("demoReportedLine", { department: d.department, filled: d.filled, owned: d.owned })}`);
    }
    ctx.print();
    ctx.say("demoMistakesHeading", { found: seeded.filter((s) => s.found !== null).length, count: seeded.length });
    for (const { mistake, found } of seeded) {
      ctx.print(
        found === null
          ? `  ${ctx.t("demoMistakeMissed", { rowId: mistake.rowId, column: mistake.column, code: mistake.code })}`
          : `  ${oneLine(renderFinding(found, ctx.lang))}`
      );
    }
    if (unexpected.length > 0) {
      ctx.say("demoUnexpected", { count: unexpected.length });
    }
    ctx.print();
    const overall = summary.overall.suggestion;
    ctx.say("demoOverall", {
      label: assessmentLabel(overall.assessment, ctx.lang),
      reason: renderReason(overall, ctx.lang),
    });
    ctx.print();
    ctx.say(ok ? "demoSucceeded" : "demoFailed", { errors, file: shownFilled });

    ctx.printJson({
      command: "demo",
      ok,
      dir: ctx.shown(dir.abs),
      files: { filled: shownFilled, empty: shownEmpty, report: shownReport, printSummary: shownPrint },
      year,
      departments: summary.departments.map((d) => ({
        department: d.department,
        owned: d.owned,
        filled: d.filled,
        finished: d.filled === d.owned,
      })),
      seededMistakes: seeded.map(({ mistake, found }) => ({
        rowId: mistake.rowId,
        column: mistake.column,
        code: mistake.code,
        found: found !== null,
        sheet: found?.sheet ?? null,
        cell: found?.cell ?? null,
        message: found === null ? null : oneLine(renderFinding(found, ctx.lang)),
      })),
      unexpected: unexpected.map((f) => ({
        severity: f.severity,
        code: f.code,
        sheet: f.sheet,
        cell: f.cell,
        rowId: f.rowId,
        message: oneLine(renderFinding(f, ctx.lang)),
      })),
      errors,
      overall: {
        assessment: overall.assessment,
        label: termByCode(ASSESSMENT, overall.assessment)[ctx.lang],
        reason: renderReason(overall, ctx.lang),
      },
    });
    return ok ? EXIT_OK : EXIT_ERRORS;
  },
};
