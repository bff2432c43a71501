import type { CommandContext, FileArg } from "./context";
import { ensureWritable, realPath, replaceKeepingBackup, writeNewFile } from "./safe-write";

export interface Written {
  /** The file written, as shown to the user. */
  readonly file: string;
  /** The backup of the original, when the original was replaced. */
  readonly backup: string | null;
  /** Tells the user where the result and the original are. */
  say(): void;
}

/**
 * Writes a rebuilt workbook: to `out` when given (the original stays as it was), else over the
 * original with a backup of it beside. Called only after everything was read and computed.
 */
export async function writeResult(
  ctx: CommandContext,
  original: FileArg,
  out: FileArg | null,
  data: Uint8Array,
  force: boolean
): Promise<Written> {
  if (out !== null && (await realPath(out.abs)) !== (await realPath(original.abs))) {
    await ensureWritable(ctx, out, force);
    await writeNewFile(ctx, out, data, original);
    return {
      file: out.shown,
      backup: null,
      say: () => ctx.say("writtenTo", { file: out.shown, original: original.shown }),
    };
  }
  const backup = ctx.shown(await replaceKeepingBackup(ctx, original, data));
  return { file: original.shown, backup, say: () => ctx.say("backupKept", { file: backup }) };
}
