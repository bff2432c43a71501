/** U+00A0: a space a line is never broken at. */
export const NBSP = "\u00a0";

const THOUSANDS = /(\d) (?=\d{3}(?!\d))/g;
const NUMBER_UNIT = /(\d) (?=(?:kr|tkr|mnkr|st|inv\.?|per|%)(?![\p{L}\d]))/gu;
const PER_NUMBER = /(\bper) (?=\d)/g;

/**
 * A committee document keeps a figure on one line: "1 800 000 kr" and "103 per 1 000 inv." never
 * break inside, so the spaces in and after numbers become no-break spaces. Only the report's
 * text gets them: cells and the terminal keep plain spaces (summary/number-format.ts says why).
 */
export function keepTogether(text: string): string {
  return text.replace(THOUSANDS, `$1${NBSP}`).replace(NUMBER_UNIT, `$1${NBSP}`).replace(PER_NUMBER, `$1${NBSP}`);
}
