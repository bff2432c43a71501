import { inflateBounded, LIMITS } from "../../core";
import { LimitExceededError, PartUnreadableError } from "./limit-error";
import { compressedBytes, type ZipEntry } from "./zip-directory";

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

  try {
    const out = inflateBounded(source, (size, consumed, chunk) => {
      check(size, consumed, entry, budget);
      watch?.(chunk);
    });
    budget.used += out.length;
    return out;
  } catch (error) {
    if (error instanceof LimitExceededError) throw error;
    throw new PartUnreadableError(
      entry.name,
      `it is damaged (${error instanceof Error ? error.message : String(error)})`
    );
  }
}

function check(size: number, consumed: number, entry: ZipEntry, budget: InflateBudget): void {
  if (size > LIMITS.partBytes) throw over("partBytes", entry.name);
  if (budget.used + size > LIMITS.totalBytes) throw over("totalBytes", entry.name);
  if (size > LIMITS.ratioFloorBytes && size > LIMITS.compressionRatio * Math.max(1, consumed)) {
    throw over("compressionRatio", entry.name);
  }
}
