import { defaultProgramme } from "../core";
import { flag, stringOption } from "./args";
import {
  defaultYear,
  ensureYearInPeriod,
  parseYear,
  positionals,
  requiredOption,
  requireXlsxName,
} from "./command-args";
import { EXIT_OK, type CommandSpec } from "./context";
import { loadProgramme } from "./load";
import { ensureWritable, writeNewFile } from "./safe-write";
import { buildWorkbookFile, rowCount } from "./workbook-file";

const USAGE = "generate [--programme FILE.json] [--year YYYY] --out FILE.xlsx [--force]";

/**
 * `followup generate`: an empty follow-up workbook for a programme and year.
 *
 * --json prints: {"command": "generate", "ok": true, "file": string, "year": number,
 *   "programme": string, "areas": number, "rows": number}
 */
export const generateCommand: CommandSpec = {
  name: "generate",
  usage: USAGE,
  options: { programme: "string", year: "string", out: "string", force: "boolean" },
  async run(ctx, args) {
    positionals(args, [], USAGE);
    const outName = requiredOption(args, "out", "generate", USAGE);
    requireXlsxName(outName);
    const out = ctx.file(outName);
    const requestedYear = parseYear(stringOption(args, "year"));
    const programmeName = stringOption(args, "programme");
    const programme = programmeName === null ? defaultProgramme() : await loadProgramme(ctx, ctx.file(programmeName));
    const year = requestedYear ?? defaultYear(programme);
    ensureYearInPeriod(year, programme, programmeName ?? "");
    await ensureWritable(ctx, out, flag(args, "force"));

    const { data } = await buildWorkbookFile({
      programme,
      year,
      values: new Map(),
      choices: {},
      retired: [],
      closed: false,
      now: ctx.now(),
    });
    await writeNewFile(ctx, out, data);

    const facts = {
      file: out.shown,
      year,
      programme: programme.name.text,
      areas: programme.areas.length,
      rows: rowCount(programme),
    };
    ctx.say("generated", facts);
    ctx.say("generatedNext");
    ctx.printJson({ command: "generate", ok: true, ...facts });
    return EXIT_OK;
  },
};
