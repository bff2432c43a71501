import { guardRefusal, type GuardedUseCase, type GuardRefusal } from "../app/guards";
import { renderFinding } from "../core";
import type { CommandContext, FileArg } from "./context";
import { CliError, refusedError } from "./errors";
import { oneLine, type LoadedWorkbook } from "./load";

/**
 * The application layer's guards (app/guards.ts) as the command's refusal: exit code 1, the file
 * untouched, and why — the department of a copy, the closed year, or every entry at risk. A
 * command rewrites the whole file, so every entry must be certain wherever it writes.
 */
export function refuseFor(ctx: CommandContext, useCase: GuardedUseCase, loaded: LoadedWorkbook, file: FileArg): void {
  const refusal = guardRefusal(useCase, loaded.read, { rewritesFile: true });
  if (refusal !== null) throw cliRefusal(ctx, refusal, file);
}

export function cliRefusal(ctx: CommandContext, refusal: GuardRefusal, file: FileArg): CliError {
  switch (refusal.kind) {
    case "workbookIsCopy":
      return refusedError("workbookIsCopy", { file: file.shown, department: refusal.department });
    case "workbookClosed":
      return refusedError("workbookClosed", { file: file.shown, year: refusal.year });
    case "entriesAtRisk": {
      const lines = refusal.risks.map((f) => oneLine(renderFinding(f, ctx.lang)));
      return new CliError(
        "refused",
        "entriesAtRisk",
        { file: file.shown, count: refusal.risks.length, first: lines[0] ?? "" },
        lines
      );
    }
  }
}
