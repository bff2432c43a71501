/**
 * `npm run bench`: the time and peak memory of `generate`, `check`, a rewrite and `merge` (ten
 * department copies into the master) for 5 areas × 1,000 rows,
 * each beside its floor — ExcelJS writing (or reading) the very same cells with no logic — in
 * one run, so the ratios compare like with like on the same noisy machine.
 *
 *   node dist-bench/bench/bench.js [--areas 5] [--rows 1000] [--repeats 7] [--adapter-rows 100,1000,5000] [--long-texts]
 *     [--pane-rounds 3] [--no-pane] [--json]
 *
 * Then the Office.js adapter against the Excel test double for 5 areas × 100, 1,000 and 5,000 rows
 * (`--adapter-rows`): syncs and the largest request and response per use case, beside the naive
 * one-sync-per-row approach (adapter-bench.ts). `--long-texts` gives the rows of that programme
 * sentences as long as a real programme's instead of short labels.
 *
 * Last the task pane (pane-bench.ts), in Debian's Chromium on the production build with the double:
 * "My rows" for a department of 20 rows and one of 2,000 (first render, a keystroke's cost), and
 * the start-up JavaScript's size. `--no-pane` leaves it out.
 *
 * Times are medians of interleaved repeats (floor, ours, floor, ours, …) after one warm-up.
 * Peak memory is the max RSS of a fresh child process that loads only the inputs its case needs
 * (saved to a temporary folder by the parent) and runs the case once, so one case's garbage and
 * the preparation of the inputs do not count against another.
 */
import { fork } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { adapterTable, measureAdapter, type AdapterRow } from "./adapter-bench";
import { measurePane, paneTable } from "./pane-bench";
import { CASES, type CaseName, loadInputs, prepareInputs, saveInputs } from "./cases";

interface Options {
  areas: number;
  rows: number;
  repeats: number;
  adapterRows: number[];
  longTexts: boolean;
  json: boolean;
  pane: boolean;
  paneRounds: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    areas: 5,
    rows: 1000,
    repeats: 7,
    adapterRows: [100, 1000, 5000],
    longTexts: false,
    json: false,
    pane: true,
    paneRounds: 3,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = (): number => {
      const n = Number(argv[i + 1]);
      i += 1;
      if (!Number.isInteger(n) || n < 1) {
        throw new Error(`${arg} takes a positive whole number`);
      }
      return n;
    };
    if (arg === "--json") options.json = true;
    else if (arg === "--long-texts") options.longTexts = true;
    else if (arg === "--no-pane") options.pane = false;
    else if (arg === "--pane-rounds") options.paneRounds = next();
    else if (arg === "--areas") options.areas = next();
    else if (arg === "--rows") options.rows = next();
    else if (arg === "--repeats") options.repeats = next();
    else if (arg === "--adapter-rows") {
      const list = (argv[i + 1] ?? "").split(",").map(Number);
      i += 1;
      if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new Error("--adapter-rows takes positive whole numbers separated by commas");
      }
      options.adapterRows = list;
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs one case in a child process and returns its peak resident set in MiB. */
function peakMemory(name: CaseName, folder: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", name, folder], {
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    child.on("message", (m: unknown) => resolve(Number(m)));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`the ${name} child exited with ${code}`));
    });
  });
}

async function runChild(name: CaseName, folder: string): Promise<void> {
  const inputs = loadInputs(folder, name);
  await CASES[name](inputs);
  // maxRSS is in KiB.
  process.send?.(process.resourceUsage().maxRSS / 1024);
}

interface Row {
  task: string;
  oursMs: number;
  floorMs: number;
  ratio: number;
  aim: number;
  oursPeakMiB: number;
  floorPeakMiB: number;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === "--child") {
    await runChild(argv[1] as CaseName, argv[2]);
    return;
  }
  const options = parseOptions(argv);
  const inputs = await prepareInputs(options.areas, options.rows);
  const folder = mkdtempSync(join(tmpdir(), "followup-bench-"));
  saveInputs(inputs, folder);
  const pairs: { task: string; ours: CaseName; floor: CaseName; aim: number }[] = [
    { task: "generate", ours: "generate", floor: "floorWrite", aim: 1.5 },
    { task: "check", ours: "check", floor: "floorRead", aim: 1.3 },
    // What keeping people's own sheets and cells costs a rewrite (summary --write, close, update).
    { task: "keep", ours: "rewrite", floor: "rewriteDropping", aim: 1.1 },
    // Ten department copies merged into the master and written, beside reading the eleven files.
    { task: "merge", ours: "merge", floor: "readCopies", aim: 1.5 },
  ];
  const rows: Row[] = [];
  for (const pair of pairs) {
    const times: Record<"ours" | "floor", number[]> = { ours: [], floor: [] };
    await CASES[pair.floor](inputs);
    await CASES[pair.ours](inputs);
    for (let i = 0; i < options.repeats; i += 1) {
      for (const side of ["floor", "ours"] as const) {
        const t0 = performance.now();
        await CASES[pair[side]](inputs);
        times[side].push(performance.now() - t0);
      }
    }
    const oursMs = median(times.ours);
    const floorMs = median(times.floor);
    rows.push({
      task: pair.task,
      oursMs,
      floorMs,
      ratio: oursMs / floorMs,
      aim: pair.aim,
      oursPeakMiB: await peakMemory(pair.ours, folder),
      floorPeakMiB: await peakMemory(pair.floor, folder),
    });
  }
  rmSync(folder, { recursive: true, force: true });
  const adapter: AdapterRow[] = [];
  for (const n of options.adapterRows) {
    adapter.push(...(await measureAdapter(options.areas, n, options.longTexts)));
  }
  const pane = options.pane ? await measurePane(options.paneRounds) : null;
  const report = {
    areas: options.areas,
    rowsPerArea: options.rows,
    cells: inputs.cellCount,
    repeats: options.repeats,
    adapterLongTexts: options.longTexts,
    node: process.version,
    results: rows,
    adapter,
    pane,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = (n: number, d = 0): string => n.toFixed(d);
  const lines = [
    `Programuppföljning benchmark: ${options.areas} areas × ${options.rows} rows (${inputs.cellCount} cells), median of ${options.repeats} interleaved runs, ${process.version}`,
    "",
    "task      | ours (ms) | floor (ms) | ratio | aim   | peak ours (MiB) | peak floor (MiB)",
    "----------|-----------|------------|-------|-------|-----------------|-----------------",
    ...rows.map(
      (r) =>
        `${r.task.padEnd(9)} | ${f(r.oursMs).padStart(9)} | ${f(r.floorMs).padStart(10)} | ${f(r.ratio, 2).padStart(5)} | ≤ ${f(r.aim, 1)} | ${f(r.oursPeakMiB).padStart(15)} | ${f(r.floorPeakMiB).padStart(16)}`
    ),
    "",
    "floor = ExcelJS writing/reading the very same cells with no logic (no tables, formats, validation, rules); for keep, the same rewrite without keeping people's own sheets and cells; for merge, our reader reading the master and the ten copies.",
    "",
    ...adapterTable(options.areas, adapter, options.longTexts),
    ...(pane === null ? [] : ["", ...paneTable(pane)]),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
