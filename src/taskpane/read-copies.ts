import { ownContentOf, readWorkbook } from "../core";
import type { CopyToMerge } from "../core";

/** A file the user chose that is no readable workbook: named, with why. */
export interface UnreadableCopy {
  readonly name: string;
  readonly detail: string;
}

/** What the task pane needs of a chosen file: its name and its bytes (a File, or a test's stand-in). */
export interface ChosenFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The department copies the coordinator chose, read in the browser by the same reader as the
 * command line's (ExcelJS, loaded on first use): whatever program saved them.
 */
export async function readCopyFiles(
  files: readonly ChosenFile[]
): Promise<{ copies: CopyToMerge[]; unreadable: UnreadableCopy[] }> {
  const { readXlsx } = await import("../files/xlsx-reader");
  const copies: CopyToMerge[] = [];
  const unreadable: UnreadableCopy[] = [];
  for (const file of files) {
    try {
      const grids = await readXlsx(new Uint8Array(await file.arrayBuffer()));
      const read = readWorkbook(grids);
      copies.push({ name: file.name, read, own: ownContentOf(grids, read, new Date()) });
    } catch (error) {
      unreadable.push({ name: file.name, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return { copies, unreadable };
}
