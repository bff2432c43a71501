import type { Programme } from "../programme/schema";
import type { AreaSheetRow, RowEntry, WorkbookRead } from "../read/types";
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
      if (row === undefined) {
        continue;
      }
      const status = readText(row.cells.status);
      const value = readNumber(row.cells.value);
      const department = readText(row.cells.department);
      const known = department.kind === "text" ? readDepartment(department.raw, index) : null;
      const statusCode =
        status.kind === "text" && programmeRow.type !== "indicator"
          ? countedStatus(status.raw, programmeRow.type)
          : null;
      entries.push({
        rowId: programmeRow.id,
        areaId: area.id,
        type: programmeRow.type,
        // An empty or unknown department (reported by the check) leaves the row with its owner in the programme.
        department: known?.kind === "known" ? known.code : programmeRow.department,
        status: statusCode,
        done: freeText(readText(row.cells.done)),
        comment: freeText(readText(row.cells.comment)),
        value: numberOf(value),
        lastYear: numberOf(readNumber(row.cells.lastYear)),
        reported: programmeRow.type === "indicator" ? value.kind !== "empty" : status.kind !== "empty",
      });
    }
  }
  return entries;
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
