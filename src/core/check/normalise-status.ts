import type { RowType } from "../programme/schema";
import { ACTIVITY_STATUS, ASSESSMENT, STATUS_VOCABULARY_FOR, type Term } from "../vocabulary/vocabularies";
import { editDistance } from "./edit-distance";
import { compactKey, labelKey } from "./label-key";

export type StatusReading = { code: string } | { code: null; suggestion: string | null; wrongVocabulary: boolean };

const TERMS_BY_VOCABULARY = { activityStatus: ACTIVITY_STATUS, assessment: ASSESSMENT } as const;
const ALL_TERMS: readonly Term<string>[] = [...ACTIVITY_STATUS, ...ASSESSMENT];

/** Labels of five letters or fewer ("Pågår", "Utgår", "I fas") sit one edit from each other's neighbours. */
const SHORT_LABEL = 5;
const NEAR_MISS = 2;
const NEAR_MISS_SHORT = 1;
/** Nothing longer than this is a mistyped label; skips the distance work on pasted paragraphs. */
const LONGEST_PLAUSIBLE = 40;

/** The status/assessment terms a row type takes; indicators take none (their trend is derived). */
export function termsFor(rowType: RowType): readonly Term<string>[] {
  const vocabulary = STATUS_VOCABULARY_FOR[rowType];
  return vocabulary === null ? [] : TERMS_BY_VOCABULARY[vocabulary];
}

/**
 * Reads a typed status. Only an exact Swedish or English label of the row type's vocabulary gives
 * a code; everything else gives null, with a Swedish suggestion for a case, spacing, diacritic or
 * one-or-two-letter slip — never applied, only offered in the message. A label of the other
 * vocabulary (an activity status on a goal, an assessment on an activity, any label on an
 * indicator) is flagged as the wrong vocabulary instead.
 */
export function normaliseStatus(raw: string, rowType: RowType): StatusReading {
  const own = termsFor(rowType);
  const exact = own.find((t) => t.sv === raw || t.en === raw);
  if (exact !== undefined) {
    return { code: exact.code };
  }
  const other = ALL_TERMS.filter((t) => !own.includes(t));
  if (other.some((t) => t.sv === raw || t.en === raw)) {
    return { code: null, suggestion: null, wrongVocabulary: true };
  }
  const compact = compactKey(raw);
  const sameBarSpelling = (t: Term<string>): boolean => compactKey(t.sv) === compact || compactKey(t.en) === compact;
  const slip = own.find(sameBarSpelling);
  if (slip !== undefined) {
    return { code: null, suggestion: slip.sv, wrongVocabulary: false };
  }
  if (other.some(sameBarSpelling)) {
    return { code: null, suggestion: null, wrongVocabulary: true };
  }
  return { code: null, suggestion: nearMiss(labelKey(raw), own), wrongVocabulary: false };
}

/** The one term within reach of `key`; none when two different terms are equally close. */
function nearMiss(key: string, terms: readonly Term<string>[]): string | null {
  if (key.length === 0 || key.length > LONGEST_PLAUSIBLE) {
    return null;
  }
  let best: { term: Term<string>; distance: number } | null = null;
  let tied = false;
  for (const term of terms) {
    for (const label of [term.sv, term.en]) {
      const target = labelKey(label);
      const limit = target.length <= SHORT_LABEL ? NEAR_MISS_SHORT : NEAR_MISS;
      const distance = editDistance(key, target, limit);
      if (distance > limit) {
        continue;
      }
      if (best === null || distance < best.distance) {
        best = { term, distance };
        tied = false;
      } else if (distance === best.distance && best.term !== term) {
        tied = true;
      }
    }
  }
  return best === null || tied ? null : best.term.sv;
}
