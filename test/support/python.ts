import { execFile } from "node:child_process";

/**
 * Debian's Python with its openpyxl and XlsxWriter, to make workbooks as other programs really
 * write them. Fails (never skips) when Python or a module is missing: CI installs
 * python3-openpyxl and python3-xlsxwriter.
 */
export const PYTHON = process.env.FOLLOWUP_PYTHON ?? "/usr/bin/python3";

export function runPython(script: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      ["-c", script, ...args],
      { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null) {
          reject(
            new Error(
              // Code and signal too: a run that dies with nothing on stderr (seen once in CI, the UNO
              // bridge to LibreOffice) is otherwise a blank.
              `${PYTHON} failed (${error.message.split("\n")[0]}; exit code ${String(error.code)}, signal ${String(error.signal)}): ${stderr.trim()}. ` +
                "Install Debian's python3-openpyxl and python3-xlsxwriter; tests of other programs' files fail without them."
            )
          );
          return;
        }
        resolve(stdout);
      }
    );
  });
}
