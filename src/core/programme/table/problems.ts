import type { Lang } from "../../lang";
import { atRow, tableMessage, type TableProblemKey } from "./messages";

/** One problem, kept with its row and column so a later check does not say the same thing again. */
export interface TableProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export class TableProblems {
  readonly list: TableProblem[] = [];

  constructor(readonly lang: Lang) {}

  /** A problem of sheet row `row` (null: the table as a whole), about `column` when one is to blame. */
  add(
    row: number | null,
    column: string | null,
    key: TableProblemKey,
    params: Readonly<Record<string, string>> = {}
  ): void {
    this.push(row, column, tableMessage(key, { column: column ?? "", ...params }, this.lang));
  }

  push(row: number | null, column: string | null, message: string): void {
    this.list.push({ row, column, message: row === null ? message : atRow(row, message, this.lang) });
  }

  has(row: number | null, column: string | null): boolean {
    return this.list.some((p) => p.row === row && (column === null || p.column === column));
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  messages(): string[] {
    return this.list.map((p) => p.message);
  }
}
