import { copyOf, entriesAtRisk } from "../core";
import type { Finding, WorkbookMeta, WorkbookRead } from "../core";

/**
 * What each use case refuses before it writes anything, one table for the command line and the
 * task pane (each words the refusal in its own way): a department's copy where only the
 * coordinator's workbook will do, a closed year where the year is locked, and entries the reader
 * cannot place with certainty where the use case would write over or past them.
 */
export type GuardedUseCase =
  | "update"
  | "writeSummary"
  | "saveRows"
  | "close"
  | "reopen"
  | "rollover"
  | "split"
  | "merge"
  /** A department's copy read for a merge: its own entries must be certain too. */
  | "copyToMerge";

interface Guards {
  /** Refuse a department's copy: updating, closing, reopening, rolling over, splitting or merging into one would split the year. */
  readonly copy: boolean;
  /** Refuse a closed year: it is locked until reopened. */
  readonly closed: boolean;
  /**
   * Refuse entries at risk: "all" (tables, columns and rows), "columns" (update matches rows
   * itself and names each row it cannot), "none" (the use case writes only cells it owns).
   */
  readonly entries: "all" | "columns" | "none";
}

export const GUARDS: Readonly<Record<GuardedUseCase, Guards>> = {
  update: { copy: true, closed: true, entries: "columns" },
  writeSummary: { copy: false, closed: true, entries: "none" },
  saveRows: { copy: false, closed: true, entries: "none" },
  close: { copy: true, closed: false, entries: "all" },
  reopen: { copy: true, closed: false, entries: "all" },
  rollover: { copy: true, closed: false, entries: "all" },
  split: { copy: true, closed: true, entries: "all" },
  merge: { copy: true, closed: true, entries: "all" },
  copyToMerge: { copy: false, closed: false, entries: "all" },
};

export type GuardRefusal =
  | { readonly kind: "workbookIsCopy"; readonly department: string }
  | { readonly kind: "workbookClosed"; readonly year: number }
  | { readonly kind: "entriesAtRisk"; readonly risks: readonly Finding[] };

/**
 * The first thing `useCase` refuses in this workbook, in the table's order (copy, closed,
 * entries), or null. `rewritesFile`: the command line rewrites the whole file where the task pane
 * writes only its own cells, so there every entry must be placed with certainty.
 */
export function guardRefusal(
  useCase: GuardedUseCase,
  read: WorkbookRead,
  options: { readonly rewritesFile?: boolean } = {}
): GuardRefusal | null {
  const guards = GUARDS[useCase];
  if (guards.copy) {
    const copy = copyOf(read);
    if (copy.kind === "copy") return { kind: "workbookIsCopy", department: copy.info.department };
  }
  const closed = guards.closed ? closedRefusal(read.meta) : null;
  if (closed !== null) return closed;
  const entries = options.rewritesFile === true && guards.entries === "none" ? "all" : guards.entries;
  if (entries !== "none") {
    const risks = entriesAtRisk(read, { rows: entries === "all" });
    if (risks.length > 0) return { kind: "entriesAtRisk", risks };
  }
  return null;
}

/** A closed year is locked: the refusal every use case that writes an open year's cells gives. */
export function closedRefusal(meta: Pick<WorkbookMeta, "closed" | "year"> | null): GuardRefusal | null {
  return meta?.closed === true ? { kind: "workbookClosed", year: meta.year } : null;
}
