import { promises as nodeFs } from "node:fs";
import { dirname } from "node:path";

/** Where a command writes: process.stdout/stderr in the real command, a string buffer in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
}

/**
 * The file operations the commands use. Tests inject one that fails at a chosen step to prove
 * that a failed write leaves the original file untouched.
 */
export interface CliFileSystem {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: Uint8Array, options: { flag: string }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string, mode: number): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** Resolves when the path exists (file or folder), rejects with ENOENT when it does not. */
  stat(path: string): Promise<{ isDirectory(): boolean }>;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Relative paths in arguments are resolved against this folder. */
  readonly cwd: string;
  readonly fs?: CliFileSystem;
  /** The clock, for backup names and the workbook's "generated at". */
  readonly now?: () => Date;
}

export const NODE_FS: CliFileSystem = {
  readFile: (path) => nodeFs.readFile(path),
  // Flushed to the disk before the rename that makes it the file: a power cut then leaves the old
  // file or the new one, never an empty one.
  writeFile: async (path, data, options) => {
    const handle = await nodeFs.open(path, options.flag);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: async (from, to) => {
    await nodeFs.rename(from, to);
    // The folder's entry too, so the rename itself survives a power cut (not every system allows it).
    const folder = await nodeFs.open(dirname(to), "r").catch(() => null);
    await folder?.sync().catch(() => undefined);
    await folder?.close();
  },
  copyFile: (from, to, mode) => nodeFs.copyFile(from, to, mode),
  unlink: (path) => nodeFs.unlink(path),
  mkdir: (path, options) => nodeFs.mkdir(path, options),
  stat: (path) => nodeFs.stat(path),
};
