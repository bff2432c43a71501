import type { Finding } from "../findings/finding";
import { AREA_ID_PATTERN } from "../programme/schema";
import type { SheetGrid } from "../workbook/cell";
import type { AreaColumnKey } from "../layout/workbook-layout";
import { findAreaHeader, headerBlockAreaId, readAreaSheet } from "./area-sheet-read";
import { findSummarySheet, readChoices } from "./choices-read";
import { findDataSheet, readDataSheet, type SheetIndexEntry } from "./data-sheet-read";
import type { HeaderFound } from "./find-header";
import { sameSheetName } from "./grid-access";
import { readFinding } from "./read-findings";
import { findRetiredSheet, readRetired } from "./retired-read";
import type { AreaSheetRead, WorkbookRead } from "./types";

interface Candidate {
  readonly grid: SheetGrid;
  readonly header: HeaderFound<AreaColumnKey> | null;
  claimed: boolean;
}

function candidatesOf(grids: readonly SheetGrid[], special: readonly (SheetGrid | null)[]): Candidate[] {
  return grids
    .filter((g) => !special.includes(g))
    .map((grid) => ({ grid, header: findAreaHeader(grid), claimed: false }));
}

function blockId(c: Candidate): string | null {
  return c.header === null ? null : headerBlockAreaId(c.grid, c.header.row);
}

/**
 * Each area of the sheet index to its sheet: by name first (unless the sheet's header block names
 * another area of the index); a sheet with another name whose table header and header-block area
 * ID match is the same sheet renamed (a warning); an area found nowhere is an error. Sheets with
 * an area table that no area claims are unknown.
 */
function matchAreaSheets(
  index: readonly SheetIndexEntry[],
  candidates: Candidate[]
): { sheets: AreaSheetRead[]; findings: Finding[] } {
  const sheets: AreaSheetRead[] = [];
  const findings: Finding[] = [];
  const unmatched: SheetIndexEntry[] = [];
  const indexIds = new Set(index.map((e) => e.areaId));
  // A sheet whose header block names another area of the index is that area's sheet (two sheets
  // swapped names), whatever it is called.
  const belongsElsewhere = (c: Candidate, areaId: string): boolean => {
    const id = blockId(c);
    return id !== null && id !== areaId && indexIds.has(id);
  };
  for (const entry of index) {
    const c = candidates.find(
      (x) => !x.claimed && sameSheetName(x.grid.name, entry.sheetName) && !belongsElsewhere(x, entry.areaId)
    );
    if (c === undefined) {
      unmatched.push(entry);
      continue;
    }
    c.claimed = true;
    if (c.header === null) {
      findings.push(readFinding.headerMissing(c.grid.name));
    }
    sheets.push(readAreaSheet(c.grid, entry.areaId, c.header));
  }
  for (const entry of unmatched) {
    const matches = candidates.filter((x) => !x.claimed && x.header !== null && blockId(x) === entry.areaId);
    const c = matches[0];
    if (c === undefined) {
      findings.push(readFinding.sheetMissing(entry.sheetName, entry.areaId));
      continue;
    }
    if (matches.length > 1) {
      // A copy made to draft in, and the original renamed: which one holds the entries is a guess.
      findings.push(
        readFinding.sheetAmbiguous(
          entry.sheetName,
          entry.areaId,
          matches.map((m) => m.grid.name)
        )
      );
      continue;
    }
    c.claimed = true;
    findings.push(readFinding.sheetRenamed(c.grid.name, entry.sheetName, entry.areaId));
    sheets.push(readAreaSheet(c.grid, entry.areaId, c.header));
  }
  for (const c of candidates) {
    if (!c.claimed && c.header !== null) {
      findings.push(readFinding.sheetUnknown(c.grid.name));
      sheets.push(readAreaSheet(c.grid, null, c.header));
    }
  }
  return { sheets, findings };
}

/** Without an index (no readable data sheet) every sheet with an area table is read, named by its header block. */
function readWithoutIndex(candidates: readonly Candidate[]): AreaSheetRead[] {
  return candidates
    .filter((c) => c.header !== null)
    .map((c) => {
      const id = blockId(c);
      return readAreaSheet(c.grid, id !== null && AREA_ID_PATTERN.test(id) ? id : null, c.header);
    });
}

/**
 * Reads a follow-up workbook from its sheets' cells, whichever engine they came from. Never
 * throws on what the cells hold: whatever is wrong becomes a finding (codes and params as in
 * findings/finding.ts), and whatever can be read is.
 */
export function readWorkbook(grids: readonly SheetGrid[]): WorkbookRead {
  const findings: Finding[] = [];
  const dataGrid = findDataSheet(grids);
  const data = dataGrid === null ? null : readDataSheet(dataGrid);
  if (data === null) {
    findings.push(readFinding.dataSheetMissing());
  } else {
    findings.push(...data.findings);
  }
  const summaryGrid = findSummarySheet(grids.filter((g) => g !== dataGrid));
  const retiredGrid = findRetiredSheet(grids);
  const candidates = candidatesOf(grids, [dataGrid, summaryGrid, retiredGrid]);

  let areaSheets: AreaSheetRead[];
  if (data !== null && data.index.length > 0) {
    const matched = matchAreaSheets(data.index, candidates);
    areaSheets = matched.sheets;
    findings.push(...matched.findings);
  } else {
    areaSheets = readWithoutIndex(candidates);
  }

  // Column findings of the area sheets; a sheet no area claims (a user's copy) is the user's own.
  findings.push(...areaSheets.filter((a) => a.areaId !== null).flatMap((a) => a.findings ?? []));

  return {
    meta: data?.meta ?? null,
    programme: data?.programme ?? null,
    areaSheets,
    choices: summaryGrid === null ? {} : readChoices(summaryGrid),
    summaryGrid,
    closeFingerprint: data?.closeFingerprint ?? null,
    copyText: data?.copyText ?? null,
    reopenings: data?.reopenings ?? [],
    findings,
    retired: retiredGrid === null ? [] : readRetired(retiredGrid),
  };
}
