/**
 * Numbers as people type them in a Swedish sheet: decimal comma (or point), spaces, non-breaking
 * or narrow spaces between groups of three digits, a minus sign or the typographic minus.
 * "1 234,5" is 1234.5; "ca 200", "12 %" and "1,234.5" are not numbers (we never guess).
 */
const GROUPED = /^[+-]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^[+-]?\d+(?:[.,]\d+)?$/;
const SEPARATORS = /[ \u00A0\u202F]/g;

export function parseNumberText(text: string): number | null {
  const s = text.trim().replace(/^\u2212/, "-");
  if (!GROUPED.test(s) && !PLAIN.test(s)) {
    return null;
  }
  const n = Number(s.replace(SEPARATORS, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}
