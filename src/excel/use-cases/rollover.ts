import type { Lang, Programme } from "../../core";
import { fileName } from "../../app/file-names";
import { planRolloverWorkbook } from "../../app/rollover";
import type { AddinFile, FileWriters, RolloverOutcome } from "../../app/service";
import { XLSX_MIME } from "../files";
import type { RunState } from "../run";
import { takeSnapshot } from "../snapshot";
import { ownError } from "../errors";
import { requireFollowup } from "./read-state";
import { validProgramme } from "./valid-programme";

/** A roll-over outcome before Excel is asked to open the file. */
export type RolloverFile =
  | {
      readonly ok: true;
      readonly year: number;
      readonly file: AddinFile;
      readonly carried: number;
      readonly closedRows: number;
    }
  | Extract<RolloverOutcome, { ok: false }>;

/**
 * Next year's workbook from this one, as `followup rollover [--programme]` (the application
 * layer's planRolloverWorkbook decides for both), written as .xlsx in the browser (ExcelJS, loaded
 * on first use) with people's own sheets and cells (values and formulas: the add-in reads no
 * formats). The open workbook is only read. Refused, with the reason, for a department's copy,
 * for any year but the next one, or one the programme does not cover. Syncs: 2.
 */
export async function rolloverFile(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  year: number,
  now: Date,
  writers: FileWriters,
  programme?: Programme
): Promise<RolloverFile> {
  const snapshot = await takeSnapshot(context, state);
  const current = requireFollowup(snapshot.read);
  const planned = planRolloverWorkbook(
    { read: snapshot.read, programme: current.programme, year: current.meta.year, grids: snapshot.grids, extras: [] },
    { year, programme: programme === undefined ? null : validProgramme(programme, lang), now }
  );
  if (!planned.ok && planned.reason === "guard") throw ownError(planned.refusal);
  if (!planned.ok && planned.reason === "keptContent")
    throw ownError({ kind: "keptContentAtRisk", problems: planned.problems });
  if (!planned.ok) return { ok: false, year, refusal: planned.refusal };
  const { plan, kept } = planned.rewrite;
  return {
    ok: true,
    year,
    file: {
      bytes: await writers.xlsx(plan, { grids: snapshot.grids, kept }),
      fileName: fileName("nextYear", lang, { year }),
      mimeType: XLSX_MIME,
    },
    carried: planned.report.carried.length,
    closedRows: planned.report.closed.length,
  };
}
