import { execFile } from "child_process";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";

/**
 * LibreOffice (headless) as a real spreadsheet engine for tests: open a file, recalculate every
 * formula, save it again. Each run gets a throwaway profile whose settings force recalculation
 * on load (otherwise LibreOffice shows the cached results stored in the file, not what its formulas give).
 *
 * A test that uses this fails when LibreOffice is missing: it never skips.
 */

/** The command to run; SOFFICE overrides it (e.g. a full path). */
export function sofficeCommand(): string {
  return process.env.SOFFICE ?? "soffice";
}

export class LibreOfficeMissingError extends Error {
  constructor(command: string) {
    super(
      `LibreOffice was not found (tried "${command}"). Install it (Debian: apt-get install libreoffice-calc-nogui) ` +
        `or set SOFFICE to the soffice binary. Tests that need a real spreadsheet engine fail without it.`
    );
    this.name = "LibreOfficeMissingError";
  }
}

/** Recalculate always on load, for OOXML and ODF files alike (0 = always). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** Output format for --convert-to, e.g. "xlsx", "pdf", "csv"; default "xlsx". */
  readonly to?: string;
  /** LibreOffice filter, e.g. "Calc MS Excel 2007 XML"; default: the one LibreOffice picks. */
  readonly filter?: string;
  /** Extension of the input file; default "xlsx". */
  readonly inputExtension?: string;
  readonly timeoutMs?: number;
}

function run(command: string, args: readonly string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") {
          reject(new LibreOfficeMissingError(command));
          return;
        }
        const why = error.killed ? `timed out after ${timeoutMs} ms` : error.message;
        reject(new Error(`soffice failed (${why}).\nstdout: ${stdout}\nstderr: ${stderr}`));
        return;
      }
      resolve({ stdout, stderr });
    });
  });
}

/**
 * Opens `input` in LibreOffice with a fresh profile, lets it recalculate, and returns the file it
 * saves in the `to` format. Throws LibreOfficeMissingError when soffice is not installed.
 */
export async function convertWithLibreOffice(input: Buffer, options: ConvertOptions = {}): Promise<Buffer> {
  const to = options.to ?? "xlsx";
  const extension = options.inputExtension ?? "xlsx";
  const work = await mkdtemp(join(tmpdir(), "lo-run-"));
  try {
    const profile = join(work, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), REGISTRY, "utf8");
    const inDir = join(work, "in");
    const outDir = join(work, "out");
    await mkdir(inDir);
    await mkdir(outDir);
    const inputPath = join(inDir, `workbook.${extension}`);
    await writeFile(inputPath, input);
    const target = options.filter === undefined ? to : `${to}:${options.filter}`;
    const result = await run(
      sofficeCommand(),
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        outDir,
        inputPath,
      ],
      options.timeoutMs ?? 120_000
    );
    const produced = await readdir(outDir);
    const file = produced.find((f) => f.toLowerCase().endsWith(`.${to.toLowerCase()}`)) ?? produced[0];
    if (file === undefined) {
      throw new Error(`soffice produced no ${to} file.\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    }
    return await readFile(join(outDir, file));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
