import { constants } from "node:fs";
import * as path from "node:path";
import type { CommandContext, FileArg } from "./context";
import { readWorkbook } from "../core/read/read-workbook";
import { readXlsx } from "../files/xlsx-reader";
import { errnoCode, inputError, refusedError } from "./errors";
import { firstLine } from "./load";

/**
 * Writing without ever losing the original: the new content goes to a temporary file in the
 * same folder (so the final rename stays on one file system and is atomic), and only when it is
 * complete is it renamed into place. Any failure removes what this run created and leaves the
 * original exactly as it was.
 */

async function exists(ctx: CommandContext, abs: string): Promise<boolean> {
  try {
    await ctx.fs.stat(abs);
    return true;
  } catch (error) {
    if (errnoCode(error) === "ENOENT") {
      return false;
    }
    throw error;
  }
}

/**
 * Overwriting a closed year's workbook (with --force) would undo its closing: refused like any
 * other change to it. A file that is no readable follow-up workbook is not our concern here.
 */
async function refuseClosedWorkbook(ctx: CommandContext, out: FileArg): Promise<void> {
  if (!/\.xlsx$/i.test(out.abs)) {
    return;
  }
  let closedYear: number | null = null;
  try {
    const meta = readWorkbook(await readXlsx(await ctx.fs.readFile(out.abs))).meta;
    closedYear = meta?.closed === true ? meta.year : null;
  } catch {
    return;
  }
  if (closedYear !== null) {
    throw refusedError("workbookClosed", { file: out.shown, year: closedYear });
  }
}

/**
 * Before anything is computed: may `out` be written? (Its folder exists; it is new unless --force,
 * and even with --force it is not a closed year's workbook.)
 */
export async function ensureWritable(ctx: CommandContext, out: FileArg, force: boolean): Promise<void> {
  const folder = path.dirname(out.abs);
  if (!(await exists(ctx, folder))) {
    throw inputError("outFolderMissing", { folder: ctx.shown(folder) });
  }
  if (await exists(ctx, out.abs)) {
    if (!force) {
      throw inputError("outExists", { file: out.shown });
    }
    await refuseClosedWorkbook(ctx, out);
  }
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** FILE.xlsx → FILE.bak-YYYYMMDD-HHMMSS.xlsx (local time, as the user reads it). */
export function backupPath(target: string, now: Date, attempt = 1): string {
  const ext = path.extname(target);
  const stem = target.slice(0, target.length - ext.length);
  const stamp = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return `${stem}.bak-${stamp}${attempt > 1 ? `-${attempt}` : ""}${ext === "" ? ".xlsx" : ext}`;
}

function tempPath(target: string, now: Date): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${now.getTime()}.tmp`);
}

async function removeQuietly(ctx: CommandContext, abs: string | null): Promise<void> {
  if (abs !== null) {
    await ctx.fs.unlink(abs).catch(() => undefined);
  }
}

/**
 * Replaces `target` by `data` and keeps the original beside it as FILE.bak-…xlsx. Returns the
 * backup's path. The original is copied, not moved, so the file never goes missing; the new
 * content replaces it with one atomic rename.
 */
export async function replaceKeepingBackup(ctx: CommandContext, target: FileArg, data: Uint8Array): Promise<string> {
  const now = ctx.now();
  const temp = tempPath(target.abs, now);
  let tempMade: string | null = null;
  let backupMade: string | null = null;
  try {
    await ctx.fs.writeFile(temp, data, { flag: "wx" });
    tempMade = temp;
    let attempt = 1;
    let backup = backupPath(target.abs, now);
    while (await exists(ctx, backup)) {
      attempt += 1;
      backup = backupPath(target.abs, now, attempt);
    }
    await ctx.fs.copyFile(target.abs, backup, constants.COPYFILE_EXCL);
    backupMade = backup;
    await ctx.fs.rename(temp, target.abs);
    return backup;
  } catch (error) {
    await removeQuietly(ctx, tempMade);
    await removeQuietly(ctx, backupMade);
    throw inputError("writeFailed", { file: target.shown, detail: firstLine(error), original: target.shown });
  }
}

/** Writes `data` to `out` (a new file, or replacing one when the caller allowed it). */
export async function writeNewFile(
  ctx: CommandContext,
  out: FileArg,
  data: Uint8Array,
  original: FileArg | null = null
): Promise<void> {
  const temp = tempPath(out.abs, ctx.now());
  let tempMade: string | null = null;
  try {
    await ctx.fs.writeFile(temp, data, { flag: "wx" });
    tempMade = temp;
    await ctx.fs.rename(temp, out.abs);
  } catch (error) {
    await removeQuietly(ctx, tempMade);
    throw inputError("writeFailed", { file: out.shown, detail: firstLine(error), original: original?.shown ?? "" });
  }
}
