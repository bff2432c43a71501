/**
 * Update in place against the double: the same guarantees as `followup update` (the core's
 * planUpdate decides; nothing entered is lost; rows it cannot match are refused and named), and
 * only the cells that change are written — an entry a colleague types while the update runs
 * survives.
 */
import {
  address,
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  columnIndex,
  defaultProgramme,
  enteredValues,
  planUpdate,
  textOf,
} from "../../src/core";
import type { EnteredValues, Programme, ProgrammeRow, UpdateConflict, WorkbookRead } from "../../src/core";
import { conflictLines } from "../../src/taskpane/features/setup/conflict-lines";
import { installDouble } from "../excel-double/test-helpers";
import type { ExcelDouble } from "../excel-double";
import { cellsWrittenBy, demoEdits, service, YEAR, readDouble } from "./helpers";

const programme = defaultProgramme();

function activity(p: Programme, areaIndex: number, nth = 0): ProgrammeRow {
  const row = p.areas[areaIndex]?.rows.filter((r) => r.type === "activity")[nth];
  if (row === undefined) throw new Error("no activity");
  return row;
}

/** A changed programme: area 1 loses an activity, one activity moves from area 1 to area 2, area 2 gains a row. */
function changed(p: Programme): { next: Programme; dropped: string; moved: string; added: string } {
  const next = structuredClone(p);
  const [a1, a2] = next.areas;
  if (a1 === undefined || a2 === undefined) throw new Error("two areas needed");
  const dropped = activity(next, 0, 0).id;
  const movedRow = activity(next, 0, 1);
  const goal = a2.rows.find((r) => r.type === "goal");
  a1.rows = a1.rows.filter((r) => r.id !== dropped && r.id !== movedRow.id);
  a2.rows.push({ ...movedRow, goalId: goal?.id ?? null });
  const added = {
    ...activity(next, 1, 0),
    id: `${a2.id}.A98`,
    text: { text: "En ny aktivitet", provenance: "confirmed" as const },
  };
  a2.rows.push(added);
  return { next, dropped, moved: movedRow.id, added: added.id };
}

async function filledWorkbook(): Promise<ExcelDouble> {
  const double = installDouble();
  await service().generate(programme, YEAR);
  await service().saveRows(demoEdits(programme));
  return double;
}

function rowNumberOf(read: WorkbookRead, id: string): { sheet: string; row: number } | null {
  for (const s of read.areaSheets) {
    for (const r of s.rows) if (textOf(r.cells.id) === id) return { sheet: s.sheet, row: r.rowNumber };
  }
  return null;
}

describe("update in place", () => {
  test("keeps every entered value: the entries planUpdate carries are in the rows, the dropped row's on the retired sheet", async () => {
    const double = await filledWorkbook();
    const before = readDouble(double);
    const { next, dropped, moved, added } = changed(programme);
    const expected = planUpdate(before, next);
    if (!expected.ok) throw new Error("the change should be accepted");
    expect(before.areaSheets.some((s) => s.rows.some((r) => textOf(r.cells.id) === dropped))).toBe(true);

    const outcome = await service().update(next);
    expect(outcome).toEqual({ ok: true, added: 1, retired: 1, moved: 1 });

    const after = readDouble(double);
    const entered = enteredValues(after);
    for (const [id, values] of expected.values) {
      const got: EnteredValues = entered.get(id) ?? {};
      for (const [key, value] of Object.entries(values)) {
        expect([id, key, got[key as keyof EnteredValues]]).toEqual([id, key, value]);
      }
    }
    // The dropped row's entries (what planUpdate carries: prefilled defaults are no entries) stand on the retired sheet.
    const retiredValues = expected.retired.find((r) => r.rowId === dropped)?.values;
    expect(Object.keys(retiredValues ?? {}).length).toBeGreaterThan(1);
    expect((after.retired ?? []).find((r) => r.rowId === dropped)?.values).toEqual(retiredValues);
    // Every row of the new programme stands in its area's sheet, once.
    for (const area of next.areas) {
      const sheet = after.areaSheets.find((s) => s.areaId === area.id);
      const ids = (sheet?.rows ?? []).map((r) => textOf(r.cells.id));
      expect([area.id, [...ids].sort()]).toEqual([area.id, area.rows.map((r) => r.id).sort()]);
    }
    expect(rowNumberOf(after, moved)?.sheet).toBe(next.areas[1]?.sheetName);
    expect(rowNumberOf(after, added)).not.toBeNull();
    expect(after.programme).toEqual(next);
    const state = await service().read();
    expect(
      state.findings.filter((f) => f.code === "duplicateId" || f.code === "unknownRow" || f.code === "lostRow")
    ).toEqual([]);
  });

  test("writes no input cell of a row that stays where it was", async () => {
    const double = await filledWorkbook();
    const before = readDouble(double);
    const { next } = changed(programme);
    const written = await cellsWrittenBy(double, () => service().update(next));
    const after = readDouble(double);
    const inputColumns = new Set(AREA_COLUMNS.flatMap((c, i) => (c.input ? [i] : [])));
    const stayed = new Set(
      after.areaSheets.flatMap((s) =>
        s.rows
          .filter((r) => {
            const id = textOf(r.cells.id);
            const old = id === null ? null : rowNumberOf(before, id);
            return old !== null && old.sheet === s.sheet;
          })
          .map((r) => `${s.sheet}!${r.rowNumber}`)
      )
    );
    expect(written.length).toBeGreaterThan(0);
    const offending = written.filter((w) => {
      const m = /^([A-Z]+)([0-9]+)$/.exec(w.address);
      if (m === null) return false;
      const column = (m[1] ?? "").split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return stayed.has(`${w.sheet}!${m[2]}`) && inputColumns.has(column);
    });
    expect(offending).toEqual([]);
  });

  test("an entry a colleague types while the update runs (between its read and its write) survives", async () => {
    const double = await filledWorkbook();
    const { next } = changed(programme);
    const area = programme.areas[0];
    if (area === undefined) throw new Error("no area");
    // A row below the dropped one: the update deletes a row above it, so it moves up.
    const target = area.rows[area.rows.length - 1];
    if (target === undefined) throw new Error("no row");
    const sentinel = "Skrivet av en kollega under uppdateringen";
    const realRun = double.Excel.run;
    Reflect.set(double.Excel, "run", (options: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      realRun(options, (context: Excel.RequestContext) => {
        const sync = context.sync.bind(context);
        let syncs = 0;
        Reflect.set(context, "sync", async () => {
          const result = await sync();
          syncs += 1;
          if (syncs === 2) {
            const read = readDouble(double);
            const at = rowNumberOf(read, target.id);
            if (at === null) throw new Error("target row missing");
            double.workbook.writeInput(double.workbook.sheet(at.sheet), at.row - 1, columnIndex("comment"), {
              kind: "constant",
              value: sentinel,
            });
          }
          return result;
        });
        return batch(context);
      })
    );
    await service().update(next);
    Reflect.set(double.Excel, "run", realRun);
    const after = readDouble(double);
    const row = after.areaSheets.flatMap((s) => s.rows).find((r) => textOf(r.cells.id) === target.id);
    expect(row?.cells.comment).toBe(sentinel);
  });

  test("rows it cannot match are refused and named, and nothing is written", async () => {
    const double = await filledWorkbook();
    const read = readDouble(double);
    const withEntry = read.areaSheets[0]?.rows.find((r) => textOf(r.cells.status) !== null);
    const sheet = read.areaSheets[0]?.sheet ?? "";
    if (withEntry === undefined) throw new Error("no row with entries");
    // Somebody blanked the ID of a row with entries.
    double.workbook.writeInput(double.workbook.sheet(sheet), withEntry.rowNumber - 1, 0, { kind: "clear" });
    const { next } = changed(programme);
    let outcome: Awaited<ReturnType<ReturnType<typeof service>["update"]>> | null = null;
    const written = await cellsWrittenBy(double, async () => {
      outcome = await service({ lang: () => "en" }).update(next);
    });
    expect(outcome).toMatchObject({ ok: false });
    const conflicts = conflictLines((outcome as unknown as { conflicts: UpdateConflict[] }).conflicts, "en");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain(`${sheet}!${address(withEntry.rowNumber, 1)}`);
    expect(written).toEqual([]);
    expect(readDouble(double).programme).toEqual(programme);
  });

  test("a table the user sorted stays sorted: kept rows where they stand, new rows below, entries with their IDs", async () => {
    const double = await filledWorkbook();
    const { next, added, moved } = changed(programme);
    const area = programme.areas[1];
    if (area === undefined) throw new Error("no area");
    const sheet = double.workbook.sheet(area.sheetName);
    // As Excel's sort does: whole rows swap, and a formula's references to its own row follow it.
    const first = AREA_TABLE_HEADER_ROW;
    const last = AREA_TABLE_HEADER_ROW + area.rows.length - 1;
    const follow = (formula: string | null, from: number, to: number): string | null =>
      formula?.replace(/(\$?[A-Z]+\$?)(\d+)/g, (m: string, col: string, row: string) =>
        Number(row) === from + 1 ? `${col}${to + 1}` : m
      ) ?? null;
    for (let c = 0; c < AREA_COLUMNS.length; c++) {
      const a = { ...sheet.cellForWrite(first, c) };
      const b = { ...sheet.cellForWrite(last, c) };
      Object.assign(sheet.cellForWrite(first, c), { ...b, formula: follow(b.formula, last, first) });
      Object.assign(sheet.cellForWrite(last, c), { ...a, formula: follow(a.formula, first, last) });
    }
    const before = readDouble(double);
    const beforeIds = (before.areaSheets.find((s) => s.areaId === area.id)?.rows ?? []).map((r) => textOf(r.cells.id));
    expect(beforeIds[0]).toBe(area.rows[area.rows.length - 1]?.id);
    const expected = planUpdate(before, next);
    if (!expected.ok) throw new Error("the change should be accepted");

    await service().update(next);
    const after = readDouble(double);
    const ids = (after.areaSheets.find((s) => s.areaId === area.id)?.rows ?? []).map((r) => textOf(r.cells.id));
    expect(ids).toEqual([...beforeIds, moved, added]);
    const entered = enteredValues(after);
    for (const [id, values] of expected.values) {
      const got: EnteredValues = entered.get(id) ?? {};
      for (const [key, value] of Object.entries(values)) {
        expect([id, key, got[key as keyof EnteredValues]]).toEqual([id, key, value]);
      }
    }
    expect(after.programme).toEqual(next);
  });

  test("a sheet whose table is gone is replaced from the plan, its entries kept", async () => {
    const double = await filledWorkbook();
    const before = readDouble(double);
    const area = programme.areas[0];
    if (area === undefined) throw new Error("no area");
    const table = double.workbook.tables.find((t) => t.sheet.name === area.sheetName);
    if (table === undefined) throw new Error("no table");
    double.workbook.removeTable(table);
    await service().update(programme);
    const after = readDouble(double);
    expect(double.workbook.tables.some((t) => t.sheet.name === area.sheetName)).toBe(true);
    const entered = enteredValues(after);
    for (const [id, values] of enteredValues(before)) {
      expect([id, entered.get(id)]).toEqual([id, values]);
    }
  });

  test("one Excel.run, within four syncs, events back on afterwards", async () => {
    const double = await filledWorkbook();
    double.resetCounters();
    await service().update(changed(programme).next);
    expect(double.runs).toHaveLength(1);
    expect(double.runs[0]?.syncs).toBeLessThanOrEqual(4);
    expect(double.emptyLoads).toBe(0);
    expect(double.workbook.runtime.enableEvents).toBe(true);
    // The new row's cells are text-formatted like the rest of the table.
    const after = readDouble(double);
    const at = rowNumberOf(after, changed(programme).added);
    if (at === null) throw new Error("added row missing");
    expect(double.workbook.cell(at.sheet, address(at.row, columnIndex("done") + 1)).numberFormat).toBe("@");
    expect(double.workbook.cell(at.sheet, address(at.row, columnIndex("done") + 1)).locked).toBe(false);
    expect(at.row).toBeGreaterThan(AREA_TABLE_HEADER_ROW);
  });
});
