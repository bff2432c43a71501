import { entriesFromValues } from "../check/entries";
import { AREA_COLUMNS, THIS_YEAR_KEYS } from "../layout/workbook-layout";
import { enteredValues } from "../read/entered-values";
import { labelOf } from "../read/grid-access";
import type { EnteredValues, InputColumnKey, WorkbookRead } from "../read/types";
import type { Programme } from "../programme/schema";
import { address, type RawCell } from "../workbook/cell";
import { cellText } from "../workbook/cell-text";
import { copyOf, othersOf, programmeFingerprint, rowHashOf, type CopyInfo } from "./copy-info";

/** One department copy handed to a merge: the name the user knows it by, and the copy as read. */
export interface CopyToMerge {
  readonly name: string;
  readonly read: WorkbookRead;
  /** The department's own sheets and cells in the copy (keep/own-content), named in the report. */
  readonly own?: { readonly sheets: readonly string[]; readonly cells: readonly string[] };
}

export type Prefer = "copy" | "master" | null;

/** A coordinator's decision on one conflict, keyed by conflictKey (the task pane asks cell by cell). */
export type MergeDecisions = ReadonlyMap<string, "copy" | "master">;

/** The key of a conflict (row, column, copy) for MergeDecisions. */
export function conflictKey(c: {
  readonly rowId: string;
  readonly column: InputColumnKey;
  readonly copy: string;
}): string {
  return `${c.rowId}\u0000${c.column}\u0000${c.copy}`;
}

/** Why a copy cannot be merged into this master: the whole merge is refused, nothing written. */
export type MergeRefusal =
  | { readonly copy: string; readonly reason: "notACopy" }
  | { readonly copy: string; readonly reason: "copyUnreadable"; readonly problem: string }
  | { readonly copy: string; readonly reason: "otherProgramme"; readonly programme: string; readonly master: string }
  | { readonly copy: string; readonly reason: "programmeChanged"; readonly programme: string }
  | { readonly copy: string; readonly reason: "otherYear"; readonly year: number; readonly master: number }
  | { readonly copy: string; readonly reason: "sameFileTwice"; readonly other: string };

/** Where a cell stands in the master: sheet, A1 address (null where the master lacks the row). */
export interface MergePlace {
  readonly rowId: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly column: InputColumnKey;
}

/** A cell changed on both sides to different values: nothing is overwritten unless `prefer` says so. */
export interface MergeConflict extends MergePlace {
  readonly copy: string;
  /** Who else changed it: the master (the coordinator since the split) or another copy. */
  readonly against: "master" | { readonly copy: string };
  readonly base: string;
  readonly mine: string;
  readonly theirs: string;
  /** What the merge wrote: the copy's value, the master's (kept), or nothing decided yet. */
  readonly outcome: "tookCopy" | "keptMaster" | "open";
}

/** A cell a copy changed and the merge took. */
export interface MergeTaken extends MergePlace {
  readonly copy: string;
  readonly value: string;
}

export interface CopyReport {
  readonly copy: string;
  readonly department: string;
  readonly madeAt: string;
  readonly owned: number;
  /** Cells of the copy's own rows taken into the master. */
  readonly taken: readonly MergeTaken[];
  /** Rows of the copy's own whose values already stood in the master (nothing to write). */
  readonly unchanged: number;
  /** Rows the department does not answer for but that the copy changed: reported, not taken. */
  readonly outside: readonly { readonly rowId: string; readonly sheet: string | null }[];
  /** Rows of its own the copy no longer has (deleted): nothing taken from them. */
  readonly missing: readonly string[];
  /** Sheets and cells the department added to its copy: not entries, not brought in, named. */
  readonly own: { readonly sheets: readonly string[]; readonly cells: readonly string[] };
}

export interface MergeReport {
  readonly copies: readonly CopyReport[];
  readonly conflicts: readonly MergeConflict[];
  /** Per department with rows: those still without a report after the merge. */
  readonly stillMissing: readonly { readonly department: string; readonly rows: readonly string[] }[];
}

export type MergeResult =
  | { readonly ok: false; readonly refusals: readonly MergeRefusal[] }
  | {
      readonly ok: true;
      /** The master's entries with every taken cell in place: the plan writes them back raw. */
      readonly values: Map<string, EnteredValues>;
      readonly report: MergeReport;
    };

interface Located {
  readonly sheet: string;
  readonly rowNumber: number;
  readonly columns: Readonly<Partial<Record<string, number>>>;
}

function locate(read: WorkbookRead): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const sheet of read.areaSheets) {
    for (const row of sheet.rows) {
      const id = labelOf(row.cells.id);
      if (id !== null && !out.has(id))
        out.set(id, { sheet: sheet.sheet, rowNumber: row.rowNumber, columns: sheet.columns });
    }
  }
  return out;
}

function placeOf(places: ReadonlyMap<string, Located>, rowId: string, column: InputColumnKey): MergePlace {
  const at = places.get(rowId);
  const c = at?.columns[column];
  return {
    rowId,
    column,
    sheet: at?.sheet ?? null,
    cell: at === undefined || c === undefined ? null : address(at.rowNumber, c),
  };
}

function refusalsOf(
  programme: Programme,
  year: number,
  copies: readonly CopyToMerge[]
): {
  refusals: MergeRefusal[];
  infos: CopyInfo[];
} {
  const refusals: MergeRefusal[] = [];
  const infos: CopyInfo[] = [];
  const fingerprint = programmeFingerprint(programme);
  const seen = new Map<string, string>();
  for (const c of copies) {
    const copy = copyOf(c.read);
    if (copy.kind === "master") {
      refusals.push({ copy: c.name, reason: "notACopy" });
      continue;
    }
    if (copy.kind === "broken") {
      refusals.push({ copy: c.name, reason: "copyUnreadable", problem: copy.problem });
      continue;
    }
    const info = copy.info;
    if (info.programme !== fingerprint) {
      refusals.push(
        info.programmeName === programme.name.text
          ? { copy: c.name, reason: "programmeChanged", programme: info.programmeName }
          : { copy: c.name, reason: "otherProgramme", programme: info.programmeName, master: programme.name.text }
      );
      continue;
    }
    if (info.year !== year) {
      refusals.push({ copy: c.name, reason: "otherYear", year: info.year, master: year });
      continue;
    }
    // The same copy given twice would take its cells twice; two files of one split are one copy.
    const identity = `${info.department}\u0000${info.madeAt}`;
    const other = seen.get(identity);
    if (other !== undefined) {
      refusals.push({ copy: c.name, reason: "sameFileTwice", other });
      continue;
    }
    seen.set(identity, c.name);
    infos.push(info);
  }
  return { refusals, infos };
}

/**
 * Brings the department copies' entries into the master, row by row ID, cell by cell, against
 * the base each copy recorded at the split: a cell only the copy changed is taken; one only the
 * master changed is kept; one both changed to the same value is kept; one both changed to
 * different values is a conflict, which keeps the master's value unless `prefer` is "copy" (two
 * copies that disagree stay open whatever `prefer` says; `decisions` settles conflicts one by one). Rows a copy changed but its department
 * does not answer for are reported and not taken. A copy of another programme or year is refused.
 */
export function planMerge(
  master: WorkbookRead,
  programme: Programme,
  year: number,
  copies: readonly CopyToMerge[],
  prefer: Prefer,
  /** Per conflict, what the coordinator chose; where given it wins over `prefer`. */
  decisions: MergeDecisions = new Map()
): MergeResult {
  const { refusals, infos } = refusalsOf(programme, year, copies);
  if (refusals.length > 0) return { ok: false, refusals };

  const masterValues = enteredValues(master);
  const values = new Map<string, EnteredValues>(masterValues);
  const places = locate(master);
  /** Cells a copy already decided in this merge: row → column → [copy, text]. */
  const decided = new Map<string, Map<InputColumnKey, { copy: string; text: string }>>();
  const conflicts: MergeConflict[] = [];
  const reports: CopyReport[] = [];

  copies.forEach((c, i) => {
    const info = infos[i];
    if (info === undefined) return;
    const copyValues = enteredValues(c.read);
    const taken: MergeTaken[] = [];
    const missing: string[] = [];
    let unchanged = 0;
    for (const rowId of info.owned) {
      const mine = copyValues.get(rowId);
      if (mine === undefined) {
        missing.push(rowId);
        continue;
      }
      const base = info.base[rowId] ?? {};
      const before = masterValues.get(rowId);
      let changedHere = false;
      let row: Record<string, RawCell> | null = null;
      for (const column of THIS_YEAR_KEYS) {
        const baseText = base[column] ?? "";
        const mineText = cellText(mine[column]);
        if (mineText === baseText) continue;
        const place = placeOf(places, rowId, column);
        const earlier = decided.get(rowId)?.get(column);
        const masterText = cellText(before?.[column]);
        const take = (): void => {
          row = row ?? { ...(values.get(rowId) ?? {}) };
          row[column] = mine[column] ?? null;
          const byCell = decided.get(rowId) ?? new Map<InputColumnKey, { copy: string; text: string }>();
          byCell.set(column, { copy: c.name, text: mineText });
          decided.set(rowId, byCell);
          taken.push({ ...place, copy: c.name, value: mineText });
          changedHere = true;
        };
        if (earlier !== undefined) {
          if (earlier.text !== mineText) {
            conflicts.push({
              ...place,
              copy: c.name,
              against: { copy: earlier.copy },
              base: baseText,
              mine: mineText,
              theirs: earlier.text,
              outcome: "open",
            });
          }
          continue;
        }
        if (masterText === mineText) continue;
        if (masterText === baseText) {
          take();
          continue;
        }
        const chosen = decisions.get(conflictKey({ rowId, column, copy: c.name })) ?? prefer;
        const outcome = chosen === "copy" ? "tookCopy" : chosen === "master" ? "keptMaster" : "open";
        conflicts.push({
          ...place,
          copy: c.name,
          against: "master",
          base: baseText,
          mine: mineText,
          theirs: masterText,
          outcome,
        });
        if (chosen === "copy") take();
      }
      if (row !== null) values.set(rowId, row);
      if (!changedHere) unchanged++;
    }
    const owned = new Set(info.owned);
    const outside: { rowId: string; sheet: string | null }[] = [];
    const others = othersOf(info);
    for (const [rowId, mine] of copyValues) {
      if (owned.has(rowId)) continue;
      const then = others.get(rowId);
      if (then !== undefined && then !== rowHashOf(mine)) {
        outside.push({ rowId, sheet: places.get(rowId)?.sheet ?? null });
      }
    }
    reports.push({
      copy: c.name,
      department: info.department,
      madeAt: info.madeAt,
      owned: info.owned.length,
      taken,
      unchanged,
      outside,
      missing,
      own: c.own ?? { sheets: [], cells: [] },
    });
  });

  return {
    ok: true,
    values,
    report: { copies: reports, conflicts, stillMissing: stillMissing(programme, year, values) },
  };
}

/** Per department, the rows that still lack what they ask for (status, or value for an indicator). */
function stillMissing(
  programme: Programme,
  year: number,
  values: ReadonlyMap<string, EnteredValues>
): { department: string; rows: string[] }[] {
  const byDepartment = new Map<string, string[]>();
  for (const e of entriesFromValues(programme, year, values)) {
    if (e.reported || e.department === null) continue;
    const rows = byDepartment.get(e.department) ?? [];
    rows.push(e.rowId);
    byDepartment.set(e.department, rows);
  }
  return programme.departments
    .map((d) => ({ department: d.code, rows: byDepartment.get(d.code) ?? [] }))
    .filter((d) => d.rows.length > 0);
}

/** The column headers a merge report names cells by (the workbook's Swedish ones). */
export function columnHeader(column: InputColumnKey): string {
  return AREA_COLUMNS.find((c) => c.key === column)?.header ?? column;
}
