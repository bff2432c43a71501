import { ProgrammeSchema, type Programme } from "../programme/schema";
import { parseStoredProgramme } from "../programme/stored-programme";
import { DATA_FIRST_ROW, DATA_HEADERS, DATA_HEADER_ROW, DATA_LAYOUT } from "../layout/data-sheet-layout";
import type { Finding } from "../findings/finding";
import { address, displayValue, type SheetGrid } from "../workbook/cell";
import { DATA_SHEET } from "../layout/workbook-layout";
import { cellAt, isBlank, labelOf, rowCount, sameSheetName } from "./grid-access";
import { readFinding } from "./read-findings";
import type { Reopening, WorkbookMeta } from "./types";
import type { LimitBreach } from "../limits";

export interface SheetIndexEntry {
  readonly areaId: string;
  readonly sheetName: string;
}

export interface DataSheetRead {
  readonly sheet: string;
  readonly meta: WorkbookMeta | null;
  readonly programme: Programme | null;
  readonly index: readonly SheetIndexEntry[];
  readonly findings: readonly Finding[];
  /** What was entered when the year was closed; null for a year never closed. */
  readonly closeFingerprint: string | null;
  /** A department copy's record of itself, as stored (split/copy-info reads it); null in a master. */
  readonly copyText: string | null;
  readonly reopenings: readonly Reopening[];
}

/** The data sheet by its name, else (renamed) by the programme column's header. */
export function findDataSheet(grids: readonly SheetGrid[]): SheetGrid | null {
  const byName = grids.find((g) => sameSheetName(g.name, DATA_SHEET));
  if (byName !== undefined) {
    return byName;
  }
  return (
    grids.find(
      (g) => labelOf(cellAt(g, DATA_HEADER_ROW, DATA_LAYOUT.programmeJson.column)) === DATA_HEADERS.programmeJson
    ) ?? null
  );
}

/** Cells down one column from the first data row, until the first blank one. */
function columnDown(grid: SheetGrid, column: number): { row: number; value: ReturnType<typeof cellAt> }[] {
  const out: { row: number; value: ReturnType<typeof cellAt> }[] = [];
  for (let r = DATA_FIRST_ROW; r <= rowCount(grid); r++) {
    const value = cellAt(grid, r, column);
    if (isBlank(value)) {
      break;
    }
    out.push({ row: r, value });
  }
  return out;
}

function integerOf(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?[0-9]+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : null;
}

function booleanOf(v: unknown): boolean | null {
  if (typeof v === "boolean") {
    return v;
  }
  if (v === 1 || v === 0) {
    return v === 1;
  }
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true" || s === "sant") {
      return true;
    }
    if (s === "false" || s === "falskt") {
      return false;
    }
  }
  return null;
}

function readMeta(grid: SheetGrid): { meta: WorkbookMeta | null; problem: string | null } {
  const { keyColumn, valueColumn } = DATA_LAYOUT.meta;
  const values = new Map<string, unknown>();
  for (const { row, value } of columnDown(grid, keyColumn)) {
    const key = labelOf(value);
    if (key !== null) {
      values.set(key, displayValue(cellAt(grid, row, valueColumn)));
    }
  }
  const schemaVersion = integerOf(values.get("schemaVersion"));
  const year = integerOf(values.get("year"));
  const closed = booleanOf(values.get("closed") ?? false);
  const text = (k: string): string => {
    const v = values.get(k);
    return v === null || v === undefined ? "" : String(v);
  };
  if (schemaVersion !== 1) {
    return {
      meta: null,
      problem: `meta.schemaVersion: expected 1, found ${JSON.stringify(values.get("schemaVersion") ?? null)}`,
    };
  }
  if (year === null) {
    return { meta: null, problem: `meta.year: expected a year, found ${JSON.stringify(values.get("year") ?? null)}` };
  }
  if (closed === null) {
    return {
      meta: null,
      problem: `meta.closed: expected TRUE or FALSE, found ${JSON.stringify(values.get("closed"))}`,
    };
  }
  return {
    meta: { schemaVersion: 1, year, closed, generatedAt: text("generatedAt"), appVersion: text("appVersion") },
    problem: null,
  };
}

function zodDetail(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map(
      (i) =>
        `${
          i.path
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
            .join("")
            .replace(/^\./, "") || "(root)"
        }: ${i.message}`
    )
    .join("; ");
}

interface ProgrammeRead {
  programme: Programme | null;
  problem: string | null;
  cell: string;
  limit?: Omit<LimitBreach, "where">;
}

function readProgramme(grid: SheetGrid): ProgrammeRead {
  const column = DATA_LAYOUT.programmeJson.column;
  const cell = address(DATA_FIRST_ROW, column);
  const chunks = columnDown(grid, column).map(({ value }) => {
    const v = displayValue(value);
    return v === null ? "" : String(v);
  });
  if (chunks.length === 0) {
    return { programme: null, problem: "the programme definition (JSON) is missing", cell };
  }
  const stored = parseStoredProgramme(chunks.join(""));
  if (!stored.ok) {
    return { programme: null, problem: stored.problem, cell, limit: stored.limit };
  }
  const parsed = ProgrammeSchema.safeParse(stored.json);
  return parsed.success
    ? { programme: parsed.data, problem: null, cell }
    : { programme: null, problem: zodDetail(parsed.error.issues), cell };
}

function readFingerprint(grid: SheetGrid): string | null {
  return chunksDown(grid, DATA_LAYOUT.closeFingerprint.column);
}

function chunksDown(grid: SheetGrid, column: number): string | null {
  const text = columnDown(grid, column)
    .map(({ value }) => {
      const v = displayValue(value);
      return v === null ? "" : String(v);
    })
    .join("");
  return text === "" ? null : text;
}

function readReopenings(grid: SheetGrid): Reopening[] {
  const { dayColumn, reasonColumn } = DATA_LAYOUT.reopenings;
  return columnDown(grid, dayColumn).map(({ row, value }) => ({
    day: String(displayValue(value) ?? ""),
    reason: String(displayValue(cellAt(grid, row, reasonColumn)) ?? ""),
  }));
}

function readIndex(grid: SheetGrid): SheetIndexEntry[] {
  const { areaIdColumn, sheetColumn } = DATA_LAYOUT.sheetIndex;
  const out: SheetIndexEntry[] = [];
  for (const { row, value } of columnDown(grid, areaIdColumn)) {
    const areaId = labelOf(value);
    const sheetName = labelOf(cellAt(grid, row, sheetColumn));
    if (areaId !== null && sheetName !== null && !out.some((e) => e.areaId === areaId)) {
      out.push({ areaId, sheetName });
    }
  }
  return out;
}

/**
 * Meta, programme and sheet index from the data sheet. A broken part is null with a
 * programmeInvalid finding; the index falls back to the programme's own sheet names.
 */
export function readDataSheet(grid: SheetGrid): DataSheetRead {
  const findings: Finding[] = [];
  const { meta: metaAsWritten, problem: metaProblem } = readMeta(grid);
  const fingerprint = readFingerprint(grid);
  // A fingerprint is written only when a year is closed: with the flag set back to FALSE, deleted
  // or renamed, the year still counts as closed (fail closed), and check says so.
  const meta =
    metaAsWritten !== null && !metaAsWritten.closed && fingerprint !== null
      ? { ...metaAsWritten, closed: true }
      : metaAsWritten;
  if (meta !== metaAsWritten) {
    findings.push(readFinding.closedFlagChanged(grid.name, address(DATA_FIRST_ROW, DATA_LAYOUT.meta.valueColumn)));
  }
  if (meta === null && metaProblem !== null) {
    findings.push(
      readFinding.programmeInvalid(grid.name, address(DATA_FIRST_ROW, DATA_LAYOUT.meta.valueColumn), metaProblem)
    );
  }
  const { programme, problem, cell, limit } = readProgramme(grid);
  if (limit !== undefined) {
    findings.push(readFinding.limitExceeded(grid.name, cell, { ...limit, where: `'${grid.name}'!${cell}` }));
  } else if (problem !== null) {
    findings.push(readFinding.programmeInvalid(grid.name, cell, problem));
  }
  const index = readIndex(grid);
  const fallback = programme === null ? [] : programme.areas.map((a) => ({ areaId: a.id, sheetName: a.sheetName }));
  return {
    sheet: grid.name,
    meta,
    programme,
    index: index.length > 0 ? index : fallback,
    findings,
    closeFingerprint: fingerprint,
    copyText: chunksDown(grid, DATA_LAYOUT.copyInfo.column),
    reopenings: readReopenings(grid),
  };
}
