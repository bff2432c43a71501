import { symbolOf, type Term } from "../vocabulary/vocabularies";
import type { HeaderFooterPlan, PrintPlan, ProtectionAllowances, ProtectionPlan } from "./types";

/** A text format that shows the term's shape before the cell's text: `"● "@`. */
export function shapeFormat(term: Term<string>): string {
  return `"${symbolOf(term)} "@`;
}

/**
 * Department heads may still resize, filter and sort on a protected sheet; they may not insert or
 * delete rows (the table's rows come from the programme; a lost row is a lost ID).
 */
export const INPUT_SHEET_ALLOWANCES: ProtectionAllowances = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: false,
  formatColumns: true,
  formatRows: true,
  insertRows: false,
  deleteRows: false,
  sort: true,
  autoFilter: true,
};

export function protectedWith(unlockedRanges: readonly string[]): ProtectionPlan {
  return { protected: true, unlockedRanges, allow: INPUT_SHEET_ALLOWANCES, password: null };
}

export const UNPROTECTED: ProtectionPlan = {
  protected: false,
  unlockedRanges: [],
  allow: INPUT_SHEET_ALLOWANCES,
  password: null,
};

/** A literal text inside an Excel header or footer: "&" starts a code, so it is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

export const PAGE_FOOTER: HeaderFooterPlan = { center: "Sida &P av &N" };

export function landscapePrint(printTitleRows: string | null, header: HeaderFooterPlan): PrintPlan {
  return { orientation: "landscape", paperSize: "A4", fitToWidth: 1, printTitleRows, header, footer: PAGE_FOOTER };
}
