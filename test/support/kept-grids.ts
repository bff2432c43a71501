import type { KeptContent, RawCell, SheetGrid } from "../../src/core";

/**
 * What the .xlsx writer does with kept content (files/xlsx-carry), done on grids in memory: the
 * property tests check the core's decisions on thousands of cases without a file; the command
 * line tests check the file writer on real ones.
 */
export function withKept(written: readonly SheetGrid[], source: readonly SheetGrid[], kept: KeptContent): SheetGrid[] {
  const out = written.map((g) => ({ ...g, cells: g.cells.map((r) => [...r]) as RawCell[][] }));
  for (const s of kept.sheets) {
    const from = source.find((g) => g.name === s.name);
    if (from === undefined) throw new Error(`kept sheet ${s.name} is not in the source`);
    const at = s.after === null ? 0 : out.findIndex((g) => g.name === s.after) + 1;
    out.splice(at, 0, { ...from, cells: from.cells.map((r) => [...r]) });
  }
  for (const c of kept.cells) {
    const to = out.find((g) => g.name === c.toSheet);
    if (to === undefined) throw new Error(`kept cell's sheet ${c.toSheet} is not written`);
    while (to.cells.length < c.to.row) to.cells.push([]);
    const row = to.cells[c.to.row - 1] ?? [];
    while (row.length < c.to.column) row.push(null);
    row[c.to.column - 1] = c.value;
    to.cells[c.to.row - 1] = row;
  }
  return out;
}
