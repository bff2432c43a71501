import type { Programme, ProgrammeRow } from "../../../src/core/programme/schema";
import { activity, area, goal, indicator, programme, text } from "../../support/programme-factory";
import type { AreaSheetRead, AreaSheetRow, WorkbookRead } from "../../../src/core/read/types";
import { BETTER_WHEN_LABEL, ROW_TYPE_LABEL } from "../../../src/core/vocabulary/vocabularies";
import type { RawCell } from "../../../src/core/workbook/cell";
import { AREA_COLUMNS, AREA_TABLE_HEADER_ROW, type AreaColumnKey } from "../../../src/core/layout/workbook-layout";
import type { Finding } from "../../../src/core/findings/finding";

/**
 * Builds WorkbookRead values from a compact description, standing in for the reader: a sheet is
 * its name, area and a list of rows, each row only the cells that matter to the test.
 */
export type RowSpec = Partial<Record<AreaColumnKey, RawCell>>;

export interface SheetSpec {
  readonly name: string;
  readonly areaId: string | null;
  readonly rows: readonly RowSpec[];
  /** Columns the sheet has, in order; all of AREA_COLUMNS unless given. */
  readonly columns?: readonly AreaColumnKey[];
}

export const FIRST_DATA_ROW = AREA_TABLE_HEADER_ROW + 1;

export function sheetRead(spec: SheetSpec): AreaSheetRead {
  const columnKeys = spec.columns ?? AREA_COLUMNS.map((c) => c.key);
  const columns: Partial<Record<AreaColumnKey, number>> = {};
  columnKeys.forEach((key, i) => {
    columns[key] = i + 1;
  });
  const rows = spec.rows.map((rowSpec, i): AreaSheetRow => {
    const cells = {} as Record<AreaColumnKey, RawCell>;
    for (const column of AREA_COLUMNS) {
      cells[column.key] = columnKeys.includes(column.key) ? (rowSpec[column.key] ?? null) : null;
    }
    return { sheet: spec.name, areaId: spec.areaId, rowNumber: FIRST_DATA_ROW + i, cells };
  });
  return { sheet: spec.name, areaId: spec.areaId, headerRow: AREA_TABLE_HEADER_ROW, columns, rows };
}

export function workbookRead(sheets: readonly SheetSpec[], findings: readonly Finding[] = []): WorkbookRead {
  return {
    meta: { schemaVersion: 1, year: 2019, closed: false, generatedAt: "2020-01-01T00:00:00Z", appVersion: "test" },
    programme: null,
    areaSheets: sheets.map(sheetRead),
    choices: {},
    findings,
  };
}

/** The cells the generator writes for a programme row; every input left empty. */
export function generatedRow(row: ProgrammeRow, year = 2019): RowSpec {
  const ind = row.indicator;
  return {
    id: row.id,
    type: ROW_TYPE_LABEL[row.type].sv,
    text: row.text.text,
    department: row.department,
    lastYear: ind === null ? null : (ind.history[String(year - 1)] ?? null),
    target: ind?.target ?? null,
    unit: ind?.unit ?? null,
    betterWhen: ind === null ? null : BETTER_WHEN_LABEL[ind.betterWhen].sv,
    trend: ind === null ? null : { formula: 'IF(H8="","Uppgift saknas","")', result: "Uppgift saknas" },
  };
}

/** A freshly generated workbook, with `edits` laid over the given rows' cells. */
export function generatedSheets(programme: Programme, edits: Readonly<Record<string, RowSpec>> = {}): SheetSpec[] {
  return programme.areas.map((area) => ({
    name: area.sheetName,
    areaId: area.id,
    rows: area.rows.map((row) => ({ ...generatedRow(row), ...(edits[row.id] ?? {}) })),
  }));
}

export function generatedRead(programme: Programme, edits: Readonly<Record<string, RowSpec>> = {}): WorkbookRead {
  return workbookRead(generatedSheets(programme, edits));
}

/** The 1-based column number of a key when the sheet has every column. */
export function columnOf(key: AreaColumnKey): number {
  return AREA_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/**
 * A small programme for rule tests: two areas (one a guideline), each row type, three
 * departments (one with a diacritic in its code).
 */
export function fixtureProgramme(): Programme {
  return programme({
    overallGoal: text("Alla är trygga."),
    departments: [
      { code: "KSF", name: "Kommunstyrelsens förvaltning" },
      { code: "NBF", name: "Natur- och byggnadsförvaltningen" },
      { code: "SÄF", name: "Social- och äldreomsorgsförvaltningen" },
    ],
    areas: [
      area({
        id: "1",
        name: "Trygghet och brott",
        sheetName: "1 Trygghet och brott",
        delmal: "Ökad trygghet.",
        covers: "Brottsförebyggande arbete.",
        rows: [
          goal("1.M1", "Gemensam lägesbild", "KSF"),
          activity("1.A1", "Trygghetsvandringar", "KSF", "1.M1"),
          activity("1.A2", "Belysning i parker", "NBF", "1.M1"),
          indicator("1.I1", "Antal anmälda brott", "SÄF", {
            unit: "st",
            betterWhen: "lower",
            history: { "2018": 217 },
          }),
        ],
      }),
      area({
        id: "G1",
        kind: "guideline",
        name: "Klotter",
        sheetName: "G1 Klotter",
        delmal: "Mindre klotter.",
        covers: "Klottersanering.",
        rows: [
          goal("G1.M1", "Sanering inom 48 timmar", "NBF"),
          indicator("G1.I1", "Kostnad för sanering", "NBF", {
            unit: "kr",
            betterWhen: "lower",
            target: 500000,
            baseline: 1000000,
          }),
        ],
      }),
    ],
  });
}
