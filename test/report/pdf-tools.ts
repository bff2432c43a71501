import { execFile } from "child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";

/**
 * poppler's pdftotext and pdftoppm, for tests that read what LibreOffice made of a document.
 * A missing tool makes the test fail with a message saying what to install; it never skips.
 */

function run(command: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { encoding: "buffer", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null) {
        const code = (error as NodeJS.ErrnoException).code;
        reject(
          code === "ENOENT"
            ? new Error(`${command} was not found: install poppler-utils (Debian: apt-get install poppler-utils)`)
            : new Error(`${command} failed: ${error.message}\n${stderr.toString("utf8")}`)
        );
        return;
      }
      resolve(stdout);
    });
  });
}

async function withPdf<T>(pdf: Buffer, use: (dir: string, file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "pdf-"));
  try {
    const file = join(dir, "in.pdf");
    await writeFile(file, pdf);
    return await use(dir, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF, in reading order. */
export function pdfText(pdf: Buffer): Promise<string> {
  return withPdf(pdf, async (_dir, file) => (await run("pdftotext", ["-enc", "UTF-8", file, "-"])).toString("utf8"));
}

/** Pages `first`–`last` rendered as PNG at `dpi`, in page order. */
export function pdfPages(pdf: Buffer, first: number, last: number, dpi: number): Promise<Buffer[]> {
  return withPdf(pdf, async (dir, file) => {
    await run("pdftoppm", [
      "-png",
      "-r",
      String(dpi),
      "-f",
      String(first),
      "-l",
      String(last),
      file,
      join(dir, "page"),
    ]);
    const pages = (await readdir(dir)).filter((f) => f.startsWith("page") && f.endsWith(".png")).sort();
    return Promise.all(pages.map((p) => readFile(join(dir, p))));
  });
}

/** Whitespace as one space: pdftotext breaks lines where the page did. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * For finding a long passage: no whitespace, hyphens or dashes at all, since pdftotext breaks
 * lines where the page did and drops a hyphen that ends a line ("risk-\noch" → "riskoch").
 */
export function squash(text: string): string {
  return text.replace(/[\s\u00AD\-–]+/g, "");
}

/** A word of a PDF page with its box in points, as pdftotext -bbox gives it. */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly height: number;
}

/** Every word of a PDF with its page and box height (for the printed size of text). */
export function pdfWords(pdf: Buffer): Promise<PdfWord[]> {
  return withPdf(pdf, async (_dir, file) => {
    const html = (await run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"])).toString("utf8");
    const words: PdfWord[] = [];
    let page = 0;
    for (const line of html.split("\n")) {
      if (line.includes("<page ")) page++;
      const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
      if (m !== null) words.push({ page, text: m[3] ?? "", height: Number(m[2]) - Number(m[1]) });
    }
    return words;
  });
}
