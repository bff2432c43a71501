import { entriesAtRisk, renderFinding } from "../core";
import type { CommandContext, FileArg } from "./context";
import { CliError } from "./errors";
import type { LoadedWorkbook } from "./load";
import { oneLine } from "./load";

/**
 * Before a command rewrites a workbook: refuse (exit 1, nothing written) when it cannot be sure
 * it keeps every entry, naming the first place on the one error line and every place in --json.
 */
export function refuseIfEntriesAtRisk(
  ctx: CommandContext,
  loaded: LoadedWorkbook,
  file: FileArg,
  /** update matches rows itself and lists every row it cannot match: it asks for columns only. */
  scope: { readonly rows: boolean } = { rows: true }
): void {
  const risks = entriesAtRisk(loaded.read, scope);
  if (risks.length === 0) return;
  const lines = risks.map((f) => oneLine(renderFinding(f, ctx.lang)));
  throw new CliError(
    "refused",
    "entriesAtRisk",
    { file: file.shown, count: risks.length, first: lines[0] ?? "" },
    lines
  );
}
