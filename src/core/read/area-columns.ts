import type { SheetGrid } from "../workbook/cell";
import { AREA_COLUMNS, LAST_YEAR_KEYS, columnIndex, type AreaColumnKey } from "../layout/workbook-layout";
import type { Finding } from "../findings/finding";
import { address } from "../workbook/cell";
import { cellAt, columnCount, headerKey, isBlank, labelOf, rowCount } from "./grid-access";
import { readFinding } from "./read-findings";

/** Columns whose cells a rewrite carries over: what people enter, and last year's carried entries. */
const CARRIED: ReadonlySet<AreaColumnKey> = new Set<AreaColumnKey>([
  ...AREA_COLUMNS.filter((c) => c.input).map((c) => c.key),
  ...LAST_YEAR_KEYS,
]);

/** Headers compared loosely: case, spaces and punctuation do not count ("Status / Bedömning"). */
function loose(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The texts a renamed header may have kept: the whole header, or a part of it ("Status", "Kommentar"). */
function looseForms(key: AreaColumnKey): string[] {
  const column = AREA_COLUMNS[columnIndex(key)];
  if (column === undefined) return [];
  const forms = [column.header, column.headerEn].flatMap((h) => [h, ...h.split("/")]);
  return [...new Set(forms.map(loose).filter((f) => f.length >= 4))];
}

/** The Swedish header, as findings name columns (rendered in English where the user reads English). */
function headerOf(key: AreaColumnKey): string {
  return AREA_COLUMNS[columnIndex(key)]?.header ?? key;
}

function hasData(grid: SheetGrid, headerRow: number, column: number): boolean {
  const last = rowCount(grid);
  for (let r = headerRow + 1; r <= last; r++) {
    if (!isBlank(cellAt(grid, r, column))) return true;
  }
  return false;
}

export interface AreaColumnsResolved {
  readonly columns: Partial<Record<AreaColumnKey, number>>;
  readonly findings: Finding[];
}

/**
 * Where each column of an area table is, when people have renamed, moved, copied or deleted
 * columns. A carried column (one people type in) is found by its header, then by a header that
 * keeps a part of its name (Excel users shorten "Status/bedömning" to "Status"), then at the
 * place the plan gave it if its neighbours are still at theirs. What cannot be found without
 * guessing is a finding naming the sheet and column, an error whenever a column that may hold
 * the entries is left unread: writing commands then refuse instead of dropping entries.
 */
export function resolveAreaColumns(
  grid: SheetGrid,
  headerRow: number,
  exact: Partial<Record<AreaColumnKey, number>>
): AreaColumnsResolved {
  const findings: Finding[] = [];
  const columns: Partial<Record<AreaColumnKey, number>> = { ...exact };
  const width = columnCount(grid);
  const headerText = (c: number): string | null => labelOf(cellAt(grid, headerRow, c));
  const known = new Map<string, AreaColumnKey>();
  for (const column of AREA_COLUMNS) {
    known.set(headerKey(column.header), column.key);
    known.set(headerKey(column.headerEn), column.key);
  }
  const keyOf = (c: number): AreaColumnKey | undefined => {
    const text = headerText(c);
    return text === null ? undefined : known.get(headerKey(text));
  };

  // The same header twice. When another carried column has lost its header, a copy may be that
  // column renamed: nothing is sure then. Otherwise the copy that holds entries is the column
  // (the first when none does); two copies with entries are not sure either.
  const noHeader = [...CARRIED].filter((k) => exact[k] === undefined);
  for (const key of CARRIED) {
    const all: number[] = [];
    for (let c = 1; c <= width; c++) if (keyOf(c) === key) all.push(c);
    if (all.length < 2) continue;
    const withData = all.filter((c) => hasData(grid, headerRow, c));
    const sure = noHeader.length === 0 && withData.length <= 1;
    const chosen = withData[0] ?? all[0] ?? 1;
    const other = all.find((c) => c !== chosen) ?? chosen;
    if (!sure) {
      delete columns[key];
      findings.push(readFinding.columnDuplicate(grid.name, address(headerRow, other), headerOf(key), "error"));
    } else {
      columns[key] = chosen;
      findings.push(readFinding.columnDuplicate(grid.name, address(headerRow, other), headerOf(key), "warning"));
    }
  }

  // When an input column lost its header, a header found away from its plan's place may be that
  // column renamed to another's name ("Värde i år" typed over as "Kommentar/analys"): not sure.
  if (noHeader.length > 0) {
    for (const key of CARRIED) {
      const at = columns[key];
      if (at === undefined || at === columnIndex(key) + 1) continue;
      delete columns[key];
      findings.push(
        readFinding.columnAmbiguous(grid.name, address(headerRow, at), headerOf(key), headerText(at) ?? "")
      );
    }
  }

  const claimed = (): Set<number> => new Set(Object.values(columns).filter((c): c is number => c !== undefined));
  const unknownColumns = (): number[] => {
    const taken = claimed();
    const out: number[] = [];
    for (let c = 1; c <= width; c++) {
      if (!taken.has(c) && keyOf(c) === undefined && (headerText(c) !== null || hasData(grid, headerRow, c)))
        out.push(c);
    }
    return out;
  };

  for (const key of CARRIED) {
    if (
      columns[key] !== undefined ||
      findings.some((f) => f.params["column"] === headerOf(key) && f.severity === "error")
    ) {
      continue;
    }
    const forms = looseForms(key);
    const renamed = unknownColumns().filter((c) => {
      const text = headerText(c);
      if (text === null) return false;
      const l = loose(text);
      return l.length >= 4 && forms.some((f) => f === l || f.startsWith(l) || l.startsWith(f));
    });
    // A shortened header is taken for the column when it stands where the plan put the column, or
    // when no other input column lost its header (else "Status" could be another column renamed).
    const planned = columnIndex(key) + 1;
    const othersLost = [...CARRIED].some((k) => k !== key && exact[k] === undefined && columns[k] === undefined);
    if (renamed.length === 1 && renamed[0] !== undefined && (renamed[0] === planned || !othersLost)) {
      columns[key] = renamed[0];
      findings.push(
        readFinding.columnRenamed(
          grid.name,
          address(headerRow, renamed[0]),
          headerOf(key),
          headerText(renamed[0]) ?? ""
        )
      );
      continue;
    }
    if (renamed.length >= 1) {
      findings.push(
        readFinding.columnAmbiguous(
          grid.name,
          address(headerRow, renamed[0] ?? 1),
          headerOf(key),
          renamed.map((c) => headerText(c) ?? "").join(", ")
        )
      );
      continue;
    }
    const before = AREA_COLUMNS[planned - 2]?.key;
    const after = AREA_COLUMNS[planned]?.key;
    const inPlace = (k: AreaColumnKey | undefined, at: number): boolean => k === undefined || columns[k] === at;
    if (
      planned <= width &&
      !claimed().has(planned) &&
      keyOf(planned) === undefined &&
      inPlace(before, planned - 1) &&
      inPlace(after, planned + 1)
    ) {
      columns[key] = planned;
      findings.push(
        readFinding.columnRenamed(grid.name, address(headerRow, planned), headerOf(key), headerText(planned) ?? "")
      );
      continue;
    }
    // Gone, and no column left that could be it: its values went with it, nothing more can be lost.
    // A column we cannot name that holds data may be it: then nothing is written.
    const suspects = unknownColumns().filter((c) => hasData(grid, headerRow, c));
    const lastYearColumn = (LAST_YEAR_KEYS as readonly AreaColumnKey[]).includes(key);
    if (suspects.length > 0) {
      findings.push(
        readFinding.columnMissing(
          grid.name,
          address(headerRow, suspects[0] ?? 1),
          headerOf(key),
          "error",
          suspects.map((c) => address(headerRow, c)).join(", ")
        )
      );
    } else if (!lastYearColumn) {
      findings.push(readFinding.columnMissing(grid.name, null, headerOf(key), "warning", ""));
    }
  }
  return { columns, findings };
}
