import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Whether Excel or LibreOffice has a workbook open: both leave a lock file beside it while it is
 * open (Excel "~$name.xlsx", its owner's name in the first bytes; LibreOffice ".~lock.name.xlsx#",
 * a line "name,user,host,time,…"). Writing the file then would be overwritten by their next save,
 * or would overwrite what they hold unsaved.
 */
export interface OpenElsewhere {
  readonly program: "Excel" | "LibreOffice";
  readonly lockFile: string;
  /** Who, as the lock file says (user, and host and time for LibreOffice); "" when it says nothing. */
  readonly who: string;
}

function excelOwner(bytes: Buffer): string {
  // The owner file starts with the name's length, then the name in one-byte characters.
  const length = bytes[0] ?? 0;
  const name = bytes.subarray(1, 1 + Math.min(length, 53)).toString("latin1");
  return name.replace(/[^\p{L}\p{N} ._@-]/gu, "").trim();
}

function libreOfficeOwner(text: string): string {
  // "Full name,login,host,time,profile": the name people know first, then where and since when.
  const [name, user, host, time] = text.split(/\r?\n/)[0]?.split(",") ?? [];
  const person = name !== undefined && name !== "" ? name : (user ?? "");
  return [person, host, time].filter((s) => s !== undefined && s !== "").join(", ");
}

export async function openElsewhere(file: string): Promise<OpenElsewhere | null> {
  const dir = path.dirname(file);
  const name = path.basename(file);
  // Excel shortens long names: "~$" replaces the first two characters when the name is long enough.
  const excel = [`~$${name}`, name.length > 2 ? `~$${name.slice(2)}` : null].filter((n): n is string => n !== null);
  for (const lock of excel) {
    const bytes = await fs.readFile(path.join(dir, lock)).catch(() => null);
    if (bytes !== null) return { program: "Excel", lockFile: lock, who: excelOwner(bytes) };
  }
  const lo = `.~lock.${name}#`;
  const text = await fs.readFile(path.join(dir, lo), "utf8").catch(() => null);
  if (text !== null) return { program: "LibreOffice", lockFile: lo, who: libreOfficeOwner(text) };
  return null;
}
