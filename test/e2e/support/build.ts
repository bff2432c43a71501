import { execFile } from "child_process";
import { createHash } from "crypto";
import { existsSync } from "fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "fs/promises";
import { join, relative } from "path";
import { buildExcelDoubleBundle } from "../../excel-double/build-browser-bundle";
import { projectRoot } from "../../support/project-root";

/**
 * The production task pane and the Excel double's browser script, built once for every e2e test
 * file: into node_modules/.cache/programuppfoljning-e2e/<hash of the sources>/, reused while
 * nothing they are built from changes. A lock folder keeps two jest workers from building at once.
 * `npm run build` (dist/taskpane/) is not touched: webpack gets its own --output-path.
 */

export const PROJECT_ROOT = projectRoot();
const CACHE_ROOT = join(PROJECT_ROOT, "node_modules", ".cache", "programuppfoljning-e2e");
const DONE_MARKER = "build-complete.json";
const LOCK_STALE_MS = 10 * 60 * 1000;

/** What the builds read: a change in any of these is a new build. */
const INPUTS = [
  "src",
  "test/excel-double",
  "assets",
  "webpack.config.js",
  "tsconfig.json",
  "package-lock.json",
  "manifest.xml",
];

export interface E2eBuild {
  /** The production task pane (taskpane.html, its bundle, office-js/, assets/). */
  readonly paneDir: string;
  /** The Excel double as one browser script, served in place of office.js. */
  readonly doubleScript: string;
}

async function filesUnder(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const info = await stat(path);
  if (info.isFile()) return [path];
  const out: string[] = [];
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.name.endsWith(".test.ts") || entry.name.endsWith(".test.tsx")) continue;
    out.push(...(await filesUnder(join(path, entry.name))));
  }
  return out;
}

export async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all(INPUTS.map((p) => filesUnder(join(PROJECT_ROOT, p))))).flat().sort();
  for (const file of files) {
    hash.update(relative(PROJECT_ROOT, file));
    hash.update("\0");
    hash.update(await readFile(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function webpackProduction(outDir: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [PROJECT_ROOT] });
  return new Promise((ok, fail) => {
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--output-path", outDir],
      {
        cwd: PROJECT_ROOT,
        timeout: 10 * 60 * 1000,
        maxBuffer: 64 * 1024 * 1024,
        // The pane is served from the local test server: the production build needs its https address.
        env: { ...process.env, ADDIN_PUBLIC_URL: "https://localhost:3000/" },
      },
      (error, stdout, stderr) => {
        if (error === null) return ok();
        const tail = `${stdout}\n${stderr}`.split("\n").slice(-60).join("\n");
        fail(new Error(`The production build of the task pane failed (${error.message}):\n${tail}`));
      }
    );
  });
}

async function build(target: string): Promise<void> {
  const staging = `${target}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await webpackProduction(join(staging, "pane"));
  await buildExcelDoubleBundle(join(staging, "double"));
  await writeFile(join(staging, DONE_MARKER), JSON.stringify({ builtAt: new Date().toISOString() }));
  await rename(staging, target);
}

/** Old builds (other hashes) are removed so the cache does not grow. */
async function pruneOthers(keep: string): Promise<void> {
  for (const entry of await readdir(CACHE_ROOT).catch(() => [] as string[])) {
    if (entry === keep || entry.startsWith(`${keep}.`)) continue;
    await rm(join(CACHE_ROOT, entry), { recursive: true, force: true });
  }
}

async function lockAge(lock: string): Promise<number> {
  const info = await stat(lock).catch(() => null);
  return info === null ? 0 : Date.now() - info.mtimeMs;
}

export async function ensureE2eBuild(): Promise<E2eBuild> {
  const key = await sourceHash();
  const target = join(CACHE_ROOT, key);
  const result: E2eBuild = { paneDir: join(target, "pane"), doubleScript: join(target, "double", "excel-double.js") };
  const lock = `${target}.lock`;
  await mkdir(CACHE_ROOT, { recursive: true });
  for (;;) {
    if (existsSync(join(target, DONE_MARKER))) return result;
    try {
      await mkdir(lock);
    } catch {
      // Another worker builds: wait for it, unless its lock is left from a crash.
      if ((await lockAge(lock)) > LOCK_STALE_MS) await rm(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      if (!existsSync(join(target, DONE_MARKER))) {
        await rm(target, { recursive: true, force: true });
        await build(target);
        await pruneOthers(key);
      }
      return result;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
