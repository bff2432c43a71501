import { renderKeepProblem, renderKept } from "../core";
import type { KeepProblem, KeptContent, SheetExtras, SheetGrid } from "../core";
import type { WorkbookToRewrite } from "../app/rewrite";
import type { CommandContext, FileArg } from "./context";
import { CliError } from "./errors";
import type { LoadedWorkbook } from "./load";

/** A workbook read from its file, as the application layer rewrites it (its cells and what else it holds). */
export function toRewrite(loaded: LoadedWorkbook): WorkbookToRewrite {
  const grids: readonly SheetGrid[] = loaded.source.grids;
  const extras: readonly SheetExtras[] = loaded.source.extras;
  return { read: loaded.read, programme: loaded.programme, year: loaded.year, grids, extras };
}

/**
 * A rewrite refused because something people added would have nowhere to go: exit code 1, the
 * file untouched, every place named.
 */
export function keptContentRefusal(ctx: CommandContext, file: FileArg, problems: readonly KeepProblem[]): CliError {
  const lines = problems.map((p) => renderKeepProblem(p, ctx.lang));
  return new CliError(
    "refused",
    "keptContentAtRisk",
    { file: file.shown, count: problems.length, first: lines[0] ?? "" },
    lines
  );
}

/** One line on what was kept of people's own, when there was any. */
export function sayKept(ctx: CommandContext, kept: KeptContent | null): void {
  const line = kept === null ? null : renderKept(kept, ctx.lang);
  if (line !== null) ctx.print(`  ${line}`);
}

/** For --json: what was kept. */
export function keptJson(kept: KeptContent | null): { sheets: string[]; cells: number; movedColumns: string[] } | null {
  if (kept === null) return null;
  return {
    sheets: kept.sheets.map((s) => s.name),
    cells: kept.cells.length,
    movedColumns: kept.movedColumns.map((m) => `${m.sheet}!${m.from}→${m.to}`),
  };
}
