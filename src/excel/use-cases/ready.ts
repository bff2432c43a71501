import { DATA_SHEET, localIsoDay } from "../../core";
import { READY_PREFIX } from "../addin-state";
import { ownError } from "../errors";
import { refuseIfClosed } from "./guards";
import { readDataSheetHead } from "./read-meta";

/**
 * Mark a department as ready: today's date under the department's own setting (see
 * addin-state.ts). Refused when the year is closed or the department is not in the programme.
 * Syncs: 2 to read the data sheet's meta and departments, 1 to write.
 */
export async function markDepartmentReady(context: Excel.RequestContext, department: string, now: Date): Promise<void> {
  const head = await readDataSheetHead(context);
  if (head === null || head.meta === null) throw ownError({ kind: "notAFollowupWorkbook", sheet: DATA_SHEET });
  refuseIfClosed(head.meta);
  const code = head.departments.find((d) => d.toLowerCase() === department.trim().toLowerCase());
  if (code === undefined) throw ownError({ kind: "departmentUnknown", department });
  context.workbook.settings.add(`${READY_PREFIX}${code}`, localIsoDay(now));
  await context.sync();
}
