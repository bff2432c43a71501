import { Inflate } from "fflate";

/** Compressed bytes are fed in slices this big, so one slice can never inflate past a few MB. */
const SLICE = 4096;

/**
 * Inflates raw deflate data with a running count: `check(inflated, consumed, chunk)` sees the sizes
 * and the new chunk after every step and stops the inflation by throwing. Sizes a file states are never trusted, so data
 * that claims little and inflates to gigabytes stops at the first limit, not after.
 */
export function inflateBounded(
  bytes: Uint8Array,
  check: (inflated: number, consumed: number, chunk: Uint8Array) => void
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    check(size, consumed, chunk);
    chunks.push(chunk);
  });
  for (let o = 0; o < bytes.length; o += SLICE) {
    consumed = Math.min(bytes.length, o + SLICE);
    inflater.push(bytes.subarray(o, consumed), consumed === bytes.length);
  }
  if (bytes.length === 0) inflater.push(new Uint8Array(0), true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
