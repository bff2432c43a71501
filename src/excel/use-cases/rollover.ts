import { refuseIfEntriesAtRisk } from "./entries-guard";
import {
  followupPlan,
  planAsItStands,
  planKeptContent,
  planRollover,
  renderKeepProblem,
  renderRolloverRefusal,
  rolloverContent,
} from "../../core";
import type { Lang, Programme } from "../../core";
import { XLSX_MIME } from "../files";
import type { RunState } from "../run";
import type { FileWriters, AddinFile, RolloverOutcome } from "../service";
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
 * loaded on first use). The open workbook is only read. Refused, with the reason in the user's
 * language, for any year but the next one, or one the programme does not cover. Syncs: 2.
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
  refuseIfEntriesAtRisk(snapshot.read, lang);
  const result = planRollover(snapshot.read, {
    year,
    programme: programme === undefined ? undefined : validProgramme(programme, lang),
  });
  if (!result.ok) {
    const reason =
      result.refusal.reason === "pastPeriod"
        ? PAST_PERIOD[lang](result.refusal.params)
        : renderRolloverRefusal(result.refusal, lang);
    return { ok: false, year, reason };
  }
  const { plan } = followupPlan(rolloverContent(result, now));
  // The sheets and cells people added come along, as the command line's roll-over keeps them
  // (values and formulas: the add-in reads no formats); what cannot be placed is refused.
  const current = requireFollowup(snapshot.read, lang);
  const keep = planKeptContent({
    grids: snapshot.grids,
    read: snapshot.read,
    before: planAsItStands(snapshot.read, current.programme, current.meta.year, now),
    after: plan,
    extras: [],
  });
  if (!keep.ok) {
    const lines = keep.problems.map((p) => renderKeepProblem(p, lang));
    throw ownError("keptContentAtRisk", lang, { first: lines[0] ?? "", count: lines.length });
  }
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

type Params = Readonly<Record<string, string | number>>;

/** The command line's words name its --programme option; the task pane says what to do instead. */
const PAST_PERIOD: Readonly<Record<Lang, (p: Params) => string>> = {
  sv: (p) =>
    `programperioden ${String(p["from"])}–${String(p["to"])} är slut, så ${String(p["year"])} hör inte till programmet. Välj det nya programmet under Nästa år.`,
  en: (p) =>
    `the programme period ${String(p["from"])}–${String(p["to"])} has ended, so ${String(p["year"])} is not part of the programme. Choose the new programme under Next year.`,
};
