import type { Programme } from "../core/programme/schema";
import { parseProgramme } from "../core/programme/parse-programme";
import type { WorkbookRead } from "../core/read/types";
import { readWorkbook } from "../core/read/read-workbook";
import { renderFinding } from "../core/i18n/finding-messages";
import { readXlsx } from "../files/xlsx-reader";
import { NotAWorkbookError } from "../files/errors";
import type { CommandContext, FileArg } from "./context";
import { CliError, errnoCode, inputError } from "./errors";

/** Reads a file named on the command line; a missing or unreadable file is a one-line error. */
export async function readInputFile(ctx: CommandContext, file: FileArg): Promise<Buffer> {
  try {
    return await ctx.fs.readFile(file.abs);
  } catch (error) {
    throw fileError(error, file.shown);
  }
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
  const text = (await readInputFile(ctx, file)).toString("utf8").replace(/^\uFEFF/, "");
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
}

/** An .xlsx follow-up workbook, with the programme it carries; anything less is a one-line error. */
export async function loadWorkbook(ctx: CommandContext, file: FileArg): Promise<LoadedWorkbook> {
  const data = await readInputFile(ctx, file);
  let read: WorkbookRead;
  try {
    read = readWorkbook(await readXlsx(data));
  } catch (error) {
    throw inputError("notAWorkbook", {
      file: file.shown,
      detail: error instanceof NotAWorkbookError ? "" : firstLine(error),
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
  return { read, programme: read.programme, year };
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
