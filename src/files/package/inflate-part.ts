import { Inflate } from "fflate";
import { LIMITS } from "../../core/limits";
import { LimitExceededError, PartUnreadableError } from "./limit-error";
import { compressedBytes, type ZipEntry } from "./zip-directory";

/** Compressed bytes are fed in slices this big, so one slice can never inflate past a few MB. */
const SLICE = 4096;

/** Bytes inflated so far across a package, shared by every part read from it. */
export interface InflateBudget {
  used: number;
}

function over(limit: "partBytes" | "totalBytes" | "compressionRatio", where: string): LimitExceededError {
  return new LimitExceededError({ limit, where, max: LIMITS[limit] });
}

/**
 * One part, inflated with a running count: the sizes the zip states are never trusted, so a
 * part that lies about its size is stopped as soon as it passes a limit, not after.
 */
export function inflatePart(
  data: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  /** Sees every inflated chunk as it comes, and may stop the inflation by throwing. */
  watch?: (chunk: Uint8Array) => void
): Uint8Array {
  if (entry.encrypted) throw new PartUnreadableError(entry.name, "it is encrypted");
  const source = compressedBytes(data, entry);
  if (entry.method === 0) {
    check(source.length, source.length, entry, budget);
    watch?.(source);
    budget.used += source.length;
    return source;
  }
  if (entry.method !== 8)
    throw new PartUnreadableError(entry.name, `compression method ${entry.method} is not supported`);

  const chunks: Uint8Array[] = [];
  let size = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    check(size, consumed, entry, budget);
    watch?.(chunk);
    chunks.push(chunk);
  });
  try {
    for (let o = 0; o < source.length; o += SLICE) {
      consumed = Math.min(source.length, o + SLICE);
      inflater.push(source.subarray(o, consumed), consumed === source.length);
    }
    if (source.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof LimitExceededError) throw error;
    throw new PartUnreadableError(
      entry.name,
      `it is damaged (${error instanceof Error ? error.message : String(error)})`
    );
  }
  budget.used += size;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function check(size: number, consumed: number, entry: ZipEntry, budget: InflateBudget): void {
  if (size > LIMITS.partBytes) throw over("partBytes", entry.name);
  if (budget.used + size > LIMITS.totalBytes) throw over("totalBytes", entry.name);
  if (size > LIMITS.ratioFloorBytes && size > LIMITS.compressionRatio * Math.max(1, consumed)) {
    throw over("compressionRatio", entry.name);
  }
}
