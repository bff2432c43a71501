import type { MessageKey } from "./messages";

/**
 * A failure the user can act on, ending the command with one line on stderr: "usage" for wrong
 * arguments and "input" for a file that cannot be read or written (exit code 2); "refused" for a
 * workbook whose state forbids the command, such as a closed year (exit code 1, like a refused update).
 */
export class CliError extends Error {
  constructor(
    readonly kind: "usage" | "input" | "refused",
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    /** Extra lines for --json (e.g. every problem of a programme file). */
    readonly details: readonly string[] = []
  ) {
    super(key);
    this.name = "CliError";
  }
}

export function usageError(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): CliError {
  return new CliError("usage", key, params);
}

export function inputError(
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
  details: readonly string[] = []
): CliError {
  return new CliError("input", key, params, details);
}

/** The errno code of a Node file-system error, if it is one. */
export function errnoCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

export function refusedError(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): CliError {
  return new CliError("refused", key, params);
}
