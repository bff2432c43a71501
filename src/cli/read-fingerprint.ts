import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";

/**
 * What a command read, to make sure before it replaces the file that nobody changed it in the
 * meantime (another command, Excel's autosave, a sync client): size, modification time, inode and
 * a hash of the bytes.
 */
export interface ReadFingerprint {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly sha256: string;
}

const READ = new Map<string, ReadFingerprint>();

export async function rememberRead(abs: string, data: Uint8Array): Promise<void> {
  const stat = await fs.stat(abs).catch(() => null);
  if (stat === null) return;
  READ.set(abs, {
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    ino: stat.ino,
    sha256: createHash("sha256").update(data).digest("hex"),
  });
}

/** True when the file is still exactly what was read (or was never read by this run). */
export async function unchangedSinceRead(abs: string): Promise<boolean> {
  const was = READ.get(abs);
  if (was === undefined) return true;
  const stat = await fs.stat(abs).catch(() => null);
  if (stat === null || stat.size !== was.size || stat.mtimeMs !== was.mtimeMs || stat.ino !== was.ino) return false;
  const hash = createHash("sha256")
    .update(await fs.readFile(abs))
    .digest("hex");
  return hash === was.sha256;
}
