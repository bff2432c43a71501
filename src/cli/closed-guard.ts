import type { FileArg } from "./context";
import { refusedError } from "./errors";
import type { LoadedWorkbook } from "./load";

/**
 * A closed year is locked: commands that would rewrite the workbook refuse it (exit code 1, the
 * file untouched) and say why. Reading (check, summary, export) and rolling over still work.
 */
export function refuseIfClosed(loaded: LoadedWorkbook, file: FileArg): void {
  if (loaded.read.meta?.closed === true) {
    throw refusedError("workbookClosed", { file: file.shown, year: loaded.year });
  }
}
