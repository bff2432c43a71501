/** The adapter's small pure pieces: sizes, chunks, units, cells, and the diff's rectangles. */
import fc from "fast-check";
import { rawCellOf } from "../../src/excel/cells";
import { changedCells, sameCell, type WantedCell, type WantedCells } from "../../src/core";
import { writeBlocks } from "../../src/excel/diff";
import { jsonBytes, rowChunks, utf8Length } from "../../src/excel/payload";
import { charactersToPoints } from "../../src/excel/units";

describe("payload estimates", () => {
  test("utf8Length agrees with TextEncoder for any text", () => {
    const encoder = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => utf8Length(s) === encoder.encode(s).length));
  });

  test("row chunks cover every row once, in order, each within the budget unless a row alone is larger", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 1000 }),
        (sizes, budget) => {
          const chunks = rowChunks(sizes, budget);
          const covered = chunks.flatMap((c) => Array.from({ length: c.count }, (_, i) => c.start + i));
          if (covered.join() !== sizes.map((_, i) => i).join()) return false;
          return chunks.every((c) => c.bytes <= budget || c.count === 1);
        }
      )
    );
  });

  test("the first chunk fills the room left in the request being queued", () => {
    const chunks = rowChunks([10, 10, 10, 10, 10], 30, 10);
    expect(chunks.map((c) => c.count)).toEqual([1, 3, 1]);
    expect(jsonBytes([["å"]])).toBe(8);
  });
});

describe("units", () => {
  test("characters to points: Excel's default 8.43 characters is 48 points (64 pixels)", () => {
    expect(charactersToPoints(8.43)).toBeCloseTo(48, 0);
    expect(charactersToPoints(10)).toBe(56.25);
  });
});

describe("cells", () => {
  test("what Office.js reports becomes the core's cells", () => {
    expect(rawCellOf("=A1*2", 4)).toEqual({ formula: "=A1*2", result: 4 });
    expect(rawCellOf("=A1*2", undefined)).toEqual({ formula: "=A1*2" });
    expect(rawCellOf("=1/0", "#DIV/0!")).toEqual({ formula: "=1/0", result: "#DIV/0!" });
    expect(rawCellOf("#REF!", "#REF!")).toEqual({ error: "#REF!" });
    expect(rawCellOf("", "")).toBeNull();
    expect(rawCellOf("1.10", "1.10")).toBe("1.10");
    expect(rawCellOf(false, false)).toBe(false);
  });

  test("sameCell compares formulas by their text and treats empty text as empty", () => {
    expect(sameCell({ formula: "=A1", result: 2 }, { formula: "=A1", result: 5 })).toBe(true);
    expect(sameCell({ formula: "=A1" }, { formula: "=A2" })).toBe(false);
    expect(sameCell("", null)).toBe(true);
    expect(sameCell(12, "12")).toBe(false);
  });
});

describe("the diff", () => {
  const text = (value: string): WantedCell => ({ value, numberFormat: "@" });
  const wanted: WantedCells = new Map<number, Map<number, WantedCell>>([
    [
      2,
      new Map([
        [1, text("a")],
        [3, text("c")],
      ]),
    ],
    [
      3,
      new Map([
        [1, text("x")],
        [3, text("z")],
      ]),
    ],
    [9, new Map([[2, { value: null, numberFormat: null }]])],
  ]);
  const current = {
    name: "S",
    cells: [[], ["a", "b", "old"], ["old", "y", "old"], [], [], [], [], [], [null, "gone"]],
  };

  test("writes only differing cells, in rectangles whose other cells are left alone (null)", () => {
    const writes = changedCells(wanted, current);
    expect(writes.map((w) => [w.row, w.column])).toEqual([
      [2, 3],
      [3, 1],
      [3, 3],
      [9, 2],
    ]);
    const blocks = writeBlocks(writes);
    expect(blocks).toEqual([
      { row: 2, column: 3, values: [["c"]], formats: [["@"]] },
      { row: 3, column: 1, values: [["x", null, "z"]], formats: [["@", null, "@"]] },
      { row: 9, column: 2, values: [[""]], formats: null },
    ]);
  });

  test("consecutive rows with the same span become one rectangle; full rows are written whatever they hold", () => {
    const writes = changedCells(wanted, { name: "S", cells: [] }, { fullRows: new Set([2, 3]) });
    const blocks = writeBlocks(writes.filter((w) => w.row !== 9));
    expect(blocks).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          ["a", null, "c"],
          ["x", null, "z"],
        ],
        formats: [
          ["@", null, "@"],
          ["@", null, "@"],
        ],
      },
    ]);
  });

  test("cells outside the plan are cleared only within the columns asked", () => {
    const writes = changedCells(new Map(), current, { clearOutside: { firstColumn: 2, lastColumn: 2 } });
    expect(writes.map((w) => [w.row, w.column, w.value])).toEqual([
      [2, 2, null],
      [3, 2, null],
      [9, 2, null],
    ]);
  });
});
