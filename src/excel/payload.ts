/**
 * Excel on the web takes at most 5 MB per request (and per response). The adapter estimates the
 * size of each 2-D write as it queues it and sends a request before the queued writes would pass
 * this budget: ~4 MB, leaving room for the request's own framing, which the estimate (the JSON of
 * the values) does not count.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** A response the adapter asks for when a workbook is too large to read in one (the limit is 5 MB). */
export const RESPONSE_BUDGET_BYTES = 4_000_000;

/** What one queued operation (a path, a property name, a method call) adds besides its arguments. */
export const OPERATION_BYTES = 100;

/** Bytes of `text` in UTF-8, without allocating (the add-in runs in a browser: no Buffer). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The size of a value as it travels in a request: its JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

export interface RowChunk {
  /** Index of the chunk's first row. */
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/**
 * Consecutive rows grouped so that each group's estimated size stays within `budget` — the first
 * within `firstBudget`, the room left in the request being queued, so that a large write fills
 * that request before it starts another. A row larger than the budget on its own stays alone
 * (Excel would refuse it however it was cut).
 */
export function rowChunks(
  rowBytes: readonly number[],
  budget: number = REQUEST_BUDGET_BYTES,
  firstBudget: number = budget
): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    const b = rowBytes[i] ?? 0;
    const limit = chunks.length === 0 ? firstBudget : budget;
    if (i > start && bytes + b > limit) {
      chunks.push({ start, count: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (rowBytes.length > start) chunks.push({ start, count: rowBytes.length - start, bytes });
  return chunks;
}
