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

const text = (t: string) => ({ text: t, provenance: "example" as const });

/** A small programme: two areas, a goal, activities and an indicator with history. */
export function smallProgrammeInput(): ProgrammeInput {
  return {
    schemaVersion: 1,
    name: text("Testprogram"),
    municipality: "Testkommun",
    adopted: { by: "Kommunfullmäktige", date: "2018-06-18" },
    dnr: "KS-1/1",
    period: { from: 2018, to: 2021 },
    overallGoal: text("En trygg kommun"),
    departments: [
      { code: "KSF", name: "Kommunstyrelsens förvaltning" },
      { code: "SÄF", name: "Social- och äldreomsorgsförvaltningen" },
    ],
    areas: [
      {
        id: "1",
        kind: "area",
        name: text("Område ett"),
        sheetName: "1 Område ett",
        delmal: text("Delmål ett"),
        covers: text("Omfattar ett"),
        rows: [
          { id: "1.M1", type: "goal", text: text("Mål ett"), department: "KSF" },
          { id: "1.A1", type: "activity", text: text("Aktivitet ett"), department: "KSF", goalId: "1.M1" },
          { id: "1.A2", type: "activity", text: text("Aktivitet två"), department: "SÄF", goalId: "1.M1" },
          {
            id: "1.I1",
            type: "indicator",
            text: text("Antal anmälningar"),
            department: "KSF",
            indicator: { unit: "st", betterWhen: "lower", history: { "2018": 217 } },
          },
        ],
      },
      {
        id: "2",
        kind: "area",
        name: text("Område två"),
        sheetName: "2 Område två",
        delmal: text("Delmål två"),
        covers: text("Omfattar två"),
        rows: [
          { id: "2.M1", type: "goal", text: text("Mål två"), department: "SÄF" },
          { id: "2.A1", type: "activity", text: text("Aktivitet tre"), department: "SÄF", goalId: "2.M1" },
        ],
      },
    ],
  };
}

export function smallProgramme(change?: (p: ProgrammeInput) => void): Programme {
  const input = smallProgrammeInput();
  change?.(input);
  return ProgrammeSchema.parse(input);
}
