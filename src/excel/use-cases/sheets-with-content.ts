/**
 * The sheets of the open workbook that hold something (a value, a formula), by name: before a
 * follow-up is created in a workbook someone already uses, the task pane says so. Syncs: 2.
 */
export async function sheetsWithContent(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((ws) => ({ name: ws.name, range: ws.getUsedRangeOrNullObject(true) }));
  for (const u of used) u.range.load("address");
  await context.sync();
  return used.filter((u) => !u.range.isNullObject).map((u) => u.name);
}
