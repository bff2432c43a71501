import type { ProgrammeRow, Term } from "../../../src/core";

/** What a department head types for one row in the My rows form. */
export interface Typed {
  readonly row: ProgrammeRow;
  readonly status?: Term<string>;
  readonly done?: string;
  readonly comment?: string;
  /** As typed, with a Swedish decimal comma. */
  readonly value?: string;
  readonly valueNumber?: number;
}
