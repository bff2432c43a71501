import { planAsItStands, planKeptContent, renderKeepProblem, renderKept } from "../core";
import type { KeptContent, WorkbookPlan } from "../core";
import type { CommandContext, FileArg } from "./context";
import { CliError } from "./errors";
import type { LoadedWorkbook } from "./load";

/**
 * What a rewrite keeps of people's own sheets and cells; refuses (exit 1, nothing written) when
 * something cannot be kept for certain, naming the first place and every place in --json.
 */
export function keptContentOrRefuse(
  ctx: CommandContext,
  loaded: LoadedWorkbook,
  file: FileArg,
  after: WorkbookPlan,
  before: WorkbookPlan = planAsItStands(loaded.read, loaded.programme, loaded.year, ctx.now())
): KeptContent {
  const result = planKeptContent({
    grids: loaded.source.grids,
    read: loaded.read,
    before,
    after,
    extras: loaded.source.extras,
  });
  if (result.ok) return result.kept;
  const lines = result.problems.map((p) => renderKeepProblem(p, ctx.lang));
  throw new CliError(
    "refused",
    "keptContentAtRisk",
    { file: file.shown, count: result.problems.length, first: lines[0] ?? "" },
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
