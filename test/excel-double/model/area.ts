/**
 * A rectangle of cells, 0-based and inclusive, as Excel's grid sees it. Everything in the double
 * that covers cells (ranges, tables, validations, conditional formats) is a list of these.
 */
export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Excel's grid size (rows 1..1,048,576, columns A..XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function area(r0: number, c0: number, r1: number, c1: number): Area {
  return { r0, c0, r1, c1 };
}

export function rowCount(a: Area): number {
  return a.r1 - a.r0 + 1;
}

export function columnCount(a: Area): number {
  return a.c1 - a.c0 + 1;
}

export function isInsideGrid(a: Area): boolean {
  return a.r0 >= 0 && a.c0 >= 0 && a.r1 < MAX_ROWS && a.c1 < MAX_COLUMNS && a.r0 <= a.r1 && a.c0 <= a.c1;
}

export function isEntireColumn(a: Area): boolean {
  return a.r0 === 0 && a.r1 === MAX_ROWS - 1;
}

export function isEntireRow(a: Area): boolean {
  return a.c0 === 0 && a.c1 === MAX_COLUMNS - 1;
}

export function containsCell(a: Area, row: number, column: number): boolean {
  return row >= a.r0 && row <= a.r1 && column >= a.c0 && column <= a.c1;
}

export function containsArea(outer: Area, inner: Area): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function intersection(a: Area, b: Area): Area | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function overlaps(a: Area, b: Area): boolean {
  return intersection(a, b) !== null;
}

export function boundingArea(a: Area, b: Area): Area {
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}

export function sameArea(a: Area, b: Area): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/** `a` minus `b`: up to four rectangles (above, below, left, right of the cut). */
export function subtract(a: Area, b: Area): Area[] {
  const cut = intersection(a, b);
  if (cut === null) {
    return [a];
  }
  const parts: Area[] = [];
  if (a.r0 < cut.r0) parts.push({ r0: a.r0, c0: a.c0, r1: cut.r0 - 1, c1: a.c1 });
  if (cut.r1 < a.r1) parts.push({ r0: cut.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < cut.c0) parts.push({ r0: cut.r0, c0: a.c0, r1: cut.r1, c1: cut.c0 - 1 });
  if (cut.c1 < a.c1) parts.push({ r0: cut.r0, c0: cut.c1 + 1, r1: cut.r1, c1: a.c1 });
  return parts;
}

export function subtractFromAll(areas: readonly Area[], cut: Area): Area[] {
  return areas.flatMap((a) => subtract(a, cut));
}

/** True when the areas together cover every cell of `target` (areas may not overlap each other). */
export function coversArea(areas: readonly Area[], target: Area): boolean {
  let covered = 0;
  for (const a of areas) {
    const cut = intersection(a, target);
    if (cut !== null) covered += rowCount(cut) * columnCount(cut);
  }
  return covered === rowCount(target) * columnCount(target);
}

/** Rows inserted at `row` (n of them) within columns c0..c1: what happens to one area. */
export interface RowShift {
  readonly row: number;
  readonly count: number;
  readonly c0: number;
  readonly c1: number;
  /**
   * Table growth: an area that ends on the row just above the insertion, or starts on it, grows
   * to cover the new rows (Excel formats new table rows like their neighbours).
   */
  readonly extendAdjacent: boolean;
}

export function insertRowsInArea(a: Area, shift: RowShift): Area[] {
  const span: Area = { r0: 0, c0: shift.c0, r1: MAX_ROWS - 1, c1: shift.c1 };
  const inside = intersection(a, span);
  if (inside === null) {
    return [a];
  }
  const outside = subtract(a, span);
  const n = shift.count;
  let moved: Area;
  const grows = shift.extendAdjacent
    ? inside.r0 <= shift.row && shift.row <= inside.r1 + 1
    : inside.r0 < shift.row && shift.row <= inside.r1;
  if (grows) {
    moved = { ...inside, r1: Math.min(inside.r1 + n, MAX_ROWS - 1) };
  } else if (inside.r0 >= shift.row) {
    moved = { ...inside, r0: Math.min(inside.r0 + n, MAX_ROWS - 1), r1: Math.min(inside.r1 + n, MAX_ROWS - 1) };
  } else {
    moved = inside;
  }
  return [...outside, moved];
}

/** Rows row..row+count-1 deleted within columns c0..c1; cells below move up. */
export function deleteRowsInArea(a: Area, row: number, count: number, c0: number, c1: number): Area[] {
  const span: Area = { r0: 0, c0, r1: MAX_ROWS - 1, c1 };
  const inside = intersection(a, span);
  if (inside === null) {
    return [a];
  }
  const outside = subtract(a, span);
  const lastDeleted = row + count - 1;
  if (inside.r1 < row) {
    return [...outside, inside];
  }
  if (inside.r0 > lastDeleted) {
    return [...outside, { ...inside, r0: inside.r0 - count, r1: inside.r1 - count }];
  }
  const keptAbove = Math.max(0, row - inside.r0);
  const keptBelow = Math.max(0, inside.r1 - lastDeleted);
  const kept = keptAbove + keptBelow;
  if (kept === 0) {
    return outside;
  }
  const r0 = Math.min(inside.r0, row);
  return [...outside, { ...inside, r0, r1: r0 + kept - 1 }];
}

/** The cells of `areas` as rectangles that do not overlap (each cell once), in the given order. */
export function disjointAreas(areas: readonly Area[]): Area[] {
  const out: Area[] = [];
  for (const a of areas) {
    let pieces: Area[] = [a];
    for (const taken of out) pieces = pieces.flatMap((p) => subtract(p, taken));
    out.push(...pieces);
  }
  return out;
}

/** `a` minus every one of `cuts`. */
export function subtractAll(a: Area, cuts: readonly Area[]): Area[] {
  let pieces: Area[] = [a];
  for (const cut of cuts) pieces = pieces.flatMap((p) => subtract(p, cut));
  return pieces;
}

/**
 * Cells gathered into rectangles: the runs of adjacent cells in each row, a run merged with the
 * same run (same first and last column) in the row just above it. Every cell is covered exactly
 * once; the rectangles come ordered by first row, then first column.
 */
export function rectanglesOfCells(cells: Iterable<{ readonly row: number; readonly column: number }>): Area[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const columns = byRow.get(row);
    if (columns === undefined) byRow.set(row, [column]);
    else columns.push(column);
  }
  const done: Area[] = [];
  /** Rectangles that reached the previous row, by "c0:c1". */
  let open = new Map<string, { r0: number; c0: number; c1: number }>();
  let previousRow = -2;
  const close = (rects: Iterable<{ r0: number; c0: number; c1: number }>, r1: number): void => {
    for (const o of rects) done.push({ r0: o.r0, c0: o.c0, r1, c1: o.c1 });
  };
  for (const row of [...byRow.keys()].sort((x, y) => x - y)) {
    if (row !== previousRow + 1) {
      close(open.values(), previousRow);
      open = new Map();
    }
    const columns = [...new Set(byRow.get(row))].sort((x, y) => x - y);
    const next = new Map<string, { r0: number; c0: number; c1: number }>();
    for (let i = 0; i < columns.length;) {
      let j = i;
      while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
      const key = `${columns[i]}:${columns[j]}`;
      next.set(key, open.get(key) ?? { r0: row, c0: columns[i], c1: columns[j] });
      open.delete(key);
      i = j + 1;
    }
    close(open.values(), previousRow);
    open = next;
    previousRow = row;
  }
  close(open.values(), previousRow);
  return done.sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
}
