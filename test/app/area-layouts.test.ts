/**
 * Update in place, the decision (app/area-layouts.ts): per area of the new programme, which rows of
 * its sheet stay where they are, which go, how many are added at the end — so a table people
 * sorted stays sorted — and when the sheet must be replaced instead.
 */
import { planAreaLayouts, type TableShape } from "../../src/app/area-layouts";
import { AREA_TABLE_HEADER_ROW, readWorkbook } from "../../src/core";
import type { Programme, SheetGrid } from "../../src/core";
import { smallProgramme } from "../support/plan-fixtures";
import { writtenWorkbook } from "../support/written-workbook";

const NOW = new Date("2019-10-01T08:00:00Z");
const programme = smallProgramme();
const AREA = programme.areas[0];
if (AREA === undefined) throw new Error("fixture without areas");

function written(p: Programme): { grids: SheetGrid[]; tables: TableShape[] } {
  const { plan, grids } = writtenWorkbook(p, { now: NOW });
  const tables = plan.sheets.flatMap((s) =>
    s.tables.map((t) => ({ name: t.name, sheet: s.name, rows: t.rows.length, columns: t.columns.length }))
  );
  return { grids, tables };
}

/** The area's data rows in the opposite order, as a person sorting the table leaves them. */
function reversedRows(grids: SheetGrid[], sheet: string, count: number): SheetGrid[] {
  return grids.map((g) => {
    if (g.name !== sheet) return g;
    const head = g.cells.slice(0, AREA_TABLE_HEADER_ROW);
    const body = g.cells.slice(AREA_TABLE_HEADER_ROW, AREA_TABLE_HEADER_ROW + count);
    return { ...g, cells: [...head, ...[...body].reverse(), ...g.cells.slice(AREA_TABLE_HEADER_ROW + count)] };
  });
}

test("a row the programme drops goes, a row it gains is added at the end, the rest stay where they stand (a sorted table stays sorted)", () => {
  const { grids, tables } = written(programme);
  const ids = AREA.rows.map((r) => r.id);
  const sorted = reversedRows(grids, AREA.sheetName, ids.length);
  const dropped = ids[1] ?? "";
  const template = AREA.rows.find((r) => r.type === "activity");
  if (template === undefined) throw new Error("fixture without activities");
  const added = { ...template, id: "1.A9", text: { text: "Ny aktivitet", provenance: "example" as const } };
  const next: Programme = {
    ...programme,
    areas: programme.areas.map((a) =>
      a.id !== AREA.id ? a : { ...a, rows: [...a.rows.filter((r) => r.id !== dropped), added] }
    ),
  };
  const layout = planAreaLayouts(readWorkbook(sorted), tables, next, () => true).get(AREA.id);
  const inSheet = [...ids].reverse();
  expect(layout?.area.rows.map((r) => r.id)).toEqual([...inSheet.filter((id) => id !== dropped), "1.A9"]);
  expect(layout?.kept).toEqual({
    table: tables.find((t) => t.sheet === AREA.sheetName)?.name,
    tableRows: ids.length,
    stay: inSheet.map((id, i) => (id === dropped ? -1 : i)).filter((i) => i >= 0),
    remove: [inSheet.indexOf(dropped)],
    add: 1,
  });
});

test("a sheet the run could not read, or a table with other columns than the plan's, is replaced rather than changed", () => {
  const { grids, tables } = written(programme);
  const read = readWorkbook(grids);
  expect(planAreaLayouts(read, tables, programme, () => false).get(AREA.id)?.kept).toBeNull();
  const narrower = tables.map((t) => (t.sheet === AREA.sheetName ? { ...t, columns: t.columns - 1 } : t));
  expect(planAreaLayouts(read, narrower, programme, () => true).get(AREA.id)?.kept).toBeNull();
  // The other areas are still changed in place.
  const other = programme.areas[1];
  expect(
    other === undefined ? null : planAreaLayouts(read, narrower, programme, () => true).get(other.id)?.kept
  ).not.toBeNull();
});
