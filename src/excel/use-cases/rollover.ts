import { refuseIfEntriesAtRisk } from "./entries-guard";
import { followupPlan, planAsItStands, planKeptContent, planRollover, rolloverContent } from "../../core";
import type { Lang, Programme } from "../../core";
import { XLSX_MIME } from "../files";
import type { RunState } from "../run";
import type { FileWriters, AddinFile, RolloverOutcome } from "../../app/service";
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

const FILE_NAME: Readonly<Record<Lang, string>> = {
  sv: "Uppföljning {year}.xlsx",
  en: "Follow-up {year}.xlsx",
};

/**
 * Next year's workbook from this one, as `followup rollover [--programme]`: planRollover decides
 * (the workbook's programme or the `programme` given, last year's entries beside the new inputs,
 * finished activities closed), and the workbook is written as .xlsx in the browser (ExcelJS,
 * loaded on first use). The open workbook is only read. Refused, with the reason, for any year but the next one, or one the programme does not cover. Syncs: 2.
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
  refuseIfEntriesAtRisk(snapshot.read);
  const result = planRollover(snapshot.read, {
    year,
    programme: programme === undefined ? undefined : validProgramme(programme, lang),
  });
  if (!result.ok) return { ok: false, year, refusal: result.refusal };
  const { plan } = followupPlan(rolloverContent(result, now));
  // The sheets and cells people added come along, as the command line's roll-over keeps them
  // (values and formulas: the add-in reads no formats); what cannot be placed is refused.
  const current = requireFollowup(snapshot.read);
  const keep = planKeptContent({
    grids: snapshot.grids,
    read: snapshot.read,
    before: planAsItStands(snapshot.read, current.programme, current.meta.year, now),
    after: plan,
    extras: [],
  });
  if (!keep.ok) throw ownError({ kind: "keptContentAtRisk", problems: keep.problems });
  return {
    ok: true,
    year,
    file: {
      bytes: await writers.xlsx(plan, { grids: snapshot.grids, kept: keep.kept }),
      fileName: FILE_NAME[lang].replace("{year}", String(year)),
      mimeType: XLSX_MIME,
    },
    carried: result.report.carried.length,
    closedRows: result.report.closed.length,
  };
}
