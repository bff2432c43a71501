import type { Programme, ProgrammeInput } from "../../../src/core/programme/schema";
import { ProgrammeSchema } from "../../../src/core/programme/schema";
import type {
  AreaSheetRead,
  AreaSheetRow,
  CoordinatorChoices,
  EnteredValues,
  WorkbookRead,
} from "../../../src/core/read/types";
import { ROW_TYPE_LABEL } from "../../../src/core/vocabulary/vocabularies";
import type { RawCell } from "../../../src/core/workbook/cell";
import { AREA_COLUMNS, AREA_TABLE_HEADER_ROW, type AreaColumnKey } from "../../../src/core/layout/workbook-layout";
import { activity, area, goal, indicator, programmeInput } from "../../support/programme-factory";
import { prefilledValues } from "../../../src/core/update/entered";

/**
 * A WorkbookRead as a freshly generated workbook would read, built straight from a programme,
 * so the update logic is tested without the plan, writer and reader.
 */

export interface ExtraRow {
  readonly sheet: string;
  readonly cells: Partial<Record<AreaColumnKey, RawCell>>;
}

export function readOf(
  programme: Programme,
  year: number,
  entries: ReadonlyMap<string, EnteredValues> = new Map(),
  options: { choices?: CoordinatorChoices; extra?: readonly ExtraRow[] } = {}
): WorkbookRead {
  const columns: Partial<Record<AreaColumnKey, number>> = {};
  AREA_COLUMNS.forEach((c, i) => {
    columns[c.key] = i + 1;
  });
  const areaSheets: AreaSheetRead[] = programme.areas.map((area) => {
    const rows: AreaSheetRow[] = area.rows.map((row, i) => ({
      sheet: area.sheetName,
      areaId: area.id,
      rowNumber: AREA_TABLE_HEADER_ROW + 1 + i,
      cells: cellsOf({
        id: row.id,
        type: ROW_TYPE_LABEL[row.type].sv,
        text: row.text.text,
        ...prefilledValues(row, year),
        ...entries.get(row.id),
      }),
    }));
    const extra = (options.extra ?? []).filter((e) => e.sheet === area.sheetName);
    extra.forEach((e, i) => {
      rows.push({
        sheet: area.sheetName,
        areaId: area.id,
        rowNumber: AREA_TABLE_HEADER_ROW + 1 + area.rows.length + i,
        cells: cellsOf(e.cells),
      });
    });
    return { sheet: area.sheetName, areaId: area.id, headerRow: AREA_TABLE_HEADER_ROW, columns, rows };
  });
  return {
    meta: { schemaVersion: 1, year, closed: false, generatedAt: "2020-01-10T10:00:00Z", appVersion: "test" },
    programme,
    areaSheets,
    choices: options.choices ?? {},
    findings: [],
  };
}

function cellsOf(given: Partial<Record<AreaColumnKey, RawCell>>): Record<AreaColumnKey, RawCell> {
  const cells = {} as Record<AreaColumnKey, RawCell>;
  for (const c of AREA_COLUMNS) {
    cells[c.key] = given[c.key] ?? null;
  }
  return cells;
}

/** A small programme: two areas, a goal, activities and an indicator with history. */
export function smallProgrammeInput(): ProgrammeInput {
  return programmeInput({
    departments: [
      { code: "KSF", name: "Kommunstyrelsens förvaltning" },
      { code: "SÄF", name: "Social- och äldreomsorgsförvaltningen" },
    ],
    areas: [
      area({
        id: "1",
        name: "Område ett",
        sheetName: "1 Område ett",
        delmal: "Delmål ett",
        covers: "Omfattar ett",
        rows: [
          goal("1.M1", "Mål ett", "KSF"),
          activity("1.A1", "Aktivitet ett", "KSF", "1.M1"),
          activity("1.A2", "Aktivitet två", "SÄF", "1.M1"),
          indicator("1.I1", "Antal anmälningar", "KSF", { unit: "st", betterWhen: "lower", history: { "2018": 217 } }),
        ],
      }),
      area({
        id: "2",
        name: "Område två",
        sheetName: "2 Område två",
        delmal: "Delmål två",
        covers: "Omfattar två",
        rows: [goal("2.M1", "Mål två", "SÄF"), activity("2.A1", "Aktivitet tre", "SÄF", "2.M1")],
      }),
    ],
  });
}

export function smallProgramme(change?: (p: ProgrammeInput) => void): Programme {
  const input = smallProgrammeInput();
  change?.(input);
  return ProgrammeSchema.parse(input);
}
