import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  copyInfoIn,
  formatPercent,
  planUpdate,
  renderReason,
  symbolOf,
  termByCode,
} from "../core";
import type { Assessment, Counts, KeptContent, Lang, Programme, Reopening, Suggestion, Summary } from "../core";
import { summaryAsItStands } from "../app/committee-report";
import { flag, stringOption } from "./args";
import { positionals, requireXlsxName } from "./command-args";
import { conflictJson, printConflicts } from "./conflicts";
import { EXIT_ERRORS, EXIT_OK, type CommandContext, type CommandSpec, type FileArg } from "./context";
import { usageError } from "./errors";
import { table } from "./format";
import { loadWorkbook, type LoadedWorkbook } from "./load";
import { buildWorkbookFile } from "./workbook-file";
import { keptJson, sayKept } from "./kept-content";
import { writeResult, type Written } from "./write-result";
import { refuseFor } from "./guards";

const USAGE = "summary FILE.xlsx [--write] [--out NEW.xlsx] [--force]";

export function assessmentLabel(code: Assessment, lang: Lang): string {
  const term = termByCode(ASSESSMENT, code);
  return `${symbolOf(term)} ${term[lang]}`;
}

function countsText(counts: Counts, codes: readonly string[]): string {
  return codes.map((c) => String(counts[c] ?? 0)).join("/");
}

function suggestionJson(s: Suggestion, lang: Lang): Record<string, unknown> {
  return { assessment: s.assessment, label: termByCode(ASSESSMENT, s.assessment)[lang], reason: renderReason(s, lang) };
}

/** The summary as printed: areas, reasons, departments, overall. */
export function printSummary(ctx: CommandContext, summary: Summary): void {
  const share = (v: number | null): string => (v === null ? ctx.t("notAssessed") : formatPercent(v, ctx.lang));
  const chosen = (a: Assessment | null): string => (a === null ? ctx.t("notAssessed") : assessmentLabel(a, ctx.lang));
  const areaRows = summary.areas.map((a) => [
    a.areaId,
    a.name.length > 40 ? `${a.name.slice(0, 39)}…` : a.name,
    String(a.rows),
    String(a.reported),
    countsText(
      a.activities,
      ACTIVITY_STATUS.map((t) => t.code)
    ),
    countsText(
      a.goals,
      ASSESSMENT.map((t) => t.code)
    ),
    share(a.shareOnTrack),
    assessmentLabel(a.suggestion.assessment, ctx.lang),
    chosen(a.chosen),
  ]);
  const lines = table(
    [
      { header: "ID" },
      { header: ctx.t("colArea") },
      { header: ctx.t("colRows"), align: "right" },
      { header: ctx.t("colReported"), align: "right" },
      { header: ctx.t("colActivities") },
      { header: ctx.t("colGoals") },
      { header: ctx.t("colOnTrack"), align: "right" },
      { header: ctx.t("colSuggestion") },
      { header: ctx.t("colChosen") },
    ],
    areaRows
  );
  lines.forEach((l) => ctx.print(l));
  ctx.print();
  ctx.say("reasonsHeading");
  for (const a of summary.areas) {
    ctx.print(`  ${a.areaId}: ${renderReason(a.suggestion, ctx.lang)}`);
  }
  ctx.print();
  ctx.say("departmentsHeading");
  table(
    [
      { header: ctx.t("colDepartment") },
      { header: ctx.t("colFilled"), align: "right" },
      { header: ctx.t("colShare"), align: "right" },
    ],
    summary.departments.map((d) => [d.department, `${d.filled}/${d.owned}`, formatPercent(d.share, ctx.lang)])
  ).forEach((l) => ctx.print(`  ${l}`));
  ctx.print();
  ctx.say("overallSuggestion", {
    label: assessmentLabel(summary.overall.suggestion.assessment, ctx.lang),
    reason: renderReason(summary.overall.suggestion, ctx.lang),
  });
  if (summary.overall.chosen !== null) {
    ctx.say("overallChosen", {
      label: assessmentLabel(summary.overall.chosen, ctx.lang),
      text: summary.overall.text ?? "",
    });
  } else {
    ctx.say("overallNotChosen");
  }
}

export function summaryJson(summary: Summary, lang: Lang): Record<string, unknown> {
  return {
    year: summary.year,
    areas: summary.areas.map((a) => ({
      id: a.areaId,
      kind: a.kind,
      name: a.name,
      rows: a.rows,
      reported: a.reported,
      activities: a.activities,
      goals: a.goals,
      indicators: a.indicators,
      shareOnTrack: a.shareOnTrack,
      suggestion: suggestionJson(a.suggestion, lang),
      chosen: a.chosen,
      text: a.text,
    })),
    departments: summary.departments,
    overall: {
      suggestion: suggestionJson(summary.overall.suggestion, lang),
      chosen: summary.overall.chosen,
      text: summary.overall.text,
      draftText: summary.overall.draftText,
    },
    totals: summary.totals,
  };
}

/** The roll-up of a workbook as it stands. */
export function summaryOf(loaded: LoadedWorkbook): Summary {
  return summaryAsItStands(loaded);
}

export type RewriteOutcome =
  | { ok: true; written: Written; summary: Summary; kept: KeptContent | null }
  | { ok: false; conflicts: ReturnType<typeof conflictJson>[] };

/**
 * Rebuilds a workbook from its own programme with every entered value and choice kept, and a
 * fresh summary sheet; `closed` marks (and locks) the year. Refuses (and names the rows) where a
 * row could not be carried over.
 */
export async function rewriteWithSummary(
  ctx: CommandContext,
  loaded: LoadedWorkbook,
  original: FileArg,
  out: FileArg | null,
  force: boolean,
  closed: boolean = loaded.read.meta?.closed ?? false,
  /** Each time the year was opened again; a reopen adds one. */
  reopenings: readonly Reopening[] = loaded.read.reopenings ?? []
): Promise<RewriteOutcome> {
  const kept = planUpdate(loaded.read, loaded.programme);
  if (!kept.ok) {
    printConflicts(ctx, original, kept.conflicts);
    return { ok: false, conflicts: kept.conflicts.map((c) => conflictJson(ctx, c)) };
  }
  const built = await buildWorkbookFile(
    {
      programme: loaded.programme,
      year: loaded.year,
      values: kept.values,
      choices: kept.choices,
      retired: kept.retired,
      closed,
      now: ctx.now(),
      copy: copyInfoIn(loaded.read),
      reopenings,
    },
    { ctx, loaded, file: original, sameLayout: closed === (loaded.read.meta?.closed ?? false) }
  );
  const written = await writeResult(ctx, original, out, built.data, force);
  return { ok: true, written, summary: built.summary, kept: built.kept };
}

function programmeName(p: Programme): string {
  return p.name.text;
}

/**
 * `followup summary FILE.xlsx [--write]`: the roll-up per area and department with the suggested
 * assessments and their reasons; --write rewrites the summary sheet (keeping a backup, or to --out),
 * except in a closed year (refused, exit 1).
 *
 * --json prints: {"command": "summary", "ok": boolean, "file": string, "programme": string,
 *   "year", "areas": [{"id", "kind", "name", "rows", "reported", "activities", "goals", "indicators",
 *   "shareOnTrack", "suggestion": {"assessment", "label", "reason"}, "chosen", "text"}],
 *   "departments": [{"department", "owned", "filled", "share", "activities", "goals"}],
 *   "overall": {"suggestion", "chosen", "text", "draftText"}, "totals",
 *   "written": null | {"file", "backup"}, and "conflicts" when --write was refused}
 */
export const summaryCommand: CommandSpec = {
  name: "summary",
  usage: USAGE,
  options: { write: "boolean", out: "string", force: "boolean" },
  async run(ctx, args) {
    const [name] = positionals(args, ["FILE.xlsx"], USAGE);
    const file = ctx.file(name ?? "");
    const write = flag(args, "write");
    const outName = stringOption(args, "out");
    if (!write && outName !== null) {
      throw usageError("optionOnlyWith", { option: "--out", with: "--write" });
    }
    if (outName === null && flag(args, "force")) {
      throw usageError("optionOnlyWith", { option: "--force", with: "--out" });
    }
    if (outName !== null) {
      requireXlsxName(outName);
    }
    const loaded = await loadWorkbook(ctx, file);
    if (write) {
      refuseFor(ctx, "writeSummary", loaded, file);
    }
    const summary = summaryOf(loaded);
    ctx.say("summaryHeading", { file: file.shown, programme: programmeName(loaded.programme), year: loaded.year });
    ctx.print();
    printSummary(ctx, summary);

    let written: Written | null = null;
    let kept: KeptContent | null = null;
    if (write) {
      ctx.print();
      const outcome = await rewriteWithSummary(
        ctx,
        loaded,
        file,
        outName === null ? null : ctx.file(outName),
        flag(args, "force")
      );
      if (!outcome.ok) {
        ctx.printJson({
          command: "summary",
          ok: false,
          file: file.shown,
          programme: programmeName(loaded.programme),
          ...summaryJson(summary, ctx.lang),
          written: null,
          conflicts: outcome.conflicts,
        });
        return EXIT_ERRORS;
      }
      written = outcome.written;
      kept = outcome.kept;
      ctx.say("summaryWritten", { file: written.file });
      sayKept(ctx, kept);
      written.say();
    }
    ctx.printJson({
      command: "summary",
      ok: true,
      file: file.shown,
      programme: programmeName(loaded.programme),
      ...summaryJson(summary, ctx.lang),
      written: written === null ? null : { file: written.file, backup: written.backup },
      kept: keptJson(kept),
    });
    return EXIT_OK;
  },
};
