import type { z } from "zod";
import type { Lang } from "../lang";
import type { Phrase, PhraseOf } from "../i18n/phrase";
import { AREA_ID_PATTERN, ROW_ID_PATTERN } from "./schema";
import { translateSchemaMessage } from "./schema-messages";
import { valueAt } from "./issue-place";

/**
 * What is wrong, in words, for one zod issue found in a programme file. The zod issue kinds the
 * programme schema can produce each have a phrase; anything else falls back to zod's own text.
 */

type Issue = z.core.$ZodIssue;

/** zod's names for the types it expected, as the user would say them. */
const EXPECTED: Readonly<Record<string, Phrase>> = {
  string: { sv: "text", en: "text" },
  number: { sv: "ett tal", en: "a number" },
  int: { sv: "ett heltal", en: "a whole number" },
  boolean: { sv: "true eller false", en: "true or false" },
  array: { sv: "en lista", en: "a list" },
  object: { sv: "ett objekt", en: "an object" },
  record: { sv: "ett objekt", en: "an object" },
  null: { sv: "null", en: "null" },
};

/** Patterns the schema uses without a message of its own. */
const KNOWN_PATTERNS: Readonly<Record<string, Phrase>> = {
  [String(ROW_ID_PATTERN)]: {
    sv: "ska vara ett rad-ID som 1.M1, 1.A3 eller G1.I2",
    en: "should be a row ID like 1.M1, 1.A3 or G1.I2",
  },
  [String(AREA_ID_PATTERN)]: {
    sv: "ska vara ett område-ID med 1–4 versaler eller siffror, som 1 eller G1",
    en: "should be an area ID of 1–4 capital letters or digits, like 1 or G1",
  },
  [String(/^[0-9]{4}$/)]: { sv: "ska vara ett årtal med fyra siffror", en: "should be a year of four digits" },
};

const MAX_SHOWN = 40;

function shortText(s: string): string {
  return JSON.stringify(s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);
}

/** Values that are said the same whatever they hold. */
const VALUE: Readonly<Record<"missing" | "list" | "emptyText" | "object" | "wrongKind", Phrase>> = {
  missing: { sv: "saknas", en: "missing" },
  list: { sv: "en lista", en: "a list" },
  emptyText: { sv: "en tom text", en: "an empty text" },
  object: { sv: "ett objekt", en: "an object" },
  wrongKind: { sv: "ett värde av fel sort", en: "a value of the wrong kind" },
};

/** Values that are said with what they hold, already written out. */
const VALUE_OF: Readonly<Record<"text" | "number" | "boolean", PhraseOf<string>>> = {
  text: { sv: (v) => `texten ${v}`, en: (v) => `the text ${v}` },
  number: { sv: (v) => `talet ${v}`, en: (v) => `the number ${v}` },
  boolean: { sv: (v) => `värdet ${v}`, en: (v) => `the value ${v}` },
};

/** The value as the user would recognise it: "texten "abc"", "ett tal (5)", "en lista"… */
export function describeValue(value: unknown, lang: Lang): string {
  if (value === undefined) return VALUE.missing[lang];
  if (value === null) return "null";
  if (Array.isArray(value)) return VALUE.list[lang];
  switch (typeof value) {
    case "string":
      return value === "" ? VALUE.emptyText[lang] : VALUE_OF.text[lang](shortText(value));
    case "number":
      return VALUE_OF.number[lang](String(value));
    case "boolean":
      return VALUE_OF.boolean[lang](String(value));
    case "object":
      return VALUE.object[lang];
    default:
      return VALUE.wrongKind[lang];
  }
}

function expectedWord(expected: string, lang: Lang): string {
  return EXPECTED[expected]?.[lang] ?? expected;
}

type SizeIssue = z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall;

/**
 * A size rule's limit, and what the value has (" (har 5)") said in the same language, or "" when
 * that is not known. Lists never say theirs: the user sees the list in the file.
 */
interface Size {
  readonly limit: string;
  readonly actual: string;
}

type SizeKey =
  | "stringEmpty"
  | "stringTooShort"
  | "stringTooLong"
  | "arrayEmpty"
  | "arrayTooShort"
  | "arrayTooLong"
  | "atLeast"
  | "greaterThan"
  | "atMost"
  | "lessThan";

const SIZE: Readonly<Record<SizeKey, PhraseOf<Size>>> = {
  stringEmpty: { sv: () => "får inte vara tom", en: () => "must not be empty" },
  stringTooShort: {
    sv: (p) => `ska ha minst ${p.limit} tecken${p.actual}`,
    en: (p) => `must have at least ${p.limit} characters${p.actual}`,
  },
  stringTooLong: {
    sv: (p) => `får ha högst ${p.limit} tecken${p.actual}`,
    en: (p) => `may have at most ${p.limit} characters${p.actual}`,
  },
  arrayEmpty: { sv: () => "får inte vara en tom lista", en: () => "must not be an empty list" },
  arrayTooShort: { sv: (p) => `ska ha minst ${p.limit} element`, en: (p) => `must have at least ${p.limit} items` },
  arrayTooLong: { sv: (p) => `får ha högst ${p.limit} element`, en: (p) => `may have at most ${p.limit} items` },
  atLeast: { sv: (p) => `ska vara minst ${p.limit}${p.actual}`, en: (p) => `must be at least ${p.limit}${p.actual}` },
  greaterThan: {
    sv: (p) => `ska vara större än ${p.limit}${p.actual}`,
    en: (p) => `must be greater than ${p.limit}${p.actual}`,
  },
  atMost: { sv: (p) => `får vara högst ${p.limit}${p.actual}`, en: (p) => `must be at most ${p.limit}${p.actual}` },
  lessThan: {
    sv: (p) => `ska vara mindre än ${p.limit}${p.actual}`,
    en: (p) => `must be less than ${p.limit}${p.actual}`,
  },
};

/** What a text has (its length) or a number is, for the end of a size rule. */
const ACTUAL: Readonly<Record<"length" | "number", PhraseOf<number>>> = {
  length: { sv: (n) => ` (har ${n})`, en: (n) => ` (has ${n})` },
  number: { sv: (n) => ` (är ${n})`, en: (n) => ` (is ${n})` },
};

function sizeKey(issue: SizeIssue, limit: string): SizeKey {
  const small = issue.code === "too_small";
  // A minimum of one is the rule "not empty", which says more than "at least 1".
  const empty = small && limit === "1";
  if (issue.origin === "string") return empty ? "stringEmpty" : small ? "stringTooShort" : "stringTooLong";
  if (issue.origin === "array") return empty ? "arrayEmpty" : small ? "arrayTooShort" : "arrayTooLong";
  const inclusive = issue.inclusive !== false;
  if (small) return inclusive ? "atLeast" : "greaterThan";
  return inclusive ? "atMost" : "lessThan";
}

function actualOf(issue: SizeIssue, value: unknown, lang: Lang): string {
  if (issue.origin === "string") return typeof value === "string" ? ACTUAL.length[lang](value.length) : "";
  return typeof value === "number" ? ACTUAL.number[lang](value) : "";
}

function sizeMessage(issue: SizeIssue, value: unknown, lang: Lang): string {
  const limit = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
  return SIZE[sizeKey(issue, limit)][lang]({ limit, actual: actualOf(issue, value, lang) });
}

const FORMAT: {
  readonly wrongForm: PhraseOf<string>;
  readonly pattern: PhraseOf<string>;
  readonly withValue: PhraseOf<{ readonly rule: string; readonly value: string }>;
} = {
  wrongForm: { sv: (format) => `har fel form (${format})`, en: (format) => `has the wrong form (${format})` },
  pattern: {
    sv: (pattern) => `ska matcha mönstret ${pattern}`,
    en: (pattern) => `should match the pattern ${pattern}`,
  },
  withValue: { sv: (p) => `${p.rule} (är ${p.value})`, en: (p) => `${p.rule} (is ${p.value})` },
};

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown, lang: Lang): string {
  const known =
    translateSchemaMessage(issue.message, lang) ??
    (issue.pattern === undefined ? undefined : KNOWN_PATTERNS[issue.pattern]?.[lang]);
  const rule =
    known ?? (issue.pattern === undefined ? FORMAT.wrongForm[lang](issue.format) : FORMAT.pattern[lang](issue.pattern));
  return FORMAT.withValue[lang]({ rule, value: describeValue(value, lang) });
}

function optionsText(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? `"${v}"` : String(v))).join(", ");
}

/** What should be there, and what is there said with describeValue. */
interface Mismatch {
  readonly expected: string;
  readonly actual: string;
}

const ISSUE: {
  readonly missing: PhraseOf<string>;
  readonly wrongType: PhraseOf<Mismatch>;
  readonly notTheValue: PhraseOf<Mismatch>;
  readonly notOneOf: PhraseOf<Mismatch>;
  readonly invalidKey: PhraseOf<string>;
  readonly notMultipleOf: PhraseOf<number>;
  readonly unknownFields: PhraseOf<string>;
  readonly noUnionMatch: Phrase;
} = {
  missing: {
    sv: (expected) => `saknas (ska vara ${expected})`,
    en: (expected) => `is missing (should be ${expected})`,
  },
  wrongType: {
    sv: (p) => `ska vara ${p.expected}, men är ${p.actual}`,
    en: (p) => `should be ${p.expected}, but is ${p.actual}`,
  },
  notTheValue: {
    sv: (p) => `ska vara ${p.expected} (är ${p.actual})`,
    en: (p) => `should be ${p.expected} (is ${p.actual})`,
  },
  notOneOf: {
    sv: (p) => `ska vara en av ${p.expected} (är ${p.actual})`,
    en: (p) => `should be one of ${p.expected} (is ${p.actual})`,
  },
  invalidKey: { sv: (inner) => `ogiltig nyckel: ${inner}`, en: (inner) => `invalid key: ${inner}` },
  notMultipleOf: { sv: (d) => `ska vara en multipel av ${d}`, en: (d) => `should be a multiple of ${d}` },
  unknownFields: { sv: (keys) => `okända fält: ${keys}`, en: (keys) => `unknown fields: ${keys}` },
  noUnionMatch: { sv: "passar inte någon av de tillåtna formerna", en: "matches none of the allowed forms" },
};

export function describeIssue(issue: Issue, input: unknown, lang: Lang): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = expectedWord(issue.expected, lang);
      if (value === undefined) return ISSUE.missing[lang](expected);
      return ISSUE.wrongType[lang]({ expected, actual: describeValue(value, lang) });
    }
    case "too_big":
    case "too_small":
      return sizeMessage(issue, value, lang);
    case "invalid_format":
      return formatMessage(issue, value, lang);
    case "invalid_value": {
      const expected = optionsText(issue.values);
      if (value === undefined) return ISSUE.missing[lang](expected);
      const phrase = issue.values.length === 1 ? ISSUE.notTheValue : ISSUE.notOneOf;
      return phrase[lang]({ expected, actual: describeValue(value, lang) });
    }
    case "invalid_key": {
      // The inner issues are about the key itself, which is the last step of the path.
      const key = issue.path[issue.path.length - 1];
      const inner = issue.issues
        .map((i) => describeIssue(i, typeof key === "symbol" ? undefined : String(key), lang))
        .join("; ");
      return ISSUE.invalidKey[lang](inner);
    }
    case "not_multiple_of":
      return ISSUE.notMultipleOf[lang](issue.divisor);
    case "unrecognized_keys":
      return ISSUE.unknownFields[lang](issue.keys.join(", "));
    case "invalid_union":
      return ISSUE.noUnionMatch[lang];
    case "custom":
      return translateSchemaMessage(issue.message, lang) ?? issue.message;
    default:
      return issue.message;
  }
}
