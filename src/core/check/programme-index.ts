import type { Area, Programme, ProgrammeRow, RowType } from "../programme/schema";
import { ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import { compactKey } from "./label-key";

export interface IndexedRow {
  readonly row: ProgrammeRow;
  readonly area: Area;
}

/** Lookups the rules need, built once per check. */
export interface ProgrammeIndex {
  readonly programme: Programme;
  readonly rows: ReadonlyMap<string, IndexedRow>;
  /** Exact code or exact name → code. */
  readonly departments: ReadonlyMap<string, string>;
  /** Case/space/diacritic-free code or name → code, for a did-you-mean. */
  readonly departmentsLoose: ReadonlyMap<string, string>;
}

export function indexProgramme(programme: Programme): ProgrammeIndex {
  const rows = new Map<string, IndexedRow>();
  for (const area of programme.areas) {
    for (const row of area.rows) {
      rows.set(row.id, { row, area });
    }
  }
  const departments = new Map<string, string>();
  const departmentsLoose = new Map<string, string>();
  for (const d of programme.departments) {
    departments.set(d.code, d.code);
    departmentsLoose.set(compactKey(d.code), d.code);
  }
  // Names second, so a name never shadows another department's code.
  for (const d of programme.departments) {
    if (!departments.has(d.name)) {
      departments.set(d.name, d.code);
    }
    if (!departmentsLoose.has(compactKey(d.name))) {
      departmentsLoose.set(compactKey(d.name), d.code);
    }
  }
  return { programme, rows, departments, departmentsLoose };
}

export type DepartmentReading = { kind: "known"; code: string } | { kind: "unknown"; suggestion: string | null };

/** Only an exact code or name counts; a slip in case or spacing gets the code as a suggestion. */
export function readDepartment(raw: string, index: ProgrammeIndex): DepartmentReading {
  const code = index.departments.get(raw);
  if (code !== undefined) {
    return { kind: "known", code };
  }
  return { kind: "unknown", suggestion: index.departmentsLoose.get(compactKey(raw)) ?? null };
}

/** The Typ cell's row type, by its Swedish or English label in any case; null if it is neither. */
export function rowTypeFromLabel(text: string): RowType | null {
  const key = text.trim().toLowerCase();
  for (const type of ["goal", "activity", "indicator"] as const) {
    const label = ROW_TYPE_LABEL[type];
    if (label.sv.toLowerCase() === key || label.en.toLowerCase() === key) {
      return type;
    }
  }
  return null;
}
