import {
  buildDecisionMemo,
  checkWorkbook,
  closedEditFindings,
  draftMark,
  isIsoDay,
  localIsoDay,
  renderFinding,
} from "../core";
import type { ReportLogo } from "../core";
import { imageSize } from "../files/image-size";
import { inputError } from "./errors";
import { flag, stringOption } from "./args";
import { positionals, requireXlsxName } from "./command-args";
import { EXIT_ERRORS, EXIT_OK, type CommandContext, type CommandSpec, type FileArg } from "./context";
import { findingLine } from "./check";
import { usageError } from "./errors";
import { loadWorkbook, oneLine, readInputFile } from "./load";
import { buildReportFiles } from "./report-files";
import { ensureWritable, writeNewFile } from "./safe-write";

const USAGE =
  "export FILE.xlsx --docx OUT.docx [--memo OUT.docx] [--xlsx OUT.xlsx] [--dnr DNR] [--date YYYY-MM-DD] [--officer NAME] [--committee NAME] [--logo FILE.png] [--draft] [--force]";

/** How many of the check's errors a refused export names (the check lists all). */
const ERRORS_NAMED = 10;

function requireDocxName(file: string): void {
  if (!/\.docx$/i.test(file)) {
    throw usageError("wrongExtension", { file, extension: ".docx" });
  }
}

/** The logo for the cover: a PNG or JPEG file, or a one-line error naming it. */
async function readLogo(ctx: CommandContext, name: string | null): Promise<ReportLogo | null> {
  if (name === null) {
    return null;
  }
  const file = ctx.file(name);
  const data = await readInputFile(ctx, file);
  const size = imageSize(data);
  if (size === null) {
    throw inputError("logoNotImage", { file: file.shown });
  }
  return { data, type: size.type };
}

function parseDate(value: string | null): string | null {
  if (value === null) {
    return null;
  }
  if (!isIsoDay(value.trim())) {
    throw usageError("badDate", { value });
  }
  return value.trim();
}

/**
 * `followup export FILE.xlsx --docx OUT.docx [--xlsx OUT.xlsx]`: the committee report as Word
 * (in the language of --lang) and, with --xlsx, the print-ready summary. FILE.xlsx is only read,
 * so a closed year exports too. The outputs must be new files unless --force. While the check
 * finds errors the export is refused (exit 1, nothing written, the first errors named); --draft
 * exports anyway with every page marked "Utkast – kontrollen hittar N fel".
 *
 * --json prints: {"command": "export", "ok": true, "file": string, "year": number,
 *   "docx": string | null, "xlsx": string | null, "lang": "sv" | "en", "errors": number,
 *   "notReported": number, "overallIsDraft": boolean, "deviations": number, "draft": boolean}
 * or, refused: {"command": "export", "ok": false, "file": string, "errors": number,
 *   "findings": [{"code", "sheet", "cell", "rowId", "message"}]}
 */
export const exportCommand: CommandSpec = {
  name: "export",
  usage: USAGE,
  options: {
    docx: "string",
    memo: "string",
    xlsx: "string",
    dnr: "string",
    date: "string",
    officer: "string",
    committee: "string",
    logo: "string",
    draft: "boolean",
    force: "boolean",
  },
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const docxName = stringOption(args, "docx");
    const memoName = stringOption(args, "memo");
    const xlsxName = stringOption(args, "xlsx");
    if (docxName === null && xlsxName === null && memoName === null) {
      throw usageError("exportNeedsOutput", { usage: USAGE });
    }
    if (docxName !== null) {
      requireDocxName(docxName);
    }
    if (memoName !== null) {
      requireDocxName(memoName);
    }
    if (xlsxName !== null) {
      requireXlsxName(xlsxName);
    }
    const date = parseDate(stringOption(args, "date")) ?? localIsoDay(ctx.now());
    const force = flag(args, "force");
    const docx: FileArg | null = docxName === null ? null : ctx.file(docxName);
    const xlsx: FileArg | null = xlsxName === null ? null : ctx.file(xlsxName);
    const memo: FileArg | null = memoName === null ? null : ctx.file(memoName);
    for (const out of [docx, xlsx, memo]) {
      if (out !== null) {
        await ensureWritable(ctx, out, force, [file]);
      }
    }

    const loaded = await loadWorkbook(ctx, file);
    const errorFindings = checkWorkbook(loaded.read, loaded.programme).filter((f) => f.severity === "error");
    const errors = errorFindings.length;
    if (errors > 0 && !flag(args, "draft")) {
      ctx.say("exportRefusedErrors", { count: errors, file: file.shown });
      for (const f of errorFindings.slice(0, ERRORS_NAMED)) {
        ctx.print(`  ${findingLine(ctx, f)}`);
      }
      if (errors > ERRORS_NAMED) {
        ctx.say("exportMoreErrors", { count: errors - ERRORS_NAMED, file: file.shown });
      }
      ctx.say("exportRefusedHint", { file: file.shown });
      ctx.printJson({
        command: "export",
        ok: false,
        file: file.shown,
        errors,
        findings: errorFindings.map((f) => ({
          code: f.code,
          sheet: f.sheet,
          cell: f.cell,
          rowId: f.rowId,
          message: oneLine(renderFinding(f, ctx.lang)),
        })),
      });
      return EXIT_ERRORS;
    }
    const files = await buildReportFiles(loaded, ctx.lang, {
      date,
      dnr: stringOption(args, "dnr"),
      draftErrors: errors,
      caseOfficer: stringOption(args, "officer"),
      committee: stringOption(args, "committee"),
      logo: await readLogo(ctx, stringOption(args, "logo")),
    });
    if (docx !== null) {
      await writeNewFile(ctx, docx, files.docx, file);
      ctx.say("exportReport", { file: docx.shown });
    }
    if (xlsx !== null) {
      await writeNewFile(ctx, xlsx, files.printSummary, file);
      ctx.say("exportPrintSummary", { file: xlsx.shown });
    }
    if (memo !== null) {
      const { writeDecisionMemo } = await import("../files/docx-memo");
      await writeNewFile(
        ctx,
        memo,
        await writeDecisionMemo(buildDecisionMemo(loaded.programme, files.model, ctx.lang)),
        file
      );
      ctx.say("exportMemo", { file: memo.shown });
    }
    const notReported = files.summary.totals.rows - files.summary.totals.reported;
    if (files.model.summary.overall.isDraft) {
      ctx.say("exportDraft");
    }
    if (notReported > 0) {
      ctx.say("exportNotReported", { count: notReported });
    }
    const drafted = [...files.model.areas, ...files.model.guidelines.parts]
      .filter((a) => a.done.source === "draft" && a.done.paragraphs.length > 0)
      .map((a) => a.areaId);
    if (drafted.length > 0) {
      ctx.say("exportDoneDrafted", { areas: drafted.join(", ") });
    }
    if (errors > 0) {
      ctx.say("exportDraftMarked", { mark: draftMark(errors, ctx.lang) ?? "", file: file.shown });
    }
    for (const edited of closedEditFindings(loaded.read)) {
      ctx.print(oneLine(renderFinding(edited, ctx.lang)));
    }
    ctx.printJson({
      command: "export",
      ok: true,
      file: file.shown,
      year: loaded.year,
      docx: docx?.shown ?? null,
      xlsx: xlsx?.shown ?? null,
      memo: memo?.shown ?? null,
      lang: ctx.lang,
      errors,
      notReported,
      overallIsDraft: files.model.summary.overall.isDraft,
      deviations: files.model.summary.deviations.length,
      doneDrafted: drafted,
      draft: errors > 0,
    });
    return EXIT_OK;
  },
};
