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
  function* slices(): Generator<Uint8Array> {
    for (let o = 0; o < bytes.length; o += SLICE) yield bytes.subarray(o, Math.min(bytes.length, o + SLICE));
  }
  return inflateBoundedSlices(slices(), check);
}

/**
 * The same over compressed data that arrives in slices (decoded as it is needed): a bomb stops at
 * its first limit before the rest of its input is even decoded.
 */
export function inflateBoundedSlices(
  input: Iterable<Uint8Array>,
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
  let pending: Uint8Array | null = null;
  for (const slice of input) {
    if (pending !== null) inflater.push(pending, false);
    consumed += slice.length;
    pending = slice;
  }
  inflater.push(pending ?? new Uint8Array(0), true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
