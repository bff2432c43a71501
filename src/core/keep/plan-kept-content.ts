import type { CellPosition } from "../plan/a1";
import { parseAddress } from "../plan/a1";
import type { SheetPlan, WorkbookPlan } from "../plan/types";
import { isBlank, labelOf, sameSheetName } from "../read/grid-access";
import type { WorkbookRead } from "../read/types";
import { address, columnLetter, type SheetGrid } from "../workbook/cell";
import { AREA_COLUMNS } from "../layout/workbook-layout";
import type { KeepProblem, KeepResult, KeptCell, KeptSheet, MovedColumn, SheetExtras } from "./kept-content";
import { occupancyOf, type Occupancy } from "./plan-occupancy";
import { sheetRoles, type SheetRole } from "./sheet-roles";

export interface KeepInput {
  /** The workbook as read. */
  readonly grids: readonly SheetGrid[];
  readonly read: WorkbookRead;
  /** The plan of the workbook as the product laid it out (its own programme and entries). */
  readonly before: WorkbookPlan;
  /** The plan about to be written. */
  readonly after: WorkbookPlan;
  readonly extras: readonly SheetExtras[];
}

interface RowPlace {
  readonly sheet: string;
  readonly row: number;
}

const ID_HEADER = AREA_COLUMNS.find((c) => c.key === "id")?.header ?? "ID";

function planSheetFor(plan: WorkbookPlan, role: SheetRole): SheetPlan | undefined {
  switch (role.kind) {
    case "area":
      return plan.sheets.find((s) => s.role === "area" && s.areaId === role.area.areaId);
    case "summary":
    case "data":
    case "retired":
    case "merge":
      return plan.sheets.find((s) => s.role === role.kind);
    case "own":
      return undefined;
  }
}

/** Where each row ID stands in the written workbook. */
function rowPlacesOf(plan: WorkbookPlan): Map<string, RowPlace> {
  const places = new Map<string, RowPlace>();
  for (const sheet of plan.sheets) {
    if (sheet.role !== "area") continue;
    for (const table of sheet.tables) {
      const origin = parseAddress(table.topLeft);
      const idIndex = table.columns.findIndex((c) => c.header === ID_HEADER);
      if (origin === null || idIndex < 0) continue;
      table.rows.forEach((row, i) => {
        const id = labelOf(row[idIndex]);
        if (id !== null) places.set(id, { sheet: sheet.name, row: origin.row + 1 + i });
      });
    }
  }
  return places;
}

/** Every filled cell of a grid, row by row. */
function* filledCells(
  grid: SheetGrid
): Generator<CellPosition & { readonly value: SheetGrid["cells"][number][number] }> {
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const value = row[c] ?? null;
      if (!isBlank(value)) yield { row: r + 1, column: c + 1, value };
    }
  }
}

class Collector {
  readonly cells: KeptCell[] = [];
  readonly problems: KeepProblem[] = [];
  readonly moved: MovedColumn[] = [];
  private readonly occupied = new Map<string, Occupancy>();

  constructor(private readonly after: WorkbookPlan) {}

  private occupancy(sheet: string): Occupancy {
    let o = this.occupied.get(sheet);
    if (o === undefined) {
      o = occupancyOf(this.after.sheets.find((s) => s.name === sheet));
      this.occupied.set(sheet, o);
    }
    return o;
  }

  problem(
    reason: KeepProblem["reason"],
    sheet: string,
    at: CellPosition | null,
    params: Record<string, string> = {}
  ): void {
    this.problems.push({ reason, sheet, cell: at === null ? null : address(at.row, at.column), params });
  }

  /** Keeps a cell at its new place, unless the rewritten sheet writes there. */
  keep(grid: SheetGrid, from: CellPosition, toSheet: string, to: CellPosition, value: KeptCell["value"]): void {
    if (this.occupancy(toSheet).has(to.row, to.column)) {
      this.problem("placeTaken", grid.name, from);
      return;
    }
    this.cells.push({ fromSheet: grid.name, from: { row: from.row, column: from.column }, toSheet, to, value });
  }
}

/** Someone's cells on a summary sheet: where the product writes nothing, at the same place. */
function keepOnSummary(
  grid: SheetGrid,
  before: SheetPlan | undefined,
  after: SheetPlan | undefined,
  out: Collector
): void {
  const owned = occupancyOf(before);
  for (const cell of filledCells(grid)) {
    if (owned.has(cell.row, cell.column)) continue;
    if (after === undefined) out.problem("sheetGoes", grid.name, cell);
    else out.keep(grid, cell, after.name, { row: cell.row, column: cell.column }, cell.value);
  }
}

/**
 * Someone's cells on an area sheet. Above the table they stay where they are; in the table's rows,
 * a column the product does not know follows its row by ID (sorting and inserting rows move
 * tables about) and goes beside the rewritten table if it was inside it; below the table they keep
 * their distance from its last row.
 */
function keepOnArea(
  grid: SheetGrid,
  role: Extract<SheetRole, { kind: "area" }>,
  before: SheetPlan | undefined,
  after: SheetPlan | undefined,
  places: ReadonlyMap<string, RowPlace>,
  out: Collector
): void {
  const area = role.area;
  const header = area.headerRow ?? Number.POSITIVE_INFINITY;
  const productColumns = new Set(Object.values(area.columns).filter((c): c is number => typeof c === "number"));
  const rowIds = new Map(area.rows.map((r) => [r.rowNumber, labelOf(r.cells.id)]));
  const last = area.rows.reduce((m, r) => Math.max(m, r.rowNumber), area.headerRow ?? 0);
  const titleOwned = occupancyOf(before, { tables: false });

  const table = after?.tables[0];
  const origin = table === undefined ? null : parseAddress(table.topLeft);
  const newHeader = origin?.row ?? header;
  const newLast = origin === null || table === undefined ? last : origin.row + table.rows.length;
  const tableEnd = origin === null || table === undefined ? 0 : origin.column + table.columns.length - 1;

  const foreign = new Set<number>();
  const cells = [...filledCells(grid)];
  for (const cell of cells) {
    if (cell.row >= header && cell.row <= last && !productColumns.has(cell.column)) foreign.add(cell.column);
  }
  const columnTo = new Map<number, number>();
  let next = tableEnd + 1;
  for (const c of [...foreign].sort((a, b) => a - b)) {
    const to = after === undefined ? c : Math.max(c, next);
    columnTo.set(c, to);
    next = to + 1;
    if (to !== c) out.moved.push({ sheet: after?.name ?? grid.name, from: columnLetter(c), to: columnLetter(to) });
  }

  for (const cell of cells) {
    if (cell.row < header) {
      if (titleOwned.has(cell.row, cell.column)) continue;
      if (after === undefined) out.problem("sheetGoes", grid.name, cell);
      else out.keep(grid, cell, after.name, { row: cell.row, column: cell.column }, cell.value);
      continue;
    }
    if (cell.row > last) {
      if (after === undefined) out.problem("sheetGoes", grid.name, cell);
      else out.keep(grid, cell, after.name, { row: newLast + (cell.row - last), column: cell.column }, cell.value);
      continue;
    }
    if (productColumns.has(cell.column)) continue;
    const column = columnTo.get(cell.column) ?? cell.column;
    if (after === undefined) {
      out.problem("sheetGoes", grid.name, cell);
    } else if (cell.row === header) {
      out.keep(grid, cell, after.name, { row: newHeader, column }, cell.value);
    } else {
      const id = rowIds.get(cell.row) ?? null;
      const place = id === null ? undefined : places.get(id);
      if (place === undefined) out.problem("noRowToFollow", grid.name, cell, id === null ? {} : { rowId: id });
      else out.keep(grid, cell, place.sheet, { row: place.row, column }, cell.value);
    }
  }
}

/** Each sheet of one's own follows the sheet it followed, as that sheet is named in the rewrite. */
function keptSheets(
  grids: readonly SheetGrid[],
  roles: ReadonlyMap<SheetGrid, SheetRole>,
  after: WorkbookPlan,
  extras: ReadonlyMap<string, SheetExtras>,
  out: Collector
): KeptSheet[] {
  const sheets: KeptSheet[] = [];
  const planTables = new Set(after.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  let previous: string | null = null;
  for (const grid of grids) {
    const found = roles.get(grid) ?? { kind: "own" };
    // A merge's report is replaced by the next merge's and kept as it stands through anything else.
    const role: SheetRole =
      found.kind === "merge" && planSheetFor(after, found) === undefined ? { kind: "own" } : found;
    if (role.kind !== "own") {
      previous = planSheetFor(after, role)?.name ?? previous;
      continue;
    }
    if (after.sheets.some((s) => sameSheetName(s.name, grid.name))) {
      out.problem("sheetNameTaken", grid.name, null);
    }
    for (const table of extras.get(grid.name)?.tables ?? []) {
      if (planTables.has(table.toLowerCase())) out.problem("tableNameTaken", grid.name, null, { table });
    }
    sheets.push({ name: grid.name, after: previous });
    previous = grid.name;
  }
  return sheets;
}

/**
 * What a rewrite keeps of what people added to the workbook, and where it goes: their own sheets
 * whole, in their places among the product's; on the product's sheets, every filled cell the
 * product does not own. Anything it cannot place for certain is a problem naming the sheet and
 * cell, and the command that asked writes nothing.
 */
export function planKeptContent(input: KeepInput): KeepResult {
  const { grids, read, before, after } = input;
  const roles = sheetRoles(grids, read);
  const extras = new Map(input.extras.map((e) => [e.sheet, e]));
  const out = new Collector(after);
  const places = rowPlacesOf(after);

  for (const grid of grids) {
    const unsupported = extras.get(grid.name)?.unsupported ?? [];
    if (unsupported.length > 0) out.problem("unsupported", grid.name, null, { kinds: unsupported.join(", ") });
  }
  for (const grid of grids) {
    const role = roles.get(grid) ?? { kind: "own" };
    if (role.kind === "summary") keepOnSummary(grid, planSheetFor(before, role), planSheetFor(after, role), out);
    if (role.kind === "area") {
      keepOnArea(grid, role, planSheetFor(before, role), planSheetFor(after, role), places, out);
    }
  }
  const sheets = keptSheets(grids, roles, after, extras, out);
  if (out.problems.length > 0) return { ok: false, problems: out.problems };
  return { ok: true, kept: { sheets, cells: out.cells, movedColumns: out.moved } };
}
