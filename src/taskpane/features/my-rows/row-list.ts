/**
 * Which of a department's rows the form shows: a filter, a search and one page of cards. A
 * department may answer for two thousand rows; the form renders one page, so its cost does not
 * grow with the department. Pure: the screen hands in what it knows of each row.
 */

export type RowFilter = "all" | "missing" | "problems" | "changed";

export const ROW_FILTERS: readonly RowFilter[] = ["all", "missing", "problems", "changed"];

/** Cards on one page: enough to work through, few enough to render at once. */
export const ROWS_PER_PAGE = 20;

export interface ListedRow {
  readonly rowId: string;
  readonly text: string;
  /** Reported as the sheet stands (saved), not as typed: a row does not leave "not filled in" mid-word. */
  readonly reportedInSheet: boolean;
  /** The form's values fail the check's rules (as typed). */
  readonly hasProblem: boolean;
  /** Typed into and not saved. */
  readonly changed: boolean;
}

/**
 * A row typed into stays in view whatever the filter until it is saved: filling in a row must
 * not make it vanish under the user's cursor.
 */
export function passesFilter(row: ListedRow, filter: RowFilter): boolean {
  if (row.changed) return true;
  switch (filter) {
    case "all":
      return true;
    case "missing":
      return !row.reportedInSheet;
    case "problems":
      return row.hasProblem;
    case "changed":
      return false;
  }
}

function folded(text: string): string {
  return text.toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();
}

/** Every word of the query found in the row's ID or text, in any order and case. */
export function matchesSearch(row: ListedRow, query: string): boolean {
  const words = folded(query)
    .split(" ")
    .filter((w) => w !== "");
  if (words.length === 0) return true;
  const haystack = `${folded(row.rowId)} ${folded(row.text)}`;
  return words.every((w) => haystack.includes(w));
}

export interface RowPage<T> {
  readonly items: readonly T[];
  /** 0-based, clamped to the pages there are. */
  readonly page: number;
  readonly pages: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when none. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size: number = ROWS_PER_PAGE): RowPage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = current * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    page: current,
    pages,
    from: shown.length === 0 ? 0 : start + 1,
    to: start + shown.length,
    total: items.length,
  };
}

export interface RowCounts {
  readonly total: number;
  /** Reported as typed, saved or not: the counter follows the user's typing. */
  readonly filled: number;
  readonly problems: number;
  readonly changed: number;
}
