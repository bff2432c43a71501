/** The rectangle arithmetic that validations, conditional formats and clears rely on. */
import fc from "fast-check";
import {
  Area,
  columnCount,
  deleteRowsInArea,
  disjointAreas,
  insertRowsInArea,
  intersection,
  rectanglesOfCells,
  rowCount,
  subtract,
} from "./model/area";
import { areaName, parseAreaName, qualifiedAddress, splitReference } from "./model/a1";

const small = fc.integer({ min: 0, max: 30 });
const areaArb: fc.Arbitrary<Area> = fc
  .tuple(small, small, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
  .map(([r0, c0, h, w]) => ({ r0, c0, r1: r0 + h, c1: c0 + w }));

const cells = (a: Area): number => rowCount(a) * columnCount(a);

test("a minus b: disjoint parts inside a, none touching b, covering exactly a's cells outside b", () => {
  fc.assert(
    fc.property(areaArb, areaArb, (a, b) => {
      const parts = subtract(a, b);
      const cut = intersection(a, b);
      expect(parts.reduce((n, p) => n + cells(p), 0)).toBe(cells(a) - (cut === null ? 0 : cells(cut)));
      for (const p of parts) {
        expect(intersection(p, b)).toBeNull();
        expect(intersection(p, a)).toEqual(p);
      }
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++) expect(intersection(parts[i], parts[j])).toBeNull();
    })
  );
});

test("inserting rows and deleting the same rows gives the areas back", () => {
  fc.assert(
    fc.property(
      areaArb,
      small,
      fc.integer({ min: 1, max: 5 }),
      small,
      fc.integer({ min: 0, max: 10 }),
      (a, row, count, c0, w) => {
        const inserted = insertRowsInArea(a, { row, count, c0, c1: c0 + w, extendAdjacent: false });
        const back = inserted.flatMap((x) => deleteRowsInArea(x, row, count, c0, c0 + w));
        expect(back.reduce((n, p) => n + cells(p), 0)).toBe(cells(a));
        for (const p of back) expect(intersection(p, a)).toEqual(p);
      }
    )
  );
});

test("A1 names and sheet-qualified addresses read back as written", () => {
  fc.assert(
    fc.property(areaArb, fc.constantFrom("Sheet1", "Område 1", "It's", "A1", "Data_2019"), (a, sheet) => {
      expect(parseAreaName(areaName(a))).toEqual(a);
      expect(parseAreaName(areaName(a, true))).toEqual(a);
      const ref = splitReference(qualifiedAddress(sheet, a, true));
      expect(ref.sheet).toBe(sheet);
      expect(parseAreaName(ref.local)).toEqual(a);
    })
  );
});

/** Each cell of the areas as "row:column", as often as the areas cover it. */
function coveredCells(areas: readonly Area[]): string[] {
  const out: string[] = [];
  for (const a of areas) for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) out.push(`${r}:${c}`);
  return out.sort();
}

test("getSpecialCells' grouping: the rectangles cover every given cell exactly once and no other (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells)", () => {
  const cellArb = fc.record({ row: fc.integer({ min: 0, max: 12 }), column: fc.integer({ min: 0, max: 8 }) });
  fc.assert(
    fc.property(fc.array(cellArb, { maxLength: 80 }), (cells) => {
      const areas = rectanglesOfCells(cells);
      const wanted = [...new Set(cells.map((x) => `${x.row}:${x.column}`))].sort();
      expect(coveredCells(areas)).toEqual(wanted);
      for (let i = 1; i < areas.length; i++) {
        const [p, q] = [areas[i - 1], areas[i]];
        expect(p.r0 < q.r0 || (p.r0 === q.r0 && p.c0 < q.c0)).toBe(true);
      }
    })
  );
});

test("disjointAreas: the union of (possibly overlapping) areas, each cell once", () => {
  fc.assert(
    fc.property(fc.array(areaArb, { maxLength: 6 }), (areas) => {
      expect(coveredCells(disjointAreas(areas))).toEqual([...new Set(coveredCells(areas))].sort());
    })
  );
});
