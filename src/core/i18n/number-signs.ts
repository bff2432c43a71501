import type { Phrase } from "./phrase";

/**
 * The signs numbers are written with, per language: one table for every place that writes a
 * number in a sentence or a form. A plain space groups Swedish thousands, not Intl's no-break
 * space, which some engines use and others do not.
 *   sv: 1 234 567,5   and "86 %"      en: 1,234,567.5   and "86%"
 */
export const NUMBER_SIGNS = {
  group: { sv: " ", en: "," },
  decimal: { sv: ",", en: "." },
  percentGap: { sv: " ", en: "" },
} as const satisfies Record<string, Phrase>;
