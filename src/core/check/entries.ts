import type { Area, Programme, ProgrammeRow } from "../programme/schema";
import type { AreaSheetRow, EnteredValues, RowEntry, WorkbookRead } from "../read/types";
import { prefilledValues } from "../update/entered";
import { isFormula, type RawCell } from "../workbook/cell";
import { readNumber, readText, type NumberReading, type TextReading } from "./cell-reading";
import { normaliseStatus } from "./normalise-status";
import { indexProgramme, readDepartment, type ProgrammeIndex } from "./programme-index";
import { idOf } from "./row-context";
import { ACTIVITY_STATUS, ASSESSMENT } from "../vocabulary/vocabularies";

/**
 * The programme rows found in the sheets, as the summary counts them. Only what is unambiguous
 * counts: an exact status label, a number; anything else is null here and a finding in the check.
 * A row that appears twice is taken from its first occurrence (the check reports the second).
 * Entries come in programme order.
 */
export function collectEntries(read: WorkbookRead, programme: Programme): RowEntry[] {
  return entriesFrom(read, indexProgramme(programme));
}

export function entriesFrom(read: WorkbookRead, index: ProgrammeIndex): RowEntry[] {
  const firstRow = new Map<string, AreaSheetRow>();
  for (const sheet of read.areaSheets) {
    for (const row of sheet.rows) {
      const id = idOf(row);
      if (id !== null && !firstRow.has(id)) {
        firstRow.set(id, row);
      }
    }
  }
  const entries: RowEntry[] = [];
  for (const area of index.programme.areas) {
    for (const programmeRow of area.rows) {
      const row = firstRow.get(programmeRow.id);
      if (row !== undefined) entries.push(entryOf(programmeRow, area, row.cells, index));
    }
  }
  return entries;
}

/**
 * The entries a workbook will hold once written from the programme with these values (pre-filled
 * as the generator does, the values on top), without writing or reading any cell: what the
 * summary of a generated, updated or rewritten workbook counts.
 */
export function entriesFromValues(
  programme: Programme,
  year: number,
  values: ReadonlyMap<string, EnteredValues>
): RowEntry[] {
  const index = indexProgramme(programme);
  return programme.areas.flatMap((area) =>
    area.rows.map((row) => {
      const given: Record<string, RawCell> = { ...prefilledValues(row, year), ...values.get(row.id) };
      // The plan writes a formula in an input as its text, never live: it is counted as that text.
      const cells = Object.fromEntries(Object.entries(given).map(([k, c]) => [k, isFormula(c) ? c.formula : c]));
      return entryOf(row, area, cells, index);
    })
  );
}

type EntryCells = Readonly<
  Partial<Record<"department" | "status" | "done" | "comment" | "value" | "lastYear", RawCell>>
>;

/** One programme row's entry from its cells, as the summary counts it. */
function entryOf(programmeRow: ProgrammeRow, area: Area, cells: EntryCells, index: ProgrammeIndex): RowEntry {
  const status = readText(cells.status ?? null);
  const value = readNumber(cells.value ?? null);
  const department = readText(cells.department ?? null);
  const known = department.kind === "text" ? readDepartment(department.raw, index) : null;
  const statusCode =
    status.kind === "text" && programmeRow.type !== "indicator" ? countedStatus(status.raw, programmeRow.type) : null;
  return {
    rowId: programmeRow.id,
    areaId: area.id,
    type: programmeRow.type,
    // An empty or unknown department (reported by the check) leaves the row with its owner in the programme.
    department: known?.kind === "known" ? known.code : programmeRow.department,
    status: statusCode,
    done: freeText(readText(cells.done ?? null)),
    comment: freeText(readText(cells.comment ?? null)),
    value: numberOf(value),
    lastYear: numberOf(readNumber(cells.lastYear ?? null)),
    reported: programmeRow.type === "indicator" ? value.kind !== "empty" : status.kind !== "empty",
  };
}

/**
 * The summary counts a status the way the summary sheet's COUNTIFS does, so the file and the
 * core agree: the whole cell equal to a Swedish or English label, ignoring case (COUNTIFS is
 * case-insensitive in Excel and LibreOffice alike). The check still reports a case slip.
 */
function countedStatus(raw: string, type: "goal" | "activity"): string | null {
  const exact = normaliseStatus(raw, type).code;
  if (exact !== null) {
    return exact;
  }
  const lower = raw.toLowerCase();
  const terms = type === "goal" ? ASSESSMENT : ACTIVITY_STATUS;
  return terms.find((t) => t.sv.toLowerCase() === lower || t.en.toLowerCase() === lower)?.code ?? null;
}

function freeText(reading: TextReading): string | null {
  return reading.kind === "text" ? reading.raw.trim() : null;
}

function numberOf(reading: NumberReading): number | null {
  return reading.kind === "number" ? reading.value : null;
}

/**
 * Whether a row counts as reported: a status the check can read (goals and activities), or a
 * value (indicators). A status typed but not recognised is an error the check names, never a
 * report; the summary's counts, the summary sheet's formulas and the close warning agree.
 */
export function countsAsReported(entry: Pick<RowEntry, "type" | "status" | "reported">): boolean {
  return entry.type === "indicator" ? entry.reported : entry.status !== null;
}
