import { changedCells, wantedCells } from "../core";
import type { DiffOptions, SheetGrid, SheetPlan } from "../core";
import { applyCharts } from "./apply-charts";
import { SHEET_VISIBILITY, applyLayout, applyProtection, applyTablesAndRules } from "./apply-sheet";
import { queueWriteBlocks, writeBlocks } from "./diff";
import type { ProtectionGuard } from "./protection";
import type { SheetInfo } from "./sheets";
import type { Snapshot } from "./snapshot";
import type { WriteSession } from "./write-session";

/** What a use case that rewrites sheets works with. */
export interface SheetWriter {
  readonly context: Excel.RequestContext;
  readonly session: WriteSession;
  readonly guard: ProtectionGuard;
  readonly snapshot: Snapshot;
}

export function gridNamed(snapshot: Snapshot, name: string): SheetGrid | undefined {
  const key = name.toLowerCase();
  return snapshot.grids.find((g) => g.name.toLowerCase() === key);
}

/** Whether a sheet still has the plan's table with as many rows: then it can be diffed in place. */
export function tableFits(snapshot: Snapshot, sheet: string, plan: SheetPlan): boolean {
  return plan.tables.every((t) =>
    snapshot.tables.some(
      (x) =>
        x.sheet.toLowerCase() === sheet.toLowerCase() &&
        x.name.toLowerCase() === t.name.toLowerCase() &&
        x.rows === t.rows.length &&
        x.columns === t.columns.length
    )
  );
}

/**
 * One of the add-in's own sheets (summary, data) brought to what the plan says by writing only the
 * cells that differ — an input cell (a coordinator's choice) that already holds what the plan
 * carries over is not written — and protected again as the plan says.
 */
export async function diffSheet(
  w: SheetWriter,
  info: SheetInfo,
  plan: SheetPlan,
  grid: SheetGrid,
  options: DiffOptions = {}
): Promise<void> {
  const ws = w.context.workbook.worksheets.getItem(info.name);
  await w.session.reserve();
  w.guard.lift(ws, info, false);
  await queueWriteBlocks(ws, writeBlocks(changedCells(wantedCells(plan), grid, options)), w.session);
  await w.session.reserve();
  applyCharts(ws, plan.charts ?? [], info.charts);
  applyProtection(ws, plan.protection);
}

/**
 * A sheet replaced by a new one written from the plan, copy before delete: the new sheet is
 * written under a temporary name (the old sheet's tables renamed out of the way, since table names
 * are the workbook's), and only `finish` — queued by the caller after every other copy — deletes
 * the old sheet and gives the new one its name. Used where a sheet's table cannot be changed in
 * place; the old sheet's entries are in the plan, read in this same run.
 */
export async function replaceSheet(
  w: SheetWriter,
  old: SheetInfo | undefined,
  plan: SheetPlan,
  temporaryName: string
): Promise<{ ws: Excel.Worksheet; finish: () => void }> {
  const sheets = w.context.workbook.worksheets;
  if (old !== undefined) {
    const oldWs = sheets.getItem(old.name);
    await w.session.reserve();
    w.guard.lift(oldWs, old, false);
    w.snapshot.tables
      .filter((t) => t.sheet.toLowerCase() === old.name.toLowerCase())
      .forEach((t, i) => {
        oldWs.tables.getItem(t.name).name = `Ersatt_${i + 1}_${Date.now().toString(36)}`;
      });
  }
  await w.session.reserve();
  const ws = sheets.add(old === undefined ? plan.name : temporaryName);
  await applyLayout(ws, plan, w.session);
  await applyTablesAndRules(ws, plan, w.session);
  if (plan.visibility !== "visible") ws.visibility = SHEET_VISIBILITY[plan.visibility];
  return {
    ws,
    finish: () => {
      if (old === undefined) return;
      sheets.getItem(old.name).delete();
      ws.name = plan.name;
    },
  };
}
