import { promises as fs } from "node:fs";
import { limitBreachOf, LIMITS, parseProgramme, readWorkbook, renderFinding, renderLimitBreach } from "../core";
import type { Programme, WorkbookRead } from "../core";
import { readXlsxSource, type XlsxSource } from "../files/xlsx-reader";
import { NotAWorkbookError } from "../files/errors";
import { LimitExceededError, PartUnreadableError } from "../files/package/limit-error";
import type { CommandContext, FileArg } from "./context";
import { CliError, errnoCode, inputError } from "./errors";
import { rememberRead } from "./read-fingerprint";

/** Reads a file named on the command line; a missing or unreadable file is a one-line error. */
export async function readInputFile(ctx: CommandContext, file: FileArg): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await ctx.fs.readFile(file.abs);
  } catch (error) {
    throw fileError(error, file.shown);
  }
  await rememberRead(file.abs, data);
  return data;
}

export function fileError(error: unknown, shown: string): CliError {
  switch (errnoCode(error)) {
    case "ENOENT":
    case "ENOTDIR":
      return inputError("fileNotFound", { file: shown });
    case "EACCES":
    case "EPERM":
      return inputError("fileNoAccess", { file: shown });
    case "EISDIR":
      return inputError("fileIsFolder", { file: shown });
    default:
      return inputError("fileReadFailed", { file: shown, detail: firstLine(error) });
  }
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\r?\n/)[0] ?? "";
}

/** A programme file: JSON, then the schema; every problem names where it is. */
export async function loadProgramme(ctx: CommandContext, file: FileArg): Promise<Programme> {
  const tooLarge = (): CliError =>
    inputError("programmeTooLarge", { file: file.shown, max: `${LIMITS.programmeChars / (1024 * 1024)} MB` });
  // UTF-8 takes one to four bytes a character: a file of more than four bytes a character of the
  // limit is past it before it is read; one of more bytes than the limit is counted character by
  // character (its lead bytes), never decoded whole.
  const size = await fs
    .stat(file.abs)
    .then((s) => s.size)
    .catch(() => 0);
  if (size > LIMITS.programmeChars * 4) throw tooLarge();
  const bytes = await readInputFile(ctx, file);
  if (bytes.length > LIMITS.programmeChars) {
    let chars = 0;
    for (let i = 0; i < bytes.length; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) chars++;
    if (chars > LIMITS.programmeChars) throw tooLarge();
  }
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw inputError("notJson", { file: file.shown, detail: firstLine(error) });
  }
  const parsed = parseProgramme(json, ctx.lang);
  if (!parsed.ok) {
    throw inputError(
      "programmeInvalid",
      { file: file.shown, first: parsed.problems[0] ?? "", more: parsed.problems.length - 1 },
      parsed.problems
    );
  }
  return parsed.programme;
}

export interface LoadedWorkbook {
  readonly read: WorkbookRead;
  /** The programme the workbook carries in its hidden data sheet. */
  readonly programme: Programme;
  readonly year: number;
  /** The file as read, for a rewrite to keep what people added (cli/kept-content). */
  readonly source: XlsxSource;
}

/** An .xlsx follow-up workbook, with the programme it carries; anything less is a one-line error. */
export async function loadWorkbook(ctx: CommandContext, file: FileArg): Promise<LoadedWorkbook> {
  const data = await readInputFile(ctx, file);
  let read: WorkbookRead;
  let source: XlsxSource;
  try {
    source = await readXlsxSource(data);
    read = readWorkbook(source.grids);
  } catch (error) {
    throw workbookReadError(ctx, file, error);
  }
  const limit = read.findings.find((f) => f.code === "limitExceeded");
  if (limit !== undefined) {
    const breach = limitBreachOf(limit);
    throw inputError("limitExceeded", {
      file: file.shown,
      what: breach === null ? oneLine(renderFinding(limit, ctx.lang)) : renderLimitBreach(breach, ctx.lang),
    });
  }
  const year = read.meta?.year ?? null;
  if (read.programme === null || year === null) {
    const why = read.findings.find((f) => f.code === "dataSheetMissing" || f.code === "programmeInvalid");
    throw inputError("noProgrammeData", {
      file: file.shown,
      detail: why === undefined ? "" : oneLine(renderFinding(why, ctx.lang)),
    });
  }
  return { read, programme: read.programme, year, source };
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** Why a workbook could not be read, said without blaming the file's type when it is a workbook. */
export function workbookReadError(ctx: CommandContext, file: FileArg, error: unknown): CliError {
  if (error instanceof LimitExceededError) {
    return inputError("limitExceeded", { file: file.shown, what: renderLimitBreach(error.breach, ctx.lang) });
  }
  if (error instanceof PartUnreadableError) {
    return inputError("workbookPartUnreadable", { file: file.shown, part: error.part, detail: error.detail });
  }
  if (error instanceof NotAWorkbookError && error.reason === "unreadable") {
    return inputError("workbookUnreadable", { file: file.shown, detail: error.detail ?? "" });
  }
  return inputError("notAWorkbook", {
    file: file.shown,
    detail: error instanceof NotAWorkbookError ? "" : firstLine(error),
  });
}
