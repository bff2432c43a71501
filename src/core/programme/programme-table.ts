import type { Lang } from "../lang";
import type { RawCell } from "../workbook/cell";
import type { ProgrammeParseResult } from "./parse-programme";
import { ProgrammeSchema } from "./schema";
import { readKeyBlock } from "./table/block";
import { buildProgrammeInput } from "./table/build";
import { checkAcrossRows } from "./table/checks";
import { HEADER_MARKERS, REQUIRED_COLUMNS } from "./table/format";
import { findHeaderRow, labelOf, readHeader } from "./table/header";
import { tableMessage } from "./table/messages";
import { TableProblems } from "./table/problems";
import { isBlankRow, readTableRow } from "./table/rows";
import { columnNames, schemaIssueProblem } from "./table/schema-issues";

export interface ProgrammeTableOptions {
  /** The year "now" is, for the default period of a table pasted without one (default: the clock's). */
  readonly currentYear?: number;
}

/**
 * A programme from the table a coordinator pasted into a sheet (the format is described in
 * table/format.ts): a key/value block, a header row and one row per goal, activity and indicator.
 * Every problem names the sheet row ("rad 12: Typ ska vara Mål, Aktivitet eller Indikator …").
 *
 * Problems come in two rounds: first what can be said in the table's own terms (empty cells,
 * unknown types, duplicate IDs, departments not listed); once there are none, the programme
 * schema's checks, mapped back to the row and column they came from.
 */
export function programmeFromTable(
  cells: readonly (readonly RawCell[])[],
  lang: Lang,
  options: ProgrammeTableOptions = {}
): ProgrammeParseResult {
  if (cells.every(isBlankRow)) return { ok: false, problems: [tableMessage("empty", {}, lang)] };
  const headerIndex = findHeaderRow(cells);
  const headerCells = headerIndex === null ? undefined : cells[headerIndex];
  if (headerIndex === null || headerCells === undefined) {
    return { ok: false, problems: [tableMessage("noHeader", { columns: columnNames(HEADER_MARKERS, lang) }, lang)] };
  }
  const problems = new TableProblems(lang);
  const header = readHeader(headerCells, headerIndex, problems);
  for (const key of REQUIRED_COLUMNS) {
    if (!header.columns.has(key)) problems.add(headerIndex + 1, labelOf(header, key, lang), "missingColumn");
  }
  if (!problems.empty) return { ok: false, problems: problems.messages() };

  const block = readKeyBlock(cells.slice(0, headerIndex), problems);
  const rows = cells
    .map((rowCells, index) => ({ rowCells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ rowCells }) => !isBlankRow(rowCells))
    .map(({ rowCells, row }) => readTableRow(rowCells, header, row, problems));
  if (rows.length === 0) problems.add(null, null, "noRows");
  checkAcrossRows(rows, block, header, problems);
  const { input, origins } = buildProgrammeInput(rows, block, header, problems, {
    currentYear: options.currentYear ?? new Date().getFullYear(),
  });
  if (!problems.empty) return { ok: false, problems: problems.messages() };

  const parsed = ProgrammeSchema.safeParse(input);
  if (parsed.success) return { ok: true, programme: parsed.data };
  for (const issue of parsed.error.issues) {
    const p = schemaIssueProblem(issue, input, origins, header, lang);
    // One problem per cell: the first says what the cell should be (a malformed ID also fails the type-letter check).
    if (p.label === null || !problems.has(p.row, p.label)) problems.push(p.row, p.label, p.message);
  }
  return { ok: false, problems: problems.messages() };
}
