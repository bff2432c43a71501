import { copyOf } from "../core";
import type { FileArg } from "./context";
import { refusedError } from "./errors";
import type { LoadedWorkbook } from "./load";

/**
 * A workbook made by split is a department's copy: what changes the year as a whole (update,
 * close, roll-over, another split, a merge into it) belongs to the coordinator's master.
 */
export function refuseIfCopy(loaded: LoadedWorkbook, file: FileArg): void {
  const copy = copyOf(loaded.read);
  if (copy.kind === "copy") {
    throw refusedError("workbookIsCopy", { file: file.shown, department: copy.info.department });
  }
}
