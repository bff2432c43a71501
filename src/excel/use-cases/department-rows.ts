import { textOf } from "../../core";
import type { RunState } from "../run";
import type { DepartmentRow } from "../../app/service";
import { takeSnapshot } from "../snapshot";
import { requireFollowup } from "./read-state";
import { departmentOf, locatedRows, rowTypeOf } from "./rows";

/** The rows a department answers for, with their input cells as they stand. Syncs: 2. */
export async function departmentRows(
  context: Excel.RequestContext,
  state: RunState,
  department: string
): Promise<DepartmentRow[]> {
  const snapshot = await takeSnapshot(context, state);
  const { programme } = requireFollowup(snapshot.read);
  const wanted = department.trim().toLowerCase();
  const out: DepartmentRow[] = [];
  for (const located of locatedRows(snapshot.read, programme).values()) {
    const type = rowTypeOf(located);
    if (type === null || departmentOf(located)?.toLowerCase() !== wanted || located.sheet.areaId === null) continue;
    const cells = located.row.cells;
    const p = located.programmeRow;
    out.push({
      rowId: located.id,
      areaId: located.sheet.areaId,
      sheet: located.sheet.sheet,
      type,
      text: p?.text.text ?? textOf(cells.text) ?? "",
      textIsExample: p?.text.provenance === "example",
      status: cells.status,
      done: cells.done,
      comment: cells.comment,
      value: cells.value,
      lastYear: cells.lastYear,
      lastStatus: cells.lastStatus,
      lastDone: cells.lastDone,
      unit: p?.indicator?.unit ?? textOf(cells.unit),
      target: p?.indicator?.target ?? null,
    });
  }
  return out;
}
