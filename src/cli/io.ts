import { promises as nodeFs } from "node:fs";

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
  writeFile: (path, data, options) => nodeFs.writeFile(path, data, options),
  rename: (from, to) => nodeFs.rename(from, to),
  copyFile: (from, to, mode) => nodeFs.copyFile(from, to, mode),
  unlink: (path) => nodeFs.unlink(path),
  mkdir: (path, options) => nodeFs.mkdir(path, options),
  stat: (path) => nodeFs.stat(path),
};
