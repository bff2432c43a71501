/**
 * FOR COMPARISON ONLY — the approach the adapter avoids: one request per row. Each use case
 * writes (or reads) a row and syncs, the way code written cell by cell against Office.js tends to
 * end up. It does the same work as the adapter's use cases on the same plan, so the benchmark can
 * set their syncs and payloads side by side. Not part of the add-in; never imported by src/.
 */
import { buildWorkbookPlan, collectEntries, parseAddress, readWorkbook, summarise } from "../src/core";
import type { Programme, RawCell, SheetGrid, SheetPlan, WorkbookPlan } from "../src/core";
import { officeInput, rawCellOf } from "../src/excel/cells";
import type { RowEdit } from "../src/app/service";

function origin(a1: string): { row: number; column: number } {
  const p = parseAddress(a1);
  if (p === null) throw new Error(`bad address ${a1}`);
  return p;
}

async function writeRow(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  row: number,
  column: number,
  cells: readonly RawCell[],
  numberFormat: string | null
): Promise<void> {
  if (cells.length === 0) return;
  const range = ws.getRangeByIndexes(row - 1, column - 1, 1, cells.length);
  if (numberFormat !== null) range.numberFormat = [cells.map(() => numberFormat)];
  range.formulas = [cells.map(officeInput)];
  await context.sync();
}

async function writeSheet(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  const ws = context.workbook.worksheets.add(plan.name);
  await context.sync();
  for (const block of plan.blocks) {
    const o = origin(block.topLeft);
    for (const [i, line] of block.cells.entries()) {
      await writeRow(context, ws, o.row + i, o.column, line, block.style?.numberFormat ?? null);
    }
  }
  for (const table of plan.tables) {
    const o = origin(table.topLeft);
    await writeRow(
      context,
      ws,
      o.row,
      o.column,
      table.columns.map((c) => c.header),
      "@"
    );
    for (const [i, line] of table.rows.entries()) {
      const range = ws.getRangeByIndexes(o.row + i, o.column - 1, 1, table.columns.length);
      range.numberFormat = [table.columns.map((c) => c.numberFormat)];
      range.formulas = [table.columns.map((_, j) => officeInput(line[j] ?? null))];
      await context.sync();
    }
    ws.tables.add(
      ws.getRangeByIndexes(o.row - 1, o.column - 1, table.rows.length + 1, table.columns.length),
      true
    ).name = table.name;
    await context.sync();
  }
  for (const v of plan.validations) {
    ws.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.source } };
    await context.sync();
  }
  for (const f of plan.conditionalFormats) {
    const cf = ws.getRange(f.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = f.formula;
    // As the adapter: a rule may set only a number format (a shape, kronor, an example mark).
    if (f.fill !== undefined) cf.custom.format.fill.color = `#${f.fill}`;
    if (f.fontColour !== undefined) cf.custom.format.font.color = `#${f.fontColour}`;
    if (f.numberFormat !== undefined) cf.custom.format.numberFormat = f.numberFormat;
    await context.sync();
  }
  for (const c of plan.charts ?? []) {
    // As the adapter: the summary's status chart, a sync per chart here.
    const chart = ws.charts.add("BarStacked100", ws.getRange(c.source), "Columns");
    chart.name = c.name;
    chart.title.text = c.title;
    chart.setPosition(c.from, c.to);
    c.seriesColours.forEach((colour, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${colour}`));
    await context.sync();
  }
  if (plan.visibility !== "visible") ws.visibility = "Hidden";
  await context.sync();
}

export async function naiveGenerate(plan: WorkbookPlan): Promise<void> {
  await Excel.run(async (context) => {
    for (const sheet of plan.sheets) await writeSheet(context, sheet);
    for (const n of plan.names) {
      context.workbook.names.add(n.name, n.refersTo);
      await context.sync();
    }
  });
}

/** Every sheet read row by row: the list, each used range's size, then each row. */
async function readRowByRow(context: Excel.RequestContext): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const grids: SheetGrid[] = [];
  for (const ws of sheets.items) {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const cells: RawCell[][] = [];
    if (!used.isNullObject) {
      for (let r = 0; r < used.rowIndex + used.rowCount; r++) {
        if (r < used.rowIndex) {
          cells.push([]);
          continue;
        }
        const row = ws.getRangeByIndexes(r, 0, 1, used.columnIndex + used.columnCount);
        row.load("formulas,values");
        await context.sync();
        cells.push((row.formulas[0] ?? []).map((f, j) => rawCellOf(f, row.values[0]?.[j])));
      }
    }
    grids.push({ name: ws.name, cells });
  }
  return grids;
}

export async function naiveRead(): Promise<void> {
  await Excel.run(async (context) => {
    const read = readWorkbook(await readRowByRow(context));
    if (read.programme === null) throw new Error("naive read: no programme");
    collectEntries(read, read.programme);
  });
}

/** Each edited row found by reading its sheet's ID column, then its cells written and synced. */
export async function naiveSaveRows(edits: readonly RowEdit[], programme: Programme): Promise<void> {
  await Excel.run(async (context) => {
    for (const edit of edits) {
      const area = programme.areas.find((a) => a.rows.some((r) => r.id === edit.rowId));
      if (area === undefined) continue;
      const ws = context.workbook.worksheets.getItem(area.sheetName);
      const ids = ws.getRange("A1:A10000").getUsedRange(true);
      ids.load("values,rowIndex");
      await context.sync();
      const index = ids.values.findIndex((r) => r[0] === edit.rowId);
      if (index < 0) continue;
      const row = ids.rowIndex + index;
      if (edit.status !== undefined) ws.getRangeByIndexes(row, 4, 1, 1).values = [[edit.status ?? ""]];
      if (edit.done !== undefined) ws.getRangeByIndexes(row, 5, 1, 1).values = [[edit.done ?? ""]];
      if (edit.value !== undefined) ws.getRangeByIndexes(row, 7, 1, 1).values = [[edit.value ?? ""]];
      await context.sync();
    }
  });
}

/** The summary sheet rewritten row by row after a row-by-row read. */
export async function naiveWriteSummary(): Promise<void> {
  await Excel.run(async (context) => {
    const read = readWorkbook(await readRowByRow(context));
    const programme = read.programme;
    const year = read.meta?.year;
    if (programme === null || year === undefined) throw new Error("naive summary: no programme");
    const summary = summarise(programme, collectEntries(read, programme), { year, choices: read.choices });
    const plan = buildWorkbookPlan(programme, { year, summary, choices: read.choices });
    const sheet = plan.sheets.find((s) => s.role === "summary");
    if (sheet === undefined) return;
    const ws = context.workbook.worksheets.getItem(sheet.name);
    ws.protection.unprotect();
    await context.sync();
    for (const block of sheet.blocks) {
      const o = origin(block.topLeft);
      for (const [i, line] of block.cells.entries()) await writeRow(context, ws, o.row + i, o.column, line, null);
    }
    for (const table of sheet.tables) {
      const o = origin(table.topLeft);
      for (const [i, line] of table.rows.entries()) await writeRow(context, ws, o.row + 1 + i, o.column, line, null);
    }
  });
}

/** Update the naive way: read row by row, then every area row written again, one sync each. */
export async function naiveUpdate(plan: WorkbookPlan): Promise<void> {
  await Excel.run(async (context) => {
    await readRowByRow(context);
    for (const sheet of plan.sheets.filter((s) => s.role === "area")) {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      ws.protection.unprotect();
      await context.sync();
      for (const table of sheet.tables) {
        const o = origin(table.topLeft);
        for (const [i, line] of table.rows.entries()) await writeRow(context, ws, o.row + 1 + i, o.column, line, null);
      }
    }
  });
}
