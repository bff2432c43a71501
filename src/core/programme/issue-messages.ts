import type { z } from "zod";
import type { Lang } from "../lang";
import { AREA_ID_PATTERN, ROW_ID_PATTERN } from "./schema";
import { translateSchemaMessage } from "./schema-messages";
import { valueAt } from "./issue-place";

/**
 * What is wrong, in words, for one zod issue found in a programme file. The zod issue kinds the
 * programme schema can produce each have a phrase; anything else falls back to zod's own text.
 */

type Issue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: {
    string: "text",
    number: "ett tal",
    int: "ett heltal",
    boolean: "true eller false",
    array: "en lista",
    object: "ett objekt",
    record: "ett objekt",
    null: "null",
  },
  en: {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "an object",
    record: "an object",
    null: "null",
  },
};

/** Patterns the schema uses without a message of its own. */
const KNOWN_PATTERNS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
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

/** The value as the user would recognise it: "texten "abc"", "ett tal (5)", "en lista"… */
export function describeValue(value: unknown, lang: Lang): string {
  const sv = lang === "sv";
  if (value === undefined) return sv ? "saknas" : "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return sv ? "en lista" : "a list";
  switch (typeof value) {
    case "string":
      return value === ""
        ? sv
          ? "en tom text"
          : "an empty text"
        : `${sv ? "texten" : "the text"} ${shortText(value)}`;
    case "number":
      return `${sv ? "talet" : "the number"} ${String(value)}`;
    case "boolean":
      return `${sv ? "värdet" : "the value"} ${String(value)}`;
    case "object":
      return sv ? "ett objekt" : "an object";
    default:
      return sv ? "ett värde av fel sort" : "a value of the wrong kind";
  }
}

function expectedWord(expected: string, lang: Lang): string {
  return EXPECTED[lang][expected] ?? expected;
}

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, value: unknown, lang: Lang): string {
  const sv = lang === "sv";
  const small = issue.code === "too_small";
  const limit = String(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "string") {
    const length = typeof value === "string" ? value.length : null;
    if (small && limit === "1") return sv ? "får inte vara tom" : "must not be empty";
    const has = length === null ? "" : sv ? ` (har ${length})` : ` (has ${length})`;
    if (small) return sv ? `ska ha minst ${limit} tecken${has}` : `must have at least ${limit} characters${has}`;
    return sv ? `får ha högst ${limit} tecken${has}` : `may have at most ${limit} characters${has}`;
  }
  if (issue.origin === "array") {
    if (small && limit === "1") return sv ? "får inte vara en tom lista" : "must not be an empty list";
    if (small) return sv ? `ska ha minst ${limit} element` : `must have at least ${limit} items`;
    return sv ? `får ha högst ${limit} element` : `may have at most ${limit} items`;
  }
  const is = typeof value === "number" ? (sv ? ` (är ${value})` : ` (is ${value})`) : "";
  if (small) {
    if (inclusive) return sv ? `ska vara minst ${limit}${is}` : `must be at least ${limit}${is}`;
    return sv ? `ska vara större än ${limit}${is}` : `must be greater than ${limit}${is}`;
  }
  if (inclusive) return sv ? `får vara högst ${limit}${is}` : `must be at most ${limit}${is}`;
  return sv ? `ska vara mindre än ${limit}${is}` : `must be less than ${limit}${is}`;
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown, lang: Lang): string {
  const sv = lang === "sv";
  const known =
    translateSchemaMessage(issue.message, lang) ??
    (issue.pattern === undefined ? undefined : KNOWN_PATTERNS[issue.pattern]?.[lang]);
  const rule =
    known ??
    (issue.pattern === undefined
      ? sv
        ? `har fel form (${issue.format})`
        : `has the wrong form (${issue.format})`
      : sv
        ? `ska matcha mönstret ${issue.pattern}`
        : `should match the pattern ${issue.pattern}`);
  return `${rule} (${sv ? "är" : "is"} ${describeValue(value, lang)})`;
}

function optionsText(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? `"${v}"` : String(v))).join(", ");
}

export function describeIssue(issue: Issue, input: unknown, lang: Lang): string {
  const sv = lang === "sv";
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = expectedWord(issue.expected, lang);
      if (value === undefined) return sv ? `saknas (ska vara ${expected})` : `is missing (should be ${expected})`;
      return sv
        ? `ska vara ${expected}, men är ${describeValue(value, lang)}`
        : `should be ${expected}, but is ${describeValue(value, lang)}`;
    }
    case "too_big":
    case "too_small":
      return sizeMessage(issue, value, lang);
    case "invalid_format":
      return formatMessage(issue, value, lang);
    case "invalid_value": {
      const one = issue.values.length === 1;
      const shown = optionsText(issue.values);
      const is = describeValue(value, lang);
      if (value === undefined) return sv ? `saknas (ska vara ${shown})` : `is missing (should be ${shown})`;
      if (sv) return one ? `ska vara ${shown} (är ${is})` : `ska vara en av ${shown} (är ${is})`;
      return one ? `should be ${shown} (is ${is})` : `should be one of ${shown} (is ${is})`;
    }
    case "invalid_key": {
      // The inner issues are about the key itself, which is the last step of the path.
      const key = issue.path[issue.path.length - 1];
      const inner = issue.issues
        .map((i) => describeIssue(i, typeof key === "symbol" ? undefined : String(key), lang))
        .join("; ");
      return sv ? `ogiltig nyckel: ${inner}` : `invalid key: ${inner}`;
    }
    case "not_multiple_of":
      return sv ? `ska vara en multipel av ${issue.divisor}` : `should be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return sv ? `okända fält: ${issue.keys.join(", ")}` : `unknown fields: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return sv ? "passar inte någon av de tillåtna formerna" : "matches none of the allowed forms";
    case "custom":
      return translateSchemaMessage(issue.message, lang) ?? issue.message;
    default:
      return issue.message;
  }
}
