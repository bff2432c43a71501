import type { Lang, PhraseOf } from "../core";

interface Named {
  readonly year: number;
  readonly department?: string;
}

/** The names the task pane offers its files under, in the user's language. */
const FILE_NAMES = {
  report: { sv: (p) => `Uppföljning ${p.year} – rapport.docx`, en: (p) => `Follow-up ${p.year} – report.docx` },
  summary: {
    sv: (p) => `Uppföljning ${p.year} – sammanfattning.xlsx`,
    en: (p) => `Follow-up ${p.year} – summary.xlsx`,
  },
  nextYear: { sv: (p) => `Uppföljning ${p.year}.xlsx`, en: (p) => `Follow-up ${p.year}.xlsx` },
  copy: {
    sv: (p) => `Uppföljning ${p.year} – ${p.department ?? ""}.xlsx`,
    en: (p) => `Follow-up ${p.year} – ${p.department ?? ""}.xlsx`,
  },
} as const satisfies Readonly<Record<string, PhraseOf<Named>>>;

export type FileKind = keyof typeof FILE_NAMES;

export function fileName(kind: FileKind, lang: Lang, named: Named): string {
  return FILE_NAMES[kind][lang](named);
}
