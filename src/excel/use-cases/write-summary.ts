import { SUMMARY_SHEET } from "../../core";
import { summarySheetAfterEdits } from "../../app/summary-write";
import { gridNamed, diffSheet, replaceSheet, tableFits, type SheetWriter } from "../own-sheets";
import { ProtectionGuard } from "../protection";
import type { RunState } from "../run";
import type { ChoiceEdit } from "../../app/service";
import { findSheet } from "../sheets";
import { takeSnapshot } from "../snapshot";
import { WriteSession } from "../write-session";
import { requireFollowup } from "./read-state";
import { refuseFor } from "./guards";

/**
 * Write the summary: the coordinator's choices merged into those in the sheet, the summary
 * computed from the rows as they stand, and only the summary sheet rewritten — only its cells that
 * change, unless its table no longer fits (then the sheet is replaced). Entered rows are not
 * touched. Syncs: 2 to read, 1 to write.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  state: RunState,
  edits: readonly ChoiceEdit[]
): Promise<void> {
  const session = new WriteSession(context, state);
  const snapshot = await takeSnapshot(context, state, session);
  const { programme, meta } = requireFollowup(snapshot.read);
  // As `followup summary --write`: a closed year is locked.
  refuseFor("writeSummary", snapshot.read);
  const plan = summarySheetAfterEdits(snapshot.read, programme, meta, edits);
  const w: SheetWriter = { context, session, guard: new ProtectionGuard(state), snapshot };
  const info = findSheet(snapshot.sheets, SUMMARY_SHEET);
  const grid = info === undefined ? undefined : gridNamed(snapshot, info.name);
  if (info !== undefined && grid !== undefined && tableFits(snapshot, info.name, plan)) {
    await diffSheet(w, info, plan, grid);
  } else {
    const { ws, finish } = await replaceSheet(w, info, plan, `${SUMMARY_SHEET} (ny)`);
    finish();
    ws.position = 0;
  }
  await session.close();
}
