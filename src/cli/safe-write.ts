import { constants, promises as nodeFs } from "node:fs";
import * as path from "node:path";
import type { CommandContext, FileArg } from "./context";
import { readWorkbook } from "../core";
import { readXlsx } from "../files/xlsx-reader";
import { CliError, errnoCode, inputError, refusedError } from "./errors";
import { firstLine } from "./load";
import { openElsewhere } from "./office-locks";
import { unchangedSinceRead } from "./read-fingerprint";
import { forgetTemp, rememberTemp } from "./temp-files";

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
export async function ensureWritable(
  ctx: CommandContext,
  out: FileArg,
  force: boolean,
  /** Files the command reads: an output may never be one of them, --force or not. */
  inputs: readonly FileArg[] = []
): Promise<void> {
  for (const input of inputs) {
    if ((await realPath(out.abs)) === (await realPath(input.abs))) {
      throw inputError("outIsInput", { file: out.shown, input: input.shown });
    }
  }
  const folder = path.dirname(out.abs);
  if (!(await exists(ctx, folder))) {
    throw inputError("outFolderMissing", { folder: ctx.shown(folder) });
  }
  if (await exists(ctx, out.abs)) {
    if (!force) {
      throw inputError("outExists", { file: out.shown });
    }
    await refuseClosedWorkbook(ctx, out);
    await refuseIfOpenElsewhere(out);
  }
}

/** The file a path names, through symbolic links; the path itself when there is no file yet. */
export async function realPath(abs: string): Promise<string> {
  return nodeFs.realpath(abs).catch(() => abs);
}

/** Excel or LibreOffice has the file open (their lock file is beside it): writing it now loses work. */
export async function refuseIfOpenElsewhere(file: FileArg): Promise<void> {
  const open = await openElsewhere(await realPath(file.abs));
  if (open !== null) {
    throw refusedError("fileOpenElsewhere", {
      file: file.shown,
      program: open.program,
      who: open.who,
      lockFile: open.lockFile,
    });
  }
}

/** The new file gets the old one's permissions and, where allowed, its owner. */
async function keepModeAndOwner(temp: string, original: string): Promise<void> {
  const stat = await nodeFs.stat(original).catch(() => null);
  if (stat === null) return;
  await nodeFs.chmod(temp, stat.mode & 0o7777).catch(() => undefined);
  await nodeFs.chown(temp, stat.uid, stat.gid).catch(() => undefined);
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
  await refuseIfOpenElsewhere(target);
  // A symbolic link stays a link: the file it points at is the one replaced.
  const real = await realPath(target.abs);
  const now = ctx.now();
  const temp = tempPath(real, now);
  let tempMade: string | null = null;
  let backupMade: string | null = null;
  try {
    rememberTemp(temp);
    await ctx.fs.writeFile(temp, data, { flag: "wx" });
    tempMade = temp;
    await keepModeAndOwner(temp, real);
    let attempt = 1;
    let backup = backupPath(target.abs, now);
    while (await exists(ctx, backup)) {
      attempt += 1;
      backup = backupPath(target.abs, now, attempt);
    }
    await ctx.fs.copyFile(real, backup, constants.COPYFILE_EXCL);
    backupMade = backup;
    // Another command, Excel's autosave or a sync client may have written the file since it was
    // read: replacing it now would throw their change away.
    if (!(await unchangedSinceRead(target.abs))) {
      throw refusedError("fileChangedSinceRead", { file: target.shown });
    }
    await ctx.fs.rename(temp, real);
    tempMade = null;
    return backup;
  } catch (error) {
    await removeQuietly(ctx, tempMade);
    await removeQuietly(ctx, backupMade);
    if (error instanceof CliError) throw error;
    throw inputError("writeFailed", { file: target.shown, detail: firstLine(error), original: target.shown });
  } finally {
    forgetTemp(temp);
  }
}

/**
 * Writes `data` to `out`: a new file, or (when the caller allowed --force) in place of one, whose
 * copy is then kept beside it as a backup and named on the output.
 */
export async function writeNewFile(
  ctx: CommandContext,
  out: FileArg,
  data: Uint8Array,
  original: FileArg | null = null,
  /** The demo rewrites files of its own folder: no backup of those. */
  keepBackup = true
): Promise<void> {
  if (keepBackup && (await exists(ctx, out.abs))) {
    const backup = await replaceKeepingBackup(ctx, out, data);
    ctx.say("backupKept", { file: ctx.shown(backup) });
    return;
  }
  const temp = tempPath(out.abs, ctx.now());
  let tempMade: string | null = null;
  try {
    rememberTemp(temp);
    await ctx.fs.writeFile(temp, data, { flag: "wx" });
    tempMade = temp;
    await ctx.fs.rename(temp, out.abs);
    tempMade = null;
  } catch (error) {
    await removeQuietly(ctx, tempMade);
    throw inputError("writeFailed", { file: out.shown, detail: firstLine(error), original: original?.shown ?? "" });
  } finally {
    forgetTemp(temp);
  }
}
