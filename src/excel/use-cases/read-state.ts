import {
  checkWorkbook,
  closedEditFindings,
  collectEntries,
  DATA_SHEET,
  summarise,
  summaryFormulaFindings,
} from "../../core";
import type { Programme, WorkbookMeta, WorkbookRead } from "../../core";
import { ownError } from "../errors";
import type { RunState } from "../run";
import type { FollowupState } from "../../app/service";
import { takeSnapshot, type Snapshot } from "../snapshot";

/** The programme and meta a follow-up workbook must carry; otherwise it is no follow-up workbook. */
export function requireFollowup(read: WorkbookRead): { programme: Programme; meta: WorkbookMeta } {
  if (read.programme === null || read.meta === null) {
    throw ownError({ kind: "notAFollowupWorkbook", sheet: DATA_SHEET });
  }
  return { programme: read.programme, meta: read.meta };
}

export function stateOf(snapshot: Snapshot): FollowupState {
  const { programme, meta } = requireFollowup(snapshot.read);
  const entries = collectEntries(snapshot.read, programme);
  const choices = snapshot.read.choices;
  return {
    meta,
    programme,
    entries,
    findings: [
      ...checkWorkbook(snapshot.read, programme),
      ...summaryFormulaFindings(snapshot.read),
      ...closedEditFindings(snapshot.read),
    ],
    summary: summarise(programme, entries, { year: meta.year, choices }),
    choices,
    ready: snapshot.settings.ready,
  };
}

/** Read (check): the whole workbook, entries, findings and summary. Syncs: 2. */
export async function readState(context: Excel.RequestContext, state: RunState): Promise<FollowupState> {
  return stateOf(await takeSnapshot(context, state));
}
