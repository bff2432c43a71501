import type { Area, Programme, ProgrammeRow, RowType } from "../programme/schema";
import type {
  AreaSheetRead,
  AreaSheetRow,
  CoordinatorChoice,
  CoordinatorChoices,
  EnteredValues,
  InputColumnKey,
  WorkbookRead,
} from "../read/types";
import { ASSESSMENT, ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import { address, textOf, type RawCell } from "../workbook/cell";
import { DATA_SHEET, SUMMARY_SHEET, columnIndex, type AreaColumnKey } from "../layout/workbook-layout";
import { enteredValuesOf, hasValues } from "./entered";
import type { MovedRow, RetiredRow, UpdateConflict, UpdateResult } from "./types";

/**
 * Applies a changed programme to a workbook's entries without losing any of them.
 *
 * Rows are matched by their stable ID only, never by position or text: a row that moved to
 * another area keeps its entries; a row the new programme adds starts empty; a row it drops is
 * retired, and if anything was entered in it, it is carried to the retired rows. Wherever a row
 * cannot be matched without guessing (no ID, an ID neither programme knows, the same ID twice
 * with entries, a changed row type with a status or value entered) the whole update is refused
 * and each such row is named.
 */
export function planUpdate(read: WorkbookRead, next: Programme): UpdateResult {
  const old = read.programme;
  if (old === null) {
    return {
      ok: false,
      conflicts: [{ rowId: null, sheet: DATA_SHEET, cell: null, reason: "programmeMissing", params: {} }],
    };
  }
  const year = read.meta?.year ?? null;
  const oldRows = rowIndex(old);
  const nextRows = rowIndex(next);

  const conflicts: UpdateConflict[] = [];
  const groups = new Map<string, Located[]>();
  for (const located of locateRows(read, oldRows, nextRows, year)) {
    if (located.id === null) {
      if (hasValues(located.values)) {
        conflicts.push(conflictAt(located, "id", "missingId", {}));
      }
      continue;
    }
    const group = groups.get(located.id) ?? [];
    group.push(located);
    groups.set(located.id, group);
  }

  const entries = new Map<string, EnteredValues>();
  const retired: RetiredRow[] = [];
  const moved: MovedRow[] = [];
  let kept = 0;

  for (const [id, group] of groups) {
    const withValues = group.filter((g) => hasValues(g.values));
    const first = withValues[0] ?? group[0];
    if (first === undefined) {
      continue;
    }
    for (const other of withValues.slice(1)) {
      conflicts.push(
        conflictAt(other, "id", "duplicateId", { otherCell: `${first.sheet.sheet}!${cellOf(first, "id")}` })
      );
    }
    const inNext = nextRows.get(id);
    const inOld = oldRows.get(id);
    if (inNext === undefined) {
      if (inOld === undefined) {
        conflicts.push(conflictAt(first, "id", "unknownRow", {}));
      } else if (hasValues(first.values)) {
        retired.push(retiredRow(id, inOld, first));
      }
      continue;
    }
    const previousType = inOld?.row.type ?? typeFromSheet(first.row.cells.type);
    const typeBound = typeBoundColumn(first.values);
    if (previousType !== null && previousType !== inNext.row.type && typeBound !== null) {
      conflicts.push(conflictAt(first, typeBound, "typeChanged", { from: previousType, to: inNext.row.type }));
      continue;
    }
    kept += 1;
    if (hasValues(first.values)) {
      entries.set(id, first.values);
    }
    const from = first.sheet.areaId ?? inOld?.area.id ?? null;
    if (from !== null && from !== inNext.area.id) {
      moved.push({ rowId: id, from, to: inNext.area.id });
    }
  }

  if (conflicts.length > 0) {
    return { ok: false, conflicts: inSheetOrder(conflicts, read) };
  }

  // Rows retired by an earlier update stay retired, unless the new programme brings the row back.
  const restored: string[] = [];
  const carried: RetiredRow[] = [];
  for (const earlier of read.retired ?? []) {
    if (
      earlier.type !== null &&
      nextRows.has(earlier.rowId) &&
      !groups.has(earlier.rowId) &&
      !entries.has(earlier.rowId)
    ) {
      entries.set(earlier.rowId, earlier.values);
      restored.push(earlier.rowId);
    } else {
      carried.push(earlier);
    }
  }

  const added = [...nextRows.keys()].filter((id) => !groups.has(id) && !restored.includes(id));
  const retiredIds = [...oldRows.keys()].filter((id) => !nextRows.has(id));
  const { choices, retiredChoices } = keptChoices(read.choices, old, next);
  return {
    ok: true,
    values: entries,
    retired: [...carried, ...retired, ...retiredChoices],
    choices,
    report: { added, moved, retired: retiredIds, restored, kept },
  };
}

interface Located {
  readonly sheet: AreaSheetRead;
  readonly row: AreaSheetRow;
  readonly id: string | null;
  readonly values: EnteredValues;
}

interface IndexedRow {
  readonly row: ProgrammeRow;
  readonly area: Area;
}

function rowIndex(programme: Programme): Map<string, IndexedRow> {
  const index = new Map<string, IndexedRow>();
  for (const area of programme.areas) {
    for (const row of area.rows) {
      index.set(row.id, { row, area });
    }
  }
  return index;
}

function locateRows(
  read: WorkbookRead,
  oldRows: Map<string, IndexedRow>,
  nextRows: Map<string, IndexedRow>,
  year: number | null
): Located[] {
  const out: Located[] = [];
  for (const sheet of read.areaSheets) {
    for (const row of sheet.rows) {
      const id = textOf(row.cells.id);
      // What was pre-filled comes from the programme the workbook was generated from.
      const programmeRow = id === null ? undefined : (oldRows.get(id) ?? nextRows.get(id))?.row;
      out.push({ sheet, row, id, values: enteredValuesOf(row, programmeRow, year) });
    }
  }
  return out;
}

/** Conflicts as the rows stand in the workbook: sheet by sheet, top to bottom. */
function inSheetOrder(conflicts: readonly UpdateConflict[], read: WorkbookRead): UpdateConflict[] {
  const sheetIndex = (name: string): number => read.areaSheets.findIndex((s) => s.sheet === name);
  const rowOf = (cell: string | null): number => Number(/[0-9]+$/.exec(cell ?? "")?.[0] ?? 0);
  return [...conflicts].sort((a, b) => sheetIndex(a.sheet) - sheetIndex(b.sheet) || rowOf(a.cell) - rowOf(b.cell));
}

function cellOf(located: Located, key: AreaColumnKey): string {
  const column = located.sheet.columns[key] ?? located.sheet.columns.id ?? columnIndex(key) + 1;
  return address(located.row.rowNumber, column);
}

function conflictAt(
  located: Located,
  key: AreaColumnKey,
  reason: UpdateConflict["reason"],
  params: Record<string, string | number>
): UpdateConflict {
  return { rowId: located.id, sheet: located.sheet.sheet, cell: cellOf(located, key), reason, params };
}

function typeFromSheet(cell: RawCell): RowType | null {
  const label = textOf(cell)?.toLowerCase();
  if (label === undefined) {
    return null;
  }
  const types = Object.keys(ROW_TYPE_LABEL) as RowType[];
  return (
    types.find((t) => ROW_TYPE_LABEL[t].sv.toLowerCase() === label || ROW_TYPE_LABEL[t].en.toLowerCase() === label) ??
    null
  );
}

/** The entered column whose meaning depends on the row type, if any. */
function typeBoundColumn(values: EnteredValues): InputColumnKey | null {
  const bound: readonly InputColumnKey[] = ["status", "value", "lastYear"];
  return bound.find((key) => values[key] !== undefined) ?? null;
}

function retiredRow(id: string, inOld: IndexedRow, located: Located): RetiredRow {
  return {
    rowId: id,
    type: inOld.row.type,
    areaId: located.sheet.areaId ?? inOld.area.id,
    sheet: located.sheet.sheet,
    text: inOld.row.text.text,
    values: located.values,
  };
}

function choiceHasContent(choice: CoordinatorChoice): boolean {
  return choice.assessment !== null || (choice.raw ?? "").trim() !== "" || (choice.text ?? "").trim() !== "";
}

/**
 * Choices stay for the programme as a whole and for areas the new programme still has; a choice
 * made for an area that is gone is carried to the retired rows, so its text is not lost.
 */
function keptChoices(
  choices: CoordinatorChoices,
  old: Programme,
  next: Programme
): { choices: CoordinatorChoices; retiredChoices: RetiredRow[] } {
  const retired: RetiredRow[] = [];
  const nextAreas = new Set(next.areas.map((a) => a.id));
  const kept: Record<string, CoordinatorChoice> = {};
  for (const [key, choice] of Object.entries(choices)) {
    if (key === "overall" || nextAreas.has(key)) {
      kept[key] = choice;
      continue;
    }
    if (!choiceHasContent(choice)) {
      continue;
    }
    // The retired sheet keeps the label as the summary sheet showed it: in Swedish, whatever the user's language.
    const term = ASSESSMENT.find((t) => t.code === choice.assessment);
    const label = choice.raw ?? (term === undefined ? null : term.sv);
    const values: Partial<Record<InputColumnKey, RawCell>> = {};
    if (label !== null) {
      values.status = label;
    }
    if (choice.text !== null) {
      values.comment = choice.text;
    }
    retired.push({
      rowId: key,
      type: null,
      areaId: key,
      sheet: SUMMARY_SHEET,
      text: old.areas.find((a) => a.id === key)?.name.text ?? null,
      values,
    });
  }
  return { choices: kept, retiredChoices: retired };
}
