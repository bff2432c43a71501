import { isLang } from "../core";
import type { Lang } from "../core";
import { usageError } from "./errors";

/**
 * Hand-rolled argument parsing: `--name value`, `--name=value`, boolean `--flag`, `--` ends the
 * options. Global options (--lang, --json, --help) may stand anywhere, before or after the command.
 */

/** "strings": may be given more than once (or as a comma list); the values are kept comma-joined. */
export type OptionKind = "string" | "strings" | "boolean";
export type OptionSpec = Readonly<Record<string, OptionKind>>;

export const GLOBAL_OPTIONS: OptionSpec = { lang: "string", json: "boolean", help: "boolean" };

const SHORT: Readonly<Record<string, string>> = { h: "help" };

export interface ParsedArgs {
  readonly command: string | null;
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

export interface GlobalOptions {
  readonly lang: Lang;
  readonly json: boolean;
  readonly help: boolean;
}

/**
 * The language, as early as possible, so that even a usage error is reported in it. An invalid
 * --lang value is left for `parseArgs` to report.
 */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] ?? "";
    if (token === "--") {
      break;
    }
    const value =
      token === "--lang" ? argv[i + 1] : token.startsWith("--lang=") ? token.slice("--lang=".length) : undefined;
    if (value !== undefined && isLang(value)) {
      return value;
    }
  }
  return "sv";
}

/**
 * Splits argv into the command, its positionals and options. `specFor` gives the options the
 * command takes (called once the command is known); unknown options are usage errors.
 */
export function parseArgs(argv: readonly string[], specFor: (command: string | null) => OptionSpec): ParsedArgs {
  let command: string | null = null;
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const tokens = [...argv];
  let spec: OptionSpec = { ...GLOBAL_OPTIONS, ...specFor(null) };
  let optionsEnded = false;
  while (tokens.length > 0) {
    const token = tokens.shift() ?? "";
    if (!optionsEnded && token === "--") {
      optionsEnded = true;
      continue;
    }
    if (optionsEnded || !token.startsWith("-") || token === "-") {
      if (command === null) {
        command = token;
        spec = { ...GLOBAL_OPTIONS, ...specFor(command) };
      } else {
        positionals.push(token);
      }
      continue;
    }
    const [name, inlineValue] = splitOption(token);
    const kind = spec[name];
    if (kind === undefined) {
      throw usageError(command === null ? "unknownOption" : "unknownOptionFor", {
        option: token.split("=")[0] ?? token,
        command: command ?? "",
      });
    }
    if (kind === "boolean") {
      if (inlineValue !== null) {
        throw usageError("optionTakesNoValue", { option: `--${name}` });
      }
      options.set(name, true);
      continue;
    }
    const value = inlineValue ?? tokens.shift();
    if (value === undefined || (inlineValue === null && value.startsWith("--"))) {
      throw usageError("optionNeedsValue", { option: `--${name}` });
    }
    const earlier = options.get(name);
    if (earlier !== undefined) {
      if (kind !== "strings") throw usageError("optionTwice", { option: `--${name}` });
      options.set(name, `${String(earlier)},${value}`);
      continue;
    }
    options.set(name, value);
  }
  return { command, positionals, options };
}

function splitOption(token: string): [string, string | null] {
  if (!token.startsWith("--")) {
    const short = token.slice(1);
    return [SHORT[short] ?? `-${short}`, null];
  }
  const body = token.slice(2);
  const eq = body.indexOf("=");
  return eq < 0 ? [body, null] : [body.slice(0, eq), body.slice(eq + 1)];
}

export function globalOptions(parsed: ParsedArgs): GlobalOptions {
  const lang = parsed.options.get("lang");
  if (lang !== undefined && (lang === true || !isLang(lang))) {
    throw usageError("badLang", { value: String(lang) });
  }
  return {
    lang: lang === undefined ? "sv" : lang,
    json: parsed.options.get("json") === true,
    help: parsed.options.get("help") === true,
  };
}

export function stringOption(parsed: ParsedArgs, name: string): string | null {
  const v = parsed.options.get(name);
  return typeof v === "string" ? v : null;
}

export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.options.get(name) === true;
}

/** A "strings" option's values, in the order given, each trimmed, empty ones dropped. */
export function listOption(parsed: ParsedArgs, name: string): string[] {
  const v = stringOption(parsed, name);
  return v === null
    ? []
    : v
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "");
}
