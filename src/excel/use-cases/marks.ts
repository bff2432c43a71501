import type { Finding } from "../../core";
import { MARKS_KEY, queueSettings, settingsOf, type MarkedCell } from "../addin-state";
import { ProtectionGuard } from "../protection";
import type { RunState } from "../run";
import { findSheet, queueSheetList, sheetInfos, type SheetInfo } from "../sheets";
import { WriteSession } from "../write-session";

/**
 * Problem marks: a conditional format of its own on each marked cell, never a change to the cell's
 * own formatting — so clearing them deletes exactly those formats and leaves everything a user
 * (or the plan) formatted as it was. The formula is always true and says what it is, for anyone
 * who finds it in Excel's rule manager. The marked cells are recorded in the workbook's settings
 * (addin-state.ts), so clearing finds them again; a mark is recognised by its formula before it
 * is deleted, so no other rule on the cell is touched.
 */
export const MARK_FORMULA = '=ISTEXT("Programuppföljning: problem")';
export const MARK_FILL = "#FFC000";
export const MARK_FONT = "#9C0006";

function key(m: MarkedCell): string {
  return `${m.sheet.toLowerCase()}!${m.address.toUpperCase()}`;
}

/** Mark the cells of findings (those with a sheet and a cell). Syncs: 1 to read, 1 to write. */
export async function markProblems(
  context: Excel.RequestContext,
  state: RunState,
  findings: readonly Finding[]
): Promise<void> {
  const session = new WriteSession(context, state);
  const list = queueSheetList(context);
  const settings = queueSettings(context);
  session.open();
  await context.sync();
  const sheets = sheetInfos(list);
  const recorded = settingsOf(settings).marks;
  const seen = new Set(recorded.map(key));
  const marks: { mark: MarkedCell; info: SheetInfo }[] = [];
  for (const f of findings) {
    if (f.sheet === null || f.cell === null) continue;
    const info = findSheet(sheets, f.sheet);
    const mark = { sheet: info?.name ?? f.sheet, address: f.cell.toUpperCase() };
    if (info === undefined || seen.has(key(mark))) continue;
    seen.add(key(mark));
    marks.push({ mark, info });
  }
  const guard = new ProtectionGuard(state);
  for (const { mark, info } of marks) {
    await session.reserve();
    const ws = context.workbook.worksheets.getItem(mark.sheet);
    guard.lift(ws, info);
    const cf = ws.getRange(mark.address).conditionalFormats.add("Custom");
    cf.custom.rule.formula = MARK_FORMULA;
    cf.custom.format.fill.color = MARK_FILL;
    cf.custom.format.font.color = MARK_FONT;
    cf.custom.format.font.bold = true;
    cf.priority = 0;
  }
  guard.restore();
  if (marks.length > 0) {
    context.workbook.settings.add(MARKS_KEY, [...recorded, ...marks.map((m) => m.mark)]);
  }
  await session.close();
}

/**
 * Clear the marks: on each recorded cell, the conditional formats that are custom and carry the
 * mark's formula are deleted. Syncs: 1 to read the record, 2 to find the marks among a cell's
 * rules (types, then the custom ones' formulas), 1 to delete.
 */
export async function clearProblemMarks(context: Excel.RequestContext, state: RunState): Promise<void> {
  const session = new WriteSession(context, state);
  const list = queueSheetList(context);
  const settings = queueSettings(context);
  session.open();
  await context.sync();
  const sheets = sheetInfos(list);
  const recorded = settingsOf(settings).marks;
  const present = recorded
    .map((mark) => ({ mark, info: findSheet(sheets, mark.sheet) }))
    .filter((m): m is { mark: MarkedCell; info: SheetInfo } => m.info !== undefined);

  const collections = present.map(({ mark, info }) => {
    const formats = context.workbook.worksheets.getItem(info.name).getRange(mark.address).conditionalFormats;
    formats.load("items/type");
    return { formats, info };
  });
  await context.sync();
  const custom = collections.flatMap(({ formats, info }) =>
    formats.items
      .filter((cf) => cf.type === "Custom")
      .map((cf) => {
        const rule = cf.custom.rule;
        rule.load("formula");
        return { cf, rule, info };
      })
  );
  await context.sync();

  const guard = new ProtectionGuard(state);
  for (const { cf, rule, info } of custom) {
    if (rule.formula !== MARK_FORMULA) continue;
    await session.reserve();
    guard.lift(context.workbook.worksheets.getItem(info.name), info);
    cf.delete();
  }
  guard.restore();
  if (recorded.length > 0) context.workbook.settings.add(MARKS_KEY, []);
  await session.close();
}
