import fc from "fast-check";
import type { RawCell, SheetGrid } from "../../../src/core/workbook/cell";
import { AREA_COLUMNS, type AreaColumnKey } from "../../../src/core/layout/workbook-layout";

/**
 * Edits a person makes to a follow-up workbook in Excel, applied to its grids as the engine
 * would hand them back, and to a record of what was entered where (row ID and column), so the
 * truth after the edits does not depend on the reader under test.
 */

export type Truth = Map<string, Map<AreaColumnKey, RawCell>>;

/**
 * What a person put in the workbook beyond its entries, as they put it: a sheet of their own, a
 * cell beside a table row (by row ID), above an area table, below it, or beside the summary.
 * `area` indexes the programme's areas; the command's output must hold each, or it refused.
 */
export type OwnItem =
  | { readonly kind: "sheet"; readonly name: string }
  | {
      readonly kind: "beside";
      readonly area: number;
      readonly rowId: string;
      readonly text: string;
      readonly header: string | null;
    }
  | {
      readonly kind: "above";
      readonly area: number;
      readonly row: number;
      readonly column: number;
      readonly text: string;
    }
  | { readonly kind: "below"; readonly area: number; readonly column: number; readonly text: string }
  | { readonly kind: "summary"; readonly row: number; readonly column: number; readonly text: string };

export const SUMMARY_SHEET_NAME = "Sammanfattning";

/** A grid a test may edit in place. */
export interface Grid {
  name: string;
  cells: RawCell[][];
  hidden?: boolean;
}

export function editable(grids: readonly SheetGrid[]): Grid[] {
  return grids.map((g) => ({ name: g.name, hidden: g.hidden, cells: g.cells.map((r) => [...r]) }));
}

export const INPUT_KEYS: readonly AreaColumnKey[] = ["department", "status", "done", "comment", "value", "changed"];

export type Edit =
  | { kind: "renameHeader"; sheet: number; key: AreaColumnKey; to: string }
  | { kind: "moveColumn"; sheet: number; from: number; to: number }
  | { kind: "insertRow"; sheet: number; at: number }
  | { kind: "deleteRow"; sheet: number; at: number }
  | { kind: "sortRows"; sheet: number; by: number; descending: boolean }
  | { kind: "renameSheet"; sheet: number; to: string }
  | { kind: "reorderSheets"; seed: number }
  | { kind: "copySheet"; sheet: number }
  | { kind: "addSheet"; name: string; value: string }
  | { kind: "paste"; sheet: number; at: number; key: AreaColumnKey; value: RawCell }
  | { kind: "addColumn"; sheet: number; header: string; value: string }
  | { kind: "note"; sheet: number; where: "above" | "below" | "summary"; at: number; column: number; text: string };

const headerArb = fc.oneof(
  fc.constantFrom(
    "Status",
    "Kommentar",
    "Analys",
    "status / bedömning",
    "KOMMENTAR/ANALYS",
    "",
    "Anm.",
    "Genomfört",
    "Ansvar"
  ),
  fc.string({ maxLength: 12 })
);

export const pastedArb: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constantFrom("Pågår", "Genomförd", "I fas", "Delvis i fas", "KSF", "Försenad"),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.integer({ min: 0, max: 100000 }),
  fc.record({ formula: fc.constantFrom("=1+1", '=HYPERLINK("http://x","x")', "=A1*2") })
);

export function editArb(sheets: number): fc.Arbitrary<Edit> {
  const sheet = fc.integer({ min: 0, max: sheets - 1 });
  const key = fc.constantFrom(...INPUT_KEYS);
  return fc.oneof(
    fc.record({ kind: fc.constant("renameHeader" as const), sheet, key, to: headerArb }),
    fc.record({
      kind: fc.constant("moveColumn" as const),
      sheet,
      from: fc.integer({ min: 1, max: AREA_COLUMNS.length }),
      to: fc.integer({ min: 1, max: AREA_COLUMNS.length }),
    }),
    fc.record({ kind: fc.constant("insertRow" as const), sheet, at: fc.nat(20) }),
    fc.record({ kind: fc.constant("deleteRow" as const), sheet, at: fc.nat(20) }),
    fc.record({
      kind: fc.constant("sortRows" as const),
      sheet,
      by: fc.integer({ min: 1, max: AREA_COLUMNS.length }),
      descending: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant("renameSheet" as const),
      sheet,
      to: fc.constantFrom("Trygghet", "Blad1", "Kopia", "Område X"),
    }),
    fc.record({ kind: fc.constant("reorderSheets" as const), seed: fc.nat() }),
    fc.record({ kind: fc.constant("copySheet" as const), sheet }),
    fc.record({
      kind: fc.constant("addSheet" as const),
      name: fc.constantFrom("Anteckningar", "Utkast"),
      value: fc.string(),
    }),
    fc.record({ kind: fc.constant("paste" as const), sheet, at: fc.nat(20), key, value: pastedArb }),
    fc.record({
      kind: fc.constant("note" as const),
      sheet,
      where: fc.constantFrom("above" as const, "below" as const, "summary" as const),
      at: fc.nat(10),
      column: fc.constantFrom(2, 19, 22),
      text: fc.constantFrom("Fråga Kim", "Se mötet 12/3", "OBS"),
    }),
    fc.record({
      kind: fc.constant("addColumn" as const),
      sheet,
      header: fc.constantFrom("Mina anteckningar", ""),
      value: fc.string({ minLength: 1, maxLength: 8 }),
    })
  );
}

function clone(grid: Grid): Grid {
  return { ...grid, cells: grid.cells.map((r) => [...r]) };
}

/** The header row of an area table: the row whose first cell is "ID" and second "Typ". */
export function headerRowOf(grid: Grid): number | null {
  const i = grid.cells.findIndex((r) => r[0] === "ID" && r[1] === "Typ");
  return i < 0 ? null : i;
}

function columnOfHeader(grid: Grid, headerRow: number, header: string): number {
  return (grid.cells[headerRow] ?? []).findIndex((v) => v === header);
}

function tableRows(grid: Grid, headerRow: number): number[] {
  const out: number[] = [];
  for (let r = headerRow + 1; r < grid.cells.length; r++) {
    const id = grid.cells[r]?.[0];
    if (typeof id === "string" && /^[A-Z0-9]+\.[A-Z]+\d+$/.test(id)) out.push(r);
  }
  return out;
}

function idAt(grid: Grid, row: number, idColumn: number): string | null {
  const v = grid.cells[row]?.[idColumn];
  return typeof v === "string" ? v : null;
}

/** Applies an edit to the area sheets (indexes into `areaSheets`) and the truth; returns new grids. */
export function applyEdit(
  grids: Grid[],
  areaNames: readonly string[],
  edit: Edit,
  truth: Truth,
  own: OwnItem[] = []
): Grid[] {
  const out = grids.map(clone);
  const area = (i: number): Grid | undefined => {
    const name = areaNames[i % areaNames.length];
    return out.find((g) => g.name === name);
  };
  /** An area sheet with its table's header row, or null when the edits left none. */
  const table = (i: number): { g: Grid; h: number } | null => {
    const g = area(i);
    const h = g === undefined ? null : headerRowOf(g);
    return g === undefined || h === null ? null : { g, h };
  };
  switch (edit.kind) {
    case "renameHeader": {
      const found = table(edit.sheet);
      if (found === null) break;
      const { g, h } = found;
      const header = AREA_COLUMNS.find((c) => c.key === edit.key)?.header ?? "";
      const c = columnOfHeader(g, h, header);
      if (c >= 0) (g.cells[h] ?? [])[c] = edit.to === "" ? null : edit.to;
      break;
    }
    case "moveColumn": {
      const g = area(edit.sheet);
      if (g === undefined || headerRowOf(g) === null) break;
      // Cut a column and insert it elsewhere, as Excel's drag with Shift does: every row moves alike.
      const h = headerRowOf(g) ?? 0;
      for (let r = h; r < g.cells.length; r++) {
        const row = g.cells[r] ?? [];
        while (row.length < AREA_COLUMNS.length) row.push(null);
        const [moved] = row.splice(edit.from - 1, 1);
        row.splice(edit.to - 1, 0, moved ?? null);
      }
      // A note below the table is in the rows that moved: it goes with its column.
      const movedTo = (column: number): number => {
        if (column === edit.from) return edit.to;
        const without = column > edit.from ? column - 1 : column;
        return without >= edit.to ? without + 1 : without;
      };
      own.forEach((item, i) => {
        if (item.kind === "below" && areaNames[item.area] === g.name) {
          own[i] = { ...item, column: movedTo(item.column) };
        }
      });
      break;
    }
    case "insertRow": {
      const found = table(edit.sheet);
      if (found === null) break;
      const { g, h } = found;
      const rows = tableRows(g, h);
      const at = rows[edit.at % Math.max(1, rows.length)] ?? h + 1;
      g.cells.splice(at, 0, Array<RawCell>(g.cells[h]?.length ?? 0).fill(null));
      break;
    }
    case "deleteRow": {
      const found = table(edit.sheet);
      if (found === null) break;
      const { g, h } = found;
      const rows = tableRows(g, h);
      if (rows.length === 0) break;
      const at = rows[edit.at % rows.length] ?? 0;
      const idColumn = columnOfHeader(g, h, "ID");
      const id = idAt(g, at, idColumn);
      g.cells.splice(at, 1);
      // The person deleted the row: its entries, and what they wrote beside it, are gone on purpose.
      if (id !== null) {
        truth.delete(id);
        for (let i = own.length - 1; i >= 0; i--) {
          const item = own[i];
          if (item?.kind === "beside" && item.rowId === id) own.splice(i, 1);
        }
      }
      break;
    }
    case "sortRows": {
      const found = table(edit.sheet);
      if (found === null) break;
      const { g, h } = found;
      const rows = tableRows(g, h);
      if (rows.length === 0) break;
      const first = rows[0] ?? 0;
      const last = rows[rows.length - 1] ?? 0;
      const block = g.cells.slice(first, last + 1);
      const key = (r: RawCell[]): string => JSON.stringify(r[edit.by - 1] ?? null);
      block.sort((a, b) => (edit.descending ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))));
      g.cells.splice(first, block.length, ...block);
      break;
    }
    case "renameSheet": {
      const g = area(edit.sheet);
      if (g !== undefined && !out.some((x) => x.name === edit.to)) {
        return out.map((x) => (x === g ? { ...x, name: edit.to } : x));
      }
      break;
    }
    case "reorderSheets": {
      let seed = edit.seed;
      const shuffled = [...out];
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j] as Grid, shuffled[i] as Grid];
      }
      return shuffled;
    }
    case "copySheet": {
      const g = area(edit.sheet);
      const name = g === undefined ? "" : `${g.name.slice(0, 20)} (2)`;
      if (g !== undefined && !out.some((x) => x.name === name)) {
        out.push({ ...clone(g), name });
        own.push({ kind: "sheet", name });
      }
      break;
    }
    case "addSheet": {
      if (!out.some((x) => x.name === edit.name)) {
        out.push({ name: edit.name, cells: [[edit.value]], hidden: false });
        own.push({ kind: "sheet", name: edit.name });
      }
      break;
    }
    case "paste": {
      const found = table(edit.sheet);
      if (found === null) break;
      const { g, h } = found;
      const rows = tableRows(g, h);
      if (rows.length === 0) break;
      const at = rows[edit.at % rows.length] ?? 0;
      const header = AREA_COLUMNS.find((c) => c.key === edit.key)?.header ?? "";
      const c = columnOfHeader(g, h, header);
      const id = idAt(g, at, columnOfHeader(g, h, "ID"));
      if (c < 0 || id === null) break;
      const row = g.cells[at] ?? [];
      row[c] = edit.value;
      const entries = truth.get(id) ?? new Map<AreaColumnKey, RawCell>();
      // A cell of spaces shows nothing: pasting it clears what was there.
      if (typeof edit.value === "string" && edit.value.trim() === "") entries.delete(edit.key);
      else entries.set(edit.key, edit.value);
      truth.set(id, entries);
      break;
    }
    case "addColumn": {
      const found = table(edit.sheet);
      if (found === null) break;
      const { g, h } = found;
      const width = Math.max(...g.cells.map((r) => r.length));
      (g.cells[h] ?? [])[width + 1] = edit.header === "" ? null : edit.header;
      const rows = tableRows(g, h);
      const first = rows[0];
      if (first !== undefined) (g.cells[first] ?? [])[width + 1] = edit.value;
      const id = first === undefined ? null : idAt(g, first, columnOfHeader(g, h, "ID"));
      // A cell of spaces shows nothing: it is nothing to keep.
      if (id !== null && edit.value.trim() !== "") {
        own.push({
          kind: "beside",
          area: edit.sheet % areaNames.length,
          rowId: id,
          text: edit.value,
          header: edit.header === "" ? null : edit.header,
        });
      }
      break;
    }
    case "note": {
      const put = (g: Grid, row: number, column: number): void => {
        while (g.cells.length <= row) g.cells.push([]);
        const cells = g.cells[row] ?? [];
        while (cells.length <= column) cells.push(null);
        cells[column] = edit.text;
      };
      if (edit.where === "summary") {
        const g = out.find((x) => x.name === SUMMARY_SHEET_NAME);
        const row = edit.at % 5;
        if (g === undefined || g.cells[row]?.[edit.column] != null) break;
        put(g, row, edit.column);
        own.push({ kind: "summary", row: row + 1, column: edit.column + 1, text: edit.text });
        break;
      }
      const found = table(edit.sheet);
      if (found === null) break;
      const { g, h } = found;
      const area = edit.sheet % areaNames.length;
      if (edit.where === "above") {
        // Beside the title block, where the product writes nothing.
        const row = edit.at % h;
        if (edit.column < 18 || g.cells[row]?.[edit.column] != null) break;
        put(g, row, edit.column);
        own.push({ kind: "above", area, row: row + 1, column: edit.column + 1, text: edit.text });
      } else {
        // Below the table with an empty row between, as Excel does not take it into the table.
        const rows = tableRows(g, h);
        const row = (rows[rows.length - 1] ?? h) + 2;
        if (g.cells.slice(row - 1).some((r) => r.some((v) => v !== null))) break;
        put(g, row, edit.column);
        own.push({ kind: "below", area, column: edit.column + 1, text: edit.text });
      }
      break;
    }
  }
  return out;
}
