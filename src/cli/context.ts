import * as path from "node:path";
import type { Lang } from "../core";
import type { ParsedArgs, OptionSpec } from "./args";
import { NODE_FS, type CliFileSystem, type CliIo } from "./io";
import { t, type MessageKey } from "./messages";
import { terminalText } from "./terminal-text";

/** A file named on the command line: as the user typed it (for messages) and resolved. */
export interface FileArg {
  readonly shown: string;
  readonly abs: string;
}

/** What a command gets: where to write, the language, and the file system to use. */
export class CommandContext {
  readonly fs: CliFileSystem;
  readonly now: () => Date;

  constructor(
    readonly io: CliIo,
    readonly lang: Lang,
    readonly json: boolean
  ) {
    this.fs = io.fs ?? NODE_FS;
    this.now = io.now ?? (() => new Date());
  }

  t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
    return t(this.lang, key, params);
  }

  /** A line for people; nothing in --json mode, where stdout is the JSON document only. */
  print(line = ""): void {
    if (!this.json) {
      this.io.stdout.write(`${terminalText(line)}\n`);
    }
  }

  say(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): void {
    this.print(this.t(key, params));
  }

  /** The one JSON document of a command in --json mode. */
  printJson(value: unknown): void {
    if (this.json) {
      this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    }
  }

  file(arg: string): FileArg {
    return { shown: arg, abs: path.resolve(this.io.cwd, arg) };
  }

  /** A path this command made, shown relative to the working folder when it lies inside it. */
  shown(abs: string): string {
    const rel = path.relative(this.io.cwd, abs);
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
  }
}

export interface CommandSpec {
  readonly name: string;
  /** The usage line without "followup ", e.g. "check FILE.xlsx". */
  readonly usage: string;
  readonly options: OptionSpec;
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}

/**
 * Exit codes: 0 no errors; 1 errors found, or a command refused by the workbook (an update that
 * cannot match rows, a change to a closed year, a year closed with rows missing); 2 bad usage or
 * unreadable input.
 */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
