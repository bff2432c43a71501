import { address } from "../workbook/cell";
import { AREA_TABLE_HEADER_ROW } from "../layout/workbook-layout";
import { SUMMARY_TABLE_HEADER_ROW } from "../layout/summary-layout";
import type { CellBlock, CellStyle } from "./types";

/** Above the tables of a closed year: why nothing can be typed any more. */
export const CLOSED_YEAR_NOTE = "Året är stängt: uppgifterna är låsta och kan inte ändras.";

const CLOSED_NOTE_STYLE: CellStyle = { bold: true, fontColour: "9C0006" };

/**
 * The note on an area sheet: column B of the blank row above the table's header (row 6 as
 * generated; `headerRow` where someone moved the table down).
 */
export function areaClosedNote(headerRow: number = AREA_TABLE_HEADER_ROW): CellBlock {
  return { topLeft: address(headerRow - 1, 2), cells: [[CLOSED_YEAR_NOTE]], style: CLOSED_NOTE_STYLE };
}

/** The note on the summary sheet: the free cell left of the column groups above the table. */
export function summaryClosedNote(): CellBlock {
  return { topLeft: address(SUMMARY_TABLE_HEADER_ROW - 1, 1), cells: [[CLOSED_YEAR_NOTE]], style: CLOSED_NOTE_STYLE };
}

/** Above a department copy's tables: whose copy it is and what to do with it. */
export function copyNoteText(department: string, name: string | null): string {
  const who = name === null || name === department ? department : `${department} (${name})`;
  return `Avdelningskopia för ${who}: fyll i era rader och skicka filen tillbaka till samordnaren. Övriga rader är låsta.`;
}

const COPY_NOTE_STYLE: CellStyle = { bold: true, fontColour: "1F4E78" };

export function areaCopyNote(text: string, headerRow: number = AREA_TABLE_HEADER_ROW): CellBlock {
  return { topLeft: address(headerRow - 1, 2), cells: [[text]], style: COPY_NOTE_STYLE };
}

export function summaryCopyNote(text: string): CellBlock {
  return { topLeft: address(SUMMARY_TABLE_HEADER_ROW - 1, 1), cells: [[text]], style: COPY_NOTE_STYLE };
}

/** On the summary of a year opened again: when and why, where a closed year says it is closed. */
export function summaryReopenedNote(day: string, reason: string): CellBlock {
  return {
    topLeft: address(SUMMARY_TABLE_HEADER_ROW - 1, 1),
    cells: [[`Året stängdes och öppnades igen ${day}: ${reason}`]],
    style: COPY_NOTE_STYLE,
  };
}
