import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export interface Measured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The child's peak resident memory, from GNU time. */
  readonly peakMb: number;
  readonly seconds: number;
  /** User plus system CPU time of the child: its own work, whatever else runs beside it. */
  readonly cpuSeconds: number;
}

export const GNU_TIME = "/usr/bin/time";

/**
 * Runs the built command line under GNU time (Debian package "time"), which reports the child's
 * own peak RSS and elapsed time to a file of its own, so the command's stderr stays its own.
 */
export function runMeasured(main: string, argv: readonly string[], cwd: string): Promise<Measured> {
  const report = path.join(cwd, "..", `${path.basename(cwd)}.time`);
  return new Promise((resolve, reject) => {
    execFile(
      GNU_TIME,
      ["-f", "%M %e %U %S", "-o", report, process.execPath, main, ...argv],
      { cwd, timeout: 30_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: "C.UTF-8" } },
      (error, stdout, stderr) => {
        let text: string;
        try {
          text = fs.readFileSync(report, "utf8");
          fs.rmSync(report);
        } catch {
          reject(
            new Error(`GNU time did not report (${error?.message ?? "no error"}); install Debian's package "time"`)
          );
          return;
        }
        // GNU time writes "Command exited with non-zero status N" above its format line.
        const line = text.trim().split("\n").pop() ?? "";
        const [kb, seconds, user, system] = line.split(" ").map(Number);
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({
          code,
          stdout,
          stderr,
          peakMb: (kb ?? 0) / 1024,
          seconds: seconds ?? 0,
          cpuSeconds: (user ?? 0) + (system ?? 0),
        });
      }
    );
  });
}
