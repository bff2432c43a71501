import type { Lang } from "../core";

export type NotAWorkbookReason = "empty" | "notZip" | "noWorkbook" | "unreadable";

const MESSAGES: Readonly<Record<NotAWorkbookReason, Readonly<Record<Lang, string>>>> = {
  empty: {
    sv: "Filen är tom. Välj en Excel-arbetsbok (.xlsx).",
    en: "The file is empty. Choose an Excel workbook (.xlsx).",
  },
  notZip: {
    sv: "Filen är inte en Excel-arbetsbok (.xlsx). Är det en äldre .xls-fil, en lösenordsskyddad arbetsbok eller en annan sorts fil? Spara den som .xlsx och försök igen.",
    en: "The file is not an Excel workbook (.xlsx). Is it an older .xls file, a password-protected workbook or another kind of file? Save it as .xlsx and try again.",
  },
  noWorkbook: {
    sv: "Filen är ett Office-paket men ingen Excel-arbetsbok (den saknar kalkylblad), till exempel ett Word-dokument. Välj uppföljningens .xlsx-fil.",
    en: "The file is an Office package but not an Excel workbook (it has no worksheets), for example a Word document. Choose the follow-up's .xlsx file.",
  },
  unreadable: {
    sv: "Filen ser ut som en Excel-arbetsbok men går inte att läsa; den kan vara skadad eller ofullständigt sparad.",
    en: "The file looks like an Excel workbook but cannot be read; it may be damaged or not completely saved.",
  },
};

/**
 * Thrown by readXlsx for anything that is not a readable .xlsx. The message is Swedish and
 * English; `messageIn` gives one language, `reason` says which case it was.
 */
export class NotAWorkbookError extends Error {
  readonly reason: NotAWorkbookReason;
  readonly detail: string | null;

  constructor(reason: NotAWorkbookReason, detail: string | null = null) {
    super(`${MESSAGES[reason].sv} / ${MESSAGES[reason].en}`);
    this.name = "NotAWorkbookError";
    this.reason = reason;
    this.detail = detail;
  }

  messageIn(lang: Lang): string {
    return MESSAGES[this.reason][lang];
  }
}
