import { renderConflict } from "../core";
import type { UpdateConflict } from "../core";
import type { CommandContext, FileArg } from "./context";
import { location } from "./format";

export function conflictJson(ctx: CommandContext, c: UpdateConflict): Record<string, unknown> {
  return {
    rowId: c.rowId,
    sheet: c.sheet,
    cell: c.cell,
    reason: c.reason,
    params: c.params,
    message: renderConflict(c, ctx.lang),
  };
}

/** Each row an update cannot match, as "sheet!cell (rad ID): why", then what to do. */
export function printConflicts(ctx: CommandContext, file: FileArg, conflicts: readonly UpdateConflict[]): void {
  ctx.say("updateRefused", { file: file.shown, count: conflicts.length });
  for (const c of conflicts) {
    ctx.print(`  ${location(ctx, c.sheet, c.cell, c.rowId)}: ${renderConflict(c, ctx.lang)}`);
  }
  ctx.say("updateRefusedHint");
}
