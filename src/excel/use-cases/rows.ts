import { ROW_TYPE_LABEL, textOf } from "../../core";
import type { AreaSheetRead, AreaSheetRow, Programme, ProgrammeRow, RowType, WorkbookRead } from "../../core";

/** A row of an area sheet with what the programme says about it. */
export interface LocatedRow {
  readonly sheet: AreaSheetRead;
  readonly row: AreaSheetRow;
  readonly id: string;
  readonly programmeRow: ProgrammeRow | undefined;
}

export function programmeRows(programme: Programme): Map<string, ProgrammeRow> {
  return new Map(programme.areas.flatMap((a) => a.rows.map((r) => [r.id, r] as const)));
}

/** Every row with an ID, first occurrence of an ID only (the check reports the others). */
export function locatedRows(read: WorkbookRead, programme: Programme): Map<string, LocatedRow> {
  const index = programmeRows(programme);
  const out = new Map<string, LocatedRow>();
  for (const sheet of read.areaSheets) {
    for (const row of sheet.rows) {
      const id = textOf(row.cells.id);
      if (id === null || out.has(id)) continue;
      out.set(id, { sheet, row, id, programmeRow: index.get(id) });
    }
  }
  return out;
}

export function rowTypeOf(located: LocatedRow): RowType | null {
  if (located.programmeRow !== undefined) return located.programmeRow.type;
  const label = textOf(located.row.cells.type)?.toLowerCase();
  const types = Object.keys(ROW_TYPE_LABEL) as RowType[];
  return (
    types.find((t) => ROW_TYPE_LABEL[t].sv.toLowerCase() === label || ROW_TYPE_LABEL[t].en.toLowerCase() === label) ??
    null
  );
}

/** The department responsible for a row: what the sheet says, else the programme. */
export function departmentOf(located: LocatedRow): string | null {
  return textOf(located.row.cells.department) ?? located.programmeRow?.department ?? null;
}
