import type { Lang } from "../../core";

const FORMATS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  sv: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};

/**
 * A count as the language writes it: "2 000" (a no-break space keeps it on one line) in Swedish,
 * "2,000" in English. For counts only; a year stays "2019".
 */
export function formatCount(n: number, lang: Lang): string {
  return FORMATS[lang].format(n);
}
