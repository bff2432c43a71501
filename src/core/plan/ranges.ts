import { address, columnLetter } from "../workbook/cell";

/** "E8:E12", or "E8" for a single cell. */
export function rangeAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  const from = address(firstRow, firstColumn);
  const to = address(lastRow, lastColumn);
  return from === to ? from : `${from}:${to}`;
}

export interface Run<K> {
  readonly key: K;
  /** Index of the first and last item of the run. */
  readonly first: number;
  readonly last: number;
}

/** Consecutive items with the same key, so one validation or format covers each run. */
export function runsOf<T, K>(items: readonly T[], keyOf: (item: T) => K): Run<K>[] {
  const runs: Run<K>[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const current = runs[runs.length - 1];
    if (current !== undefined && current.key === key && current.last === i - 1) {
      runs[runs.length - 1] = { ...current, last: i };
    } else {
      runs.push({ key, first: i, last: i });
    }
  });
  return runs;
}

/** Column ranges for the 1-based columns given, contiguous columns joined: "D8:G20", "N8:N20". */
export function columnRuns(columns: readonly number[], firstRow: number, lastRow: number): string[] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs = runsOf(
    sorted.map((c, i) => ({ c, group: c - i })),
    (x) => x.group
  );
  return runs.map((r) => {
    const from = sorted[r.first] ?? 1;
    const to = sorted[r.last] ?? from;
    return `${columnLetter(from)}${firstRow}:${columnLetter(to)}${lastRow}`;
  });
}
