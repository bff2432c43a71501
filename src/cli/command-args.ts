import type { Programme } from "../core";
import { stringOption, type ParsedArgs } from "./args";
import { usageError, inputError } from "./errors";

/** The positionals a command takes: exactly the names given ("FILE.xlsx"), no more. */
export function positionals(args: ParsedArgs, names: readonly string[], usage: string): string[] {
  if (args.positionals.length < names.length) {
    throw usageError("missingArgument", { usage });
  }
  if (args.positionals.length > names.length) {
    throw usageError("tooManyArguments", { extra: args.positionals.slice(names.length).join(" "), usage });
  }
  return [...args.positionals];
}

export function requiredOption(args: ParsedArgs, name: string, command: string, usage: string): string {
  const value = stringOption(args, name);
  if (value === null) {
    throw usageError("missingOption", { command, option: `--${name}`, usage });
  }
  return value;
}

/** An output workbook must be named .xlsx, so Excel opens what we write. */
export function requireXlsxName(file: string): void {
  if (!/\.xlsx$/i.test(file)) {
    throw usageError("wrongExtension", { file, extension: ".xlsx" });
  }
}

export function parseYear(value: string | null): number | null {
  if (value === null) {
    return null;
  }
  if (!/^[0-9]{4}$/.test(value.trim())) {
    throw usageError("badYear", { value });
  }
  return Number(value.trim());
}

export function ensureYearInPeriod(year: number, programme: Programme, file: string): void {
  if (year < programme.period.from || year > programme.period.to) {
    throw inputError("yearOutsidePeriod", { year, from: programme.period.from, to: programme.period.to, file });
  }
}

/** The bundled programme's first yearly follow-up is 2019; another programme starts at its first year. */
export const DEFAULT_YEAR = 2019;

export function defaultYear(programme: Programme): number {
  return DEFAULT_YEAR >= programme.period.from && DEFAULT_YEAR <= programme.period.to
    ? DEFAULT_YEAR
    : programme.period.from;
}
