import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  buildMergeSheet,
  buildWorkbookPlan,
  checkWorkbook,
  copyInfoFor,
  departmentsWithRows,
  enteredValues,
  displayValue,
  followupPlan,
  planKeptContent,
  planMerge,
  planUpdate,
  ProgrammeSchema,
  readWorkbook,
  summarise,
} from "../src/core";
import type { CellScalar, EnteredValues, Programme, WorkbookPlan } from "../src/core";
import { readXlsx, readXlsxSource } from "../src/files/xlsx-reader";
import { writeXlsx } from "../src/files/xlsx-writer";
import { planGrids, type PlainGrid } from "./plan-grids";
import { syntheticProgramme } from "./synthetic-programme";

const YEAR = 2019;

export interface BenchInputs {
  readonly programme: Programme;
  /** The filled workbook `check` reads. */
  readonly filled: Buffer;
  /** The generated workbook's cells as plain values: what the write floor writes. */
  readonly generatedGrids: readonly PlainGrid[];
  readonly cellCount: number;
  /** The master sent out, and each department's copy with its rows filled in (merge). */
  readonly master: Buffer;
  readonly copies: readonly Buffer[];
}

/** A small deterministic generator, so every run fills the same entries. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fill(programme: Programme): Map<string, EnteredValues> {
  const random = mulberry32(2019);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const entries = new Map<string, EnteredValues>();
  for (const area of programme.areas) {
    for (const row of area.rows) {
      if (row.type === "indicator") {
        entries.set(row.id, { value: Math.round(random() * 200), done: "Mätt enligt plan." });
      } else {
        const term = row.type === "goal" ? pick(ASSESSMENT) : pick(ACTIVITY_STATUS);
        entries.set(row.id, {
          status: term.sv,
          done: `Under året genomfördes arbete med ${row.text.text.toLowerCase()}.`,
          comment: term.requiresComment ? "Förklaring till avvikelsen." : null,
        });
      }
    }
  }
  return entries;
}

function generate(programme: Programme, entries?: Map<string, EnteredValues>): Promise<Buffer> {
  const summary = summarise(programme, [], { year: YEAR, choices: {} });
  const plan: WorkbookPlan = buildWorkbookPlan(programme, { year: YEAR, summary, values: entries });
  return writeXlsx(plan);
}

export async function prepareInputs(areas: number, rowsPerArea: number): Promise<BenchInputs> {
  const programme = syntheticProgramme(areas, rowsPerArea);
  const summary = summarise(programme, [], { year: YEAR, choices: {} });
  const generatedGrids = planGrids(buildWorkbookPlan(programme, { year: YEAR, summary }));
  const filled = await generate(programme, fill(programme));
  const cellCount = generatedGrids.reduce((n, g) => n + g.cells.reduce((m, r) => m + r.length, 0), 0);
  const { master, copies } = await departmentCopies(programme);
  return { programme, filled, generatedGrids, cellCount, master, copies };
}

/**
 * The master as generated, and one copy per department (split) with the department's own rows
 * filled in, each a file as the department sends it back.
 */
async function departmentCopies(programme: Programme): Promise<{ master: Buffer; copies: Buffer[] }> {
  const now = new Date("2019-11-01T08:00:00Z");
  const master = await generate(programme);
  const read = readWorkbook(await readXlsx(master));
  const sent = enteredValues(read);
  const entries = fill(programme);
  const copies: Buffer[] = [];
  for (const department of departmentsWithRows(programme, YEAR, sent)) {
    const copy = copyInfoFor({ programme, year: YEAR, values: sent, masterGeneratedAt: "", department, now });
    const values = new Map(sent);
    for (const id of copy.owned) values.set(id, { ...sent.get(id), ...entries.get(id) });
    const { plan } = followupPlan({
      programme,
      year: YEAR,
      values,
      choices: {},
      retired: [],
      closed: false,
      now,
      copy,
    });
    copies.push(await writeXlsx(plan));
  }
  return { master, copies };
}

/** Saves the inputs so a child process can load only what its case needs. */
export function saveInputs(inputs: BenchInputs, folder: string): void {
  writeFileSync(join(folder, "programme.json"), JSON.stringify(inputs.programme));
  writeFileSync(join(folder, "filled.xlsx"), inputs.filled);
  writeFileSync(join(folder, "grids.json"), JSON.stringify(inputs.generatedGrids));
  writeFileSync(join(folder, "master.xlsx"), inputs.master);
  inputs.copies.forEach((c, i) => writeFileSync(join(folder, `copy-${i}.xlsx`), c));
  writeFileSync(join(folder, "copies.json"), JSON.stringify(inputs.copies.length));
}

export function loadInputs(folder: string, name: CaseName): BenchInputs {
  const programme = ProgrammeSchema.parse(JSON.parse(readFileSync(join(folder, "programme.json"), "utf8")));
  const reads = name === "check" || name === "floorRead" || name === "rewrite" || name === "rewriteDropping";
  const filled = reads ? readFileSync(join(folder, "filled.xlsx")) : Buffer.alloc(0);
  const generatedGrids: PlainGrid[] =
    name === "floorWrite" ? (JSON.parse(readFileSync(join(folder, "grids.json"), "utf8")) as PlainGrid[]) : [];
  const merges = name === "merge" || name === "readCopies";
  const master = merges ? readFileSync(join(folder, "master.xlsx")) : Buffer.alloc(0);
  const count = merges ? Number(JSON.parse(readFileSync(join(folder, "copies.json"), "utf8"))) : 0;
  const copies = Array.from({ length: count }, (_, i) => readFileSync(join(folder, `copy-${i}.xlsx`)));
  return { programme, filled, generatedGrids, cellCount: 0, master, copies };
}

async function floorWrite(inputs: BenchInputs): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of inputs.generatedGrids) {
    const sheet = workbook.addWorksheet(grid.name);
    sheet.addRows(grid.cells.map((r) => [...r]));
  }
  await workbook.xlsx.writeBuffer();
}

async function floorRead(inputs: BenchInputs): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(inputs.filled as unknown as ArrayBuffer);
  const grids: CellScalar[][][] = [];
  workbook.eachSheet((sheet) => {
    const rows: CellScalar[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: CellScalar[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        values.push(typeof v === "object" && v !== null ? String(v) : (v ?? null));
      });
      rows.push(values);
    });
    grids.push(rows);
  });
}

async function check(inputs: BenchInputs): Promise<void> {
  const read = readWorkbook(await readXlsx(inputs.filled));
  const findings = checkWorkbook(read, read.programme ?? inputs.programme);
  if (findings.length === 0 && read.areaSheets.length === 0) {
    throw new Error("check read nothing");
  }
}

/**
 * What `summary --write` does to a filled workbook: read, plan, write; with `keep`, also telling
 * people's own sheets and cells from the product's and carrying them into the file.
 */
async function rewriteWorkbook(inputs: BenchInputs, keep: boolean): Promise<void> {
  const source = await readXlsxSource(inputs.filled);
  const read = readWorkbook(source.grids);
  const programme = read.programme ?? inputs.programme;
  const kept = planUpdate(read, programme);
  if (!kept.ok) throw new Error("rewrite: rows could not be matched");
  const content = {
    programme,
    year: YEAR,
    values: kept.values,
    choices: kept.choices,
    retired: kept.retired,
    closed: false,
    now: new Date("2020-01-20T10:00:00Z"),
  };
  const { plan } = followupPlan(content);
  if (!keep) {
    await writeXlsx(plan);
    return;
  }
  // The command line plans the workbook as it stands to tell the product's cells from people's.
  const before = followupPlan(content).plan;
  const result = planKeptContent({ grids: source.grids, read, before, after: plan, extras: source.extras });
  if (!result.ok) throw new Error("rewrite: own content could not be kept");
  await writeXlsx(plan, { source, kept: result.kept });
}

/** The floor of a merge: our reader reading the master and every copy, nothing more. */
async function readCopies(inputs: BenchInputs): Promise<void> {
  for (const file of [inputs.master, ...inputs.copies]) {
    const read = readWorkbook((await readXlsxSource(file)).grids);
    if (read.areaSheets.length === 0) throw new Error("read nothing");
  }
}

/** What `followup merge MASTER COPY…` does: read them all, merge, and write the master with its report sheet. */
async function merge(inputs: BenchInputs): Promise<void> {
  const source = await readXlsxSource(inputs.master);
  const read = readWorkbook(source.grids);
  const programme = read.programme ?? inputs.programme;
  const copies = [];
  for (const [i, file] of inputs.copies.entries()) {
    copies.push({ name: `copy-${i}.xlsx`, read: readWorkbook((await readXlsxSource(file)).grids) });
  }
  const result = planMerge(read, programme, YEAR, copies, null);
  if (!result.ok || result.report.copies.every((c) => c.taken.length === 0)) throw new Error("merge took nothing");
  const now = new Date("2019-11-20T10:00:00Z");
  const content = { programme, year: YEAR, choices: read.choices, retired: [], closed: false, now };
  const before = followupPlan({ ...content, values: enteredValues(read) }).plan;
  const merge = buildMergeSheet(result.report, programme.name.text, YEAR, "2019-11-20");
  const { plan } = followupPlan({ ...content, values: result.values, merge });
  const kept = planKeptContent({ grids: source.grids, read, before, after: plan, extras: source.extras });
  if (!kept.ok) throw new Error("merge: own content could not be kept");
  await writeXlsx(plan, { source, kept: kept.kept });
}

export const CASES = {
  generate: async (inputs: BenchInputs): Promise<void> => {
    await generate(inputs.programme);
  },
  floorWrite,
  check,
  floorRead,
  rewrite: (inputs: BenchInputs): Promise<void> => rewriteWorkbook(inputs, true),
  rewriteDropping: (inputs: BenchInputs): Promise<void> => rewriteWorkbook(inputs, false),
  merge,
  readCopies,
} as const;

export type CaseName = keyof typeof CASES;

// The value is read so the optimiser cannot drop the floor's conversion.
export const _keep = displayValue;
