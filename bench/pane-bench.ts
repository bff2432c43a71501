import { readFile } from "fs/promises";
import type { Page } from "playwright-core";
import { join } from "path";
import { gzipSync } from "zlib";
import { ensureE2eBuild } from "../test/e2e/support/build";
import { launchChromium } from "../test/e2e/support/chromium";
import {
  BIG_DEPARTMENT,
  discardTyping,
  formAtScaleProgramme,
  FORM_YEAR,
  generateFromFile,
  measureForm,
  SMALL_DEPARTMENT,
  type FormCost,
} from "../test/e2e/support/form-at-scale";
import { openPane } from "../test/e2e/support/pane";
import { serveFolder } from "../test/e2e/support/static-server";
import { textsFor, type T } from "../test/e2e/support/ui";

/**
 * The task pane in Chromium (Debian's), on the production build, with the Excel test double in
 * place of Excel: "My rows" for a department of 20 rows and one of 2,000 in the same workbook, and
 * the JavaScript the pane loads before its first screen.
 */

export interface PaneBench {
  readonly small: FormCost;
  readonly big: FormCost;
  readonly rounds: number;
  /** The scripts taskpane.html names (office.js aside: Microsoft's, from its CDN in production). */
  readonly entry: ScriptsSize;
  /** Every script of ours the page fetched by the time its first screen (Set up) showed. */
  readonly firstScreen: ScriptsSize;
}

export interface ScriptsSize {
  readonly scripts: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
  readonly bytes: number;
}

const OFFICE_JS = /(^|\/)office-js\//;

/** Files of the build, gzipped as a server sends them. */
async function scriptsSize(paneDir: string, files: readonly string[]): Promise<ScriptsSize> {
  const scripts = await Promise.all(
    files.map(async (file) => {
      const body = await readFile(join(paneDir, file));
      return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    })
  );
  return {
    scripts,
    bytes: scripts.reduce((n, s) => n + s.bytes, 0),
    gzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
  };
}

/** The scripts taskpane.html names itself. */
export async function entryScripts(paneDir: string): Promise<string[]> {
  const html = await readFile(join(paneDir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => (m[1] ?? "").replace(/^\//, ""))
    .filter((src) => !OFFICE_JS.test(src) && !/^https?:/.test(src));
}

/** The scripts of ours a fresh page has fetched once its first screen shows (lazy chunks included). */
async function firstScreenScripts(page: Page, t: T, origin: string): Promise<string[]> {
  await page.getByRole("heading", { name: t("setup.title"), exact: true }).waitFor({ timeout: 60_000 });
  const urls = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  return urls
    .filter((u) => u.startsWith(origin) && /\.js($|\?)/.test(u))
    .map((u) => new URL(u).pathname.replace(/^\//, ""))
    .filter((path) => !OFFICE_JS.test(path));
}

function medianCost(costs: readonly FormCost[]): FormCost {
  const mid = <K extends keyof FormCost>(key: K): number => {
    const sorted = costs.map((c) => c[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  return {
    rows: costs[0]?.rows ?? 0,
    firstRenderMs: mid("firstRenderMs"),
    keystrokeMedianMs: mid("keystrokeMedianMs"),
    keystrokeMaxMs: Math.max(...costs.map((c) => c.keystrokeMaxMs)),
    typingLongestTaskMs: Math.max(...costs.map((c) => c.typingLongestTaskMs)),
    elements: mid("elements"),
    pageHeightPx: mid("pageHeightPx"),
  };
}

/** Small and big measured in turn, `rounds` times each, on one page and one workbook. */
export async function measurePane(rounds: number): Promise<PaneBench> {
  const build = await ensureE2eBuild();
  const browser = await launchChromium();
  const server = await serveFolder(build.paneDir);
  try {
    const session = await openPane(browser, server.origin, build, { displayLanguage: "sv-SE" });
    const t = textsFor("sv");
    const firstScreen = await scriptsSize(build.paneDir, await firstScreenScripts(session.page, t, server.origin));
    const programme = formAtScaleProgramme();
    await generateFromFile(session.page, t, programme, FORM_YEAR);
    const name = (code: string): string => programme.departments.find((d) => d.code === code)?.name ?? code;
    const small: FormCost[] = [];
    const big: FormCost[] = [];
    for (let i = 0; i < rounds; i += 1) {
      small.push(await measureForm(session.page, t, { ...SMALL_DEPARTMENT, name: name(SMALL_DEPARTMENT.code) }));
      await discardTyping(session.page, t);
      big.push(await measureForm(session.page, t, { ...BIG_DEPARTMENT, name: name(BIG_DEPARTMENT.code) }));
      await discardTyping(session.page, t);
    }
    const problems = [...session.pageErrors, ...session.consoleErrors];
    if (problems.length > 0) throw new Error(`The pane reported errors while measured:\n${problems.join("\n")}`);
    await session.close();
    const entry = await scriptsSize(build.paneDir, await entryScripts(build.paneDir));
    return { small: medianCost(small), big: medianCost(big), rounds, entry, firstScreen };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function paneTable(bench: PaneBench): string[] {
  const f = (n: number, d = 0): string => n.toFixed(d);
  const ratio = (key: "firstRenderMs" | "keystrokeMedianMs" | "keystrokeMaxMs"): string =>
    f(bench.big[key] / Math.max(bench.small[key], 0.1), 2);
  const kB = (n: number): string => f(n / 1024, 0);
  const row = (c: FormCost): string =>
    `${f(c.rows).padStart(5)} | ${f(c.firstRenderMs).padStart(16)} | ${f(c.keystrokeMedianMs, 1).padStart(15)} | ${f(c.keystrokeMaxMs, 1).padStart(12)} | ${f(c.typingLongestTaskMs).padStart(16)} | ${f(c.elements).padStart(8)} | ${f(c.pageHeightPx).padStart(9)}`;
  return [
    `Task pane in Chromium (production build, Excel test double), "My rows", median of ${bench.rounds} rounds:`,
    "",
    " rows | first render (ms) | keystroke (ms) | longest (ms) | long tasks ≥50 ms | elements | height px",
    "------|------------------|----------------|--------------|------------------|----------|----------",
    row(bench.small),
    row(bench.big),
    "",
    `2,000 rows ÷ 20 rows: first render ${ratio("firstRenderMs")}×, keystroke ${ratio("keystrokeMedianMs")}× (longest ${ratio("keystrokeMaxMs")}×); aim ≤ 2× each, and a keystroke's longest task < 50 ms.`,
    "first render = choosing the department until its first card shows (the workbook read included, the same workbook for both); keystroke = a key's handlers, React's render included.",
    "",
    `Start-up JavaScript, office.js aside (Microsoft's CDN serves it in production), gzip -9 as a server sends it:`,
    `  taskpane.html's own scripts: ${kB(bench.entry.gzipBytes)} kB gzip (${kB(bench.entry.bytes)} kB on disk); aim ≤ 200 kB`,
    `  all fetched before the first screen (Set up) shows: ${kB(bench.firstScreen.gzipBytes)} kB gzip (${kB(bench.firstScreen.bytes)} kB) in ${bench.firstScreen.scripts.length} files:`,
    ...bench.firstScreen.scripts.map((s) => `    ${s.file}: ${kB(s.gzipBytes)} kB`),
  ];
}
