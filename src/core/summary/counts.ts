import type { Term } from "../vocabulary/vocabularies";
import type { Counts } from "./types";

/**
 * Keys of a status count besides the vocabulary's codes: "unreported" for a row nobody has
 * filled in, "unrecognised" for a row whose status could not be read as a term of its
 * vocabulary (the check lists those). Every key is present, zero or not, so a table of counts
 * has the same columns for every area and department.
 */
export const UNREPORTED = "unreported";
export const UNRECOGNISED = "unrecognised";

export function emptyCounts(terms: readonly Term<string>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of terms) {
    counts[t.code] = 0;
  }
  counts[UNREPORTED] = 0;
  counts[UNRECOGNISED] = 0;
  return counts;
}

export function countKeys(terms: readonly Term<string>[], keys: readonly string[]): Counts {
  const counts = emptyCounts(terms);
  for (const k of keys) {
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
