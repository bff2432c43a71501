import { copyInfoFor, departmentsWithRows, enteredValues, followupPlan, planMerge } from "../../core";
import type { CopyToMerge, Lang, MergeDecisions } from "../../core";
import { fileName } from "../../app/file-names";
import { guardRefusal } from "../../app/guards";
import { ownError } from "../errors";
import { XLSX_MIME } from "../files";
import type { RunState } from "../run";
import type { DepartmentCopy, FileWriters, MergeOutcome } from "../../app/service";
import { takeSnapshot } from "../snapshot";
import { WriteSession } from "../write-session";
import { queueRowCellWrites, type RowCellWrite } from "../row-cell-writes";
import { requireFollowup } from "./read-state";
import { locatedRows } from "./rows";
import { refuseFor } from "./guards";

/**
 * One workbook per department (as `followup split`), written in the browser (ExcelJS, loaded on
 * first use): the whole programme, only the department's rows unlocked, and what the open
 * workbook holds now recorded as the copy's base. The open workbook is only read. Syncs: 2.
 */
export async function splitCopies(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  departments: readonly string[] | null,
  now: Date,
  writers: FileWriters
): Promise<{ year: number; copies: DepartmentCopy[] }> {
  const snapshot = await takeSnapshot(context, state);
  const { programme, meta } = requireFollowup(snapshot.read);
  refuseFor("split", snapshot.read);
  const values = enteredValues(snapshot.read);
  const withRows = departmentsWithRows(programme, meta.year, values);
  const chosen = departments === null ? withRows : withRows.filter((d) => departments.includes(d));
  if (chosen.length === 0) throw ownError({ kind: "noDepartmentRows" });
  const copies: DepartmentCopy[] = [];
  for (const department of chosen) {
    const copy = copyInfoFor({
      programme,
      year: meta.year,
      values,
      masterGeneratedAt: meta.generatedAt,
      department,
      now,
    });
    const { plan } = followupPlan({
      programme,
      year: meta.year,
      values,
      choices: snapshot.read.choices,
      retired: snapshot.read.retired ?? [],
      closed: false,
      now,
      copy,
    });
    copies.push({
      department,
      rows: copy.owned.length,
      file: {
        bytes: await writers.xlsx(plan),
        fileName: fileName("copy", lang, { year: meta.year, department }),
        mimeType: XLSX_MIME,
      },
    });
  }
  return { year: meta.year, copies };
}

/**
 * The copies' entries into the open workbook (as `followup merge`, decided by the core's
 * planMerge against each copy's base): only the cells taken are written, so colleagues working in
 * the same workbook keep theirs; conflicts keep the workbook's value unless a decision says
 * otherwise. A copy of another programme or year refuses the whole merge (nothing written).
 * Syncs: 2 to read, 1 to write.
 */
export async function mergeCopies(
  context: Excel.RequestContext,
  state: RunState,
  copies: readonly CopyToMerge[],
  decisions: MergeDecisions
): Promise<MergeOutcome> {
  const session = new WriteSession(context, state);
  const snapshot = await takeSnapshot(context, state, session);
  const { programme, meta } = requireFollowup(snapshot.read);
  refuseFor("merge", snapshot.read);
  // As `followup merge`: each copy's own entries must be certain too, or its values could be lost.
  for (const copy of copies) {
    const refusal = guardRefusal("copyToMerge", copy.read);
    if (refusal?.kind === "entriesAtRisk") {
      throw ownError({ kind: "copyEntriesAtRisk", copy: copy.name, risks: refusal.risks });
    }
  }
  const result = planMerge(snapshot.read, programme, meta.year, copies, null, decisions);
  if (!result.ok) {
    await session.close();
    return { ok: false, refusals: result.refusals };
  }
  const rows = locatedRows(snapshot.read, programme);
  const writes: RowCellWrite[] = [];
  for (const taken of result.report.copies.flatMap((c) => c.taken)) {
    const located = rows.get(taken.rowId);
    const column = located?.sheet.columns[taken.column];
    if (located === undefined || column === undefined) continue;
    const value = result.values.get(taken.rowId)?.[taken.column] ?? null;
    writes.push({ sheet: located.sheet.sheet, row: located.row.rowNumber, column, key: taken.column, value });
  }
  const written = await queueRowCellWrites(context, snapshot, session, writes);
  await session.close();
  return { ok: true, report: result.report, written };
}
