import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../src/cli/run";
import type { CliFileSystem } from "../../src/cli/io";
import { readXlsx } from "../../src/files/xlsx-reader";
import { readWorkbook } from "../../src/core";
import type { WorkbookRead } from "../../src/core";

/** Runs `followup` in-process and captures what it prints. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function followup(
  argv: readonly string[],
  cwd: string,
  extra: { fs?: CliFileSystem; now?: () => Date } = {}
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    ...extra,
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "followup-test-"));
}

export async function readWorkbookFile(file: string): Promise<WorkbookRead> {
  return readWorkbook(await readXlsx(fs.readFileSync(file)));
}

/** A stderr that is one line of reason, no stack trace. */
export function expectOneLineReason(result: CliResult): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^followup: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/Error:/);
}

export const ROOT = path.resolve(__dirname, "..", "..");
