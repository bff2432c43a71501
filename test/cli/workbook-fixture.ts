import * as fs from "node:fs";
import * as path from "node:path";
import { demoEntries } from "../../src/cli/demo-data";
import { buildWorkbookFile } from "../../src/cli/workbook-file";
import { defaultProgramme, isBlankCell } from "../../src/core";
import type {
  CoordinatorChoices,
  EnteredValues,
  InputColumnKey,
  Programme,
  ProgrammeRow,
  RawCell,
  WorkbookRead,
} from "../../src/core";

export const CHOICES: CoordinatorChoices = {
  overall: { assessment: "onTrack", raw: null, text: "Arbetet ligger i fas, så målen kan nås under programperioden." },
  "1": { assessment: "partly", raw: null, text: "Trygghetsarbetet behöver förstärkas i två stadsdelar." },
};

/** The demo's entries plus an entry on every row, so a dropped row has something to keep. */
export function filledEntries(programme: Programme): Map<string, EnteredValues> {
  const entries = demoEntries(programme);
  for (const row of programme.areas.flatMap((a) => a.rows)) {
    if (!entries.has(row.id)) {
      entries.set(
        row.id,
        row.type === "indicator"
          ? { value: 3, comment: "Sent inrapporterat" }
          : { done: "Sent inrapporterat", changed: "2020-01-30" }
      );
    }
  }
  return entries;
}

/** A filled 2019 workbook of the bundled programme, with coordinator choices, written to `dir/name`. */
export async function writeFilledWorkbook(dir: string, name: string): Promise<string> {
  const programme = defaultProgramme();
  const { data } = await buildWorkbookFile({
    programme,
    year: 2019,
    values: filledEntries(programme),
    choices: CHOICES,
    retired: [],
    closed: false,
    now: new Date("2020-01-20T10:00:00Z"),
  });
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

const INPUT_KEYS: readonly InputColumnKey[] = [
  "department",
  "status",
  "done",
  "comment",
  "value",
  "lastYear",
  "changed",
];

/** What the generator pre-filled; such a cell was not entered by anyone. */
function prefilled(row: ProgrammeRow | undefined, key: InputColumnKey, year: number): RawCell | undefined {
  if (row === undefined) {
    return undefined;
  }
  if (key === "department") {
    return row.department;
  }
  if (key === "lastYear") {
    return row.indicator?.history[String(year - 1)];
  }
  return undefined;
}

/** Every entered (non-blank, not pre-filled) input cell of a read workbook: [rowId, key, value]. */
export function enteredCells(read: WorkbookRead): [string, InputColumnKey, RawCell][] {
  const rows = new Map((read.programme?.areas ?? []).flatMap((a) => a.rows.map((r) => [r.id, r] as const)));
  const year = read.meta?.year ?? 0;
  const out: [string, InputColumnKey, RawCell][] = [];
  for (const sheet of read.areaSheets) {
    for (const row of sheet.rows) {
      const id = String(row.cells.id);
      for (const key of INPUT_KEYS) {
        const cell = row.cells[key];
        if (!isBlankCell(cell) && cell !== prefilled(rows.get(id), key, year)) {
          out.push([id, key, cell]);
        }
      }
    }
  }
  return out;
}

/** The value of a row's input cell in a workbook: in its area sheets, else on the retired sheet. */
export function cellIn(read: WorkbookRead, rowId: string, key: InputColumnKey): RawCell | undefined {
  for (const sheet of read.areaSheets) {
    const row = sheet.rows.find((r) => r.cells.id === rowId);
    if (row !== undefined) {
      return row.cells[key];
    }
  }
  return read.retired?.find((r) => r.rowId === rowId)?.values[key];
}
