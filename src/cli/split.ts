import * as path from "node:path";
import { copyInfoFor, departmentsWithRows, enteredValues } from "../core";
import { flag, listOption } from "./args";
import { positionals, requiredOption } from "./command-args";
import { EXIT_OK, type CommandSpec } from "./context";
import { inputError, refusedError, usageError } from "./errors";
import { loadWorkbook, type LoadedWorkbook } from "./load";
import { ensureWritable, writeNewFile } from "./safe-write";
import { buildWorkbookFile } from "./workbook-file";
import { refuseFor } from "./guards";

const USAGE = "split FILE.xlsx --out DIR [--department CODE ...] [--force]";

/** "uppfoljning-2019.xlsx" and KSF → "uppfoljning-2019-KSF.xlsx": a department code as a safe file name part. */
function copyName(master: string, department: string): string {
  const stem = path.basename(master).replace(/\.xlsx$/i, "");
  const safe = department.replace(/[^A-Za-z0-9ÅÄÖåäö_-]+/g, "_");
  return `${stem}-${safe}.xlsx`;
}

function chosenDepartments(loaded: LoadedWorkbook, given: readonly string[]): string[] {
  const withRows = departmentsWithRows(loaded.programme, loaded.year, enteredValues(loaded.read));
  if (given.length === 0) return withRows;
  const known = loaded.programme.departments.map((d) => d.code);
  const out: string[] = [];
  for (const code of given) {
    const match = known.find((k) => k.toLowerCase() === code.toLowerCase());
    if (match === undefined) throw usageError("splitUnknownDepartment", { code, known: known.join(", ") });
    if (!withRows.includes(match)) throw usageError("splitDepartmentNoRows", { code: match });
    if (!out.includes(match)) out.push(match);
  }
  return out;
}

/**
 * `followup split FILE.xlsx --out DIR`: one workbook per department, for those who collect the
 * year's entries by e-mail. Each copy holds the whole programme for context with only the
 * department's rows unlocked, and records its department, the master's programme and year, and
 * the master's entries at the split, so that `followup merge` can tell who changed what.
 *
 * --json prints: {"command": "split", "ok": true, "file": string, "year": number,
 *   "copies": [{"department": string, "rows": number, "file": string}]}
 */
export const splitCommand: CommandSpec = {
  name: "split",
  usage: USAGE,
  options: { out: "string", department: "strings", force: "boolean" },
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const outName = requiredOption(args, "out", "split", USAGE);
    const folder = ctx.file(outName);
    const loaded = await loadWorkbook(ctx, file);
    refuseFor(ctx, "split", loaded, file);
    const departments = chosenDepartments(loaded, listOption(args, "department"));
    if (departments.length === 0) throw refusedError("splitNoDepartments", { file: file.shown });

    await ctx.fs.mkdir(folder.abs, { recursive: true }).catch((error: unknown) => {
      throw inputError("writeFailed", {
        file: folder.shown,
        detail: error instanceof Error ? error.message : String(error),
        original: file.shown,
      });
    });
    const targets = departments.map((d) => ({
      department: d,
      out: ctx.file(path.join(outName, copyName(file.abs, d))),
    }));
    for (const t of targets) await ensureWritable(ctx, t.out, flag(args, "force"), [file]);

    const values = enteredValues(loaded.read);
    const made: { department: string; rows: number; file: string }[] = [];
    for (const t of targets) {
      const copy = copyInfoFor({
        programme: loaded.programme,
        year: loaded.year,
        values,
        masterGeneratedAt: loaded.read.meta?.generatedAt ?? "",
        department: t.department,
        now: ctx.now(),
      });
      const { data } = await buildWorkbookFile({
        programme: loaded.programme,
        year: loaded.year,
        values,
        choices: loaded.read.choices,
        retired: loaded.read.retired ?? [],
        closed: false,
        now: ctx.now(),
        copy,
      });
      await writeNewFile(ctx, t.out, data, file);
      made.push({ department: t.department, rows: copy.owned.length, file: t.out.shown });
    }

    ctx.say("splitDone", { count: made.length, folder: folder.shown, year: loaded.year });
    const width = Math.max(...made.map((m) => m.department.length));
    for (const m of made) {
      ctx.print(`  ${m.department.padEnd(width)}  ${ctx.t("splitRows", { count: m.rows })}  ${m.file}`);
    }
    ctx.say("splitNext", { file: file.shown });
    ctx.printJson({ command: "split", ok: true, file: file.shown, year: loaded.year, copies: made });
    return EXIT_OK;
  },
};
