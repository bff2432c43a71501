import { run } from "./run";
import { cleanUpOnSignals } from "./temp-files";

cleanUpOnSignals();

// `followup check FILE | head -1`: the reader closed the pipe; stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The `followup` executable (bin/followup.js requires the compiled form of this file). */
run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() catches everything; this is the last guard against a stack trace.
    process.stderr.write(`followup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
);
