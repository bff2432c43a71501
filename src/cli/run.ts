import { terminalText } from "./terminal-text";
import type { Lang } from "../core";
import { globalOptions, langOf, parseArgs, type OptionSpec } from "./args";
import { checkCommand } from "./check";
import { closeCommand } from "./close";
import { reopenCommand } from "./reopen";
import { exportCommand } from "./export";
import { rolloverCommand } from "./rollover";
import { CommandContext, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type CommandSpec } from "./context";
import { demoCommand } from "./demo";
import { CliError, errnoCode, usageError } from "./errors";
import { generateCommand } from "./generate";
import { helpText } from "./help";
import type { CliIo } from "./io";
import { fileError, firstLine, oneLine } from "./load";
import { t } from "./messages";
import { summaryCommand } from "./summary";
import { updateCommand } from "./update";
import { splitCommand } from "./split";
import { mergeCommand } from "./merge";

export const COMMANDS: ReadonlyMap<string, CommandSpec> = new Map(
  [
    generateCommand,
    updateCommand,
    checkCommand,
    summaryCommand,
    exportCommand,
    closeCommand,
    reopenCommand,
    rolloverCommand,
    splitCommand,
    mergeCommand,
    demoCommand,
  ].map((c) => [c.name, c])
);

function optionsOf(command: string | null): OptionSpec {
  if (command === null) {
    return {};
  }
  const spec = COMMANDS.get(command);
  if (spec === undefined) {
    throw usageError("unknownCommand", { command });
  }
  return spec.options;
}

/**
 * The `followup` command, callable in-process: returns the exit code (0 no errors, 1 errors
 * found or the command refused by the workbook's state, e.g. a closed year; 2 bad usage or
 * unreadable input). Every failure ends here as one line on stderr,
 * never a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = langOf(argv);
  const json = argv.includes("--json");
  try {
    const parsed = parseArgs(argv, optionsOf);
    const global = globalOptions(parsed);
    lang = global.lang;
    const ctx = new CommandContext(io, global.lang, global.json);
    if (parsed.command === null || parsed.command === "help") {
      if (global.help || parsed.command === "help") {
        io.stdout.write(helpText(parsed.positionals[0] ?? null, global.lang));
        return EXIT_OK;
      }
      throw usageError("noCommand");
    }
    const command = COMMANDS.get(parsed.command);
    if (command === undefined) {
      throw usageError("unknownCommand", { command: parsed.command });
    }
    if (global.help) {
      io.stdout.write(helpText(command.name, global.lang));
      return EXIT_OK;
    }
    return await command.run(ctx, parsed);
  } catch (error) {
    return reportFailure(error, io, lang, json);
  }
}

function reportFailure(error: unknown, io: CliIo, lang: Lang, json: boolean): number {
  const known = toCliError(error);
  const message =
    known === null ? t(lang, "unexpected", { detail: firstLine(error) }) : t(lang, known.key, known.params);
  io.stderr.write(`followup: ${terminalText(oneLine(message))}\n`);
  if (json) {
    io.stdout.write(
      `${JSON.stringify({ ok: false, error: { kind: known?.kind ?? "unexpected", code: known?.key ?? "unexpected", message: oneLine(message), details: known?.details ?? [] } }, null, 2)}\n`
    );
  }
  return known?.kind === "refused" ? EXIT_ERRORS : EXIT_USAGE;
}

/** A file-system error that escaped a command still names its file. */
function toCliError(error: unknown): CliError | null {
  if (error instanceof CliError) {
    return error;
  }
  const path =
    typeof error === "object" && error !== null && "path" in error ? String((error as { path: unknown }).path) : null;
  if (errnoCode(error) !== null && path !== null) {
    return fileError(error, path);
  }
  return null;
}
