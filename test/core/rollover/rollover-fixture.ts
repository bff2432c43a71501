import fc from "fast-check";
import { collectEntries } from "../../../src/core/check/entries";
import { buildWorkbookPlan } from "../../../src/core/plan/build-plan";
import type { WorkbookPlan } from "../../../src/core/plan/types";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import type { Programme, ProgrammeRow } from "../../../src/core/programme/schema";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import type { EnteredValues, InputColumnKey, WorkbookMeta, WorkbookRead } from "../../../src/core/read/types";
import type { RetiredRow } from "../../../src/core/update/types";
import { summarise } from "../../../src/core/summary/summarise";
import { projectedRead } from "../../support/projected-read";
import { ACTIVITY_STATUS, ASSESSMENT } from "../../../src/core/vocabulary/vocabularies";
import type { RawCell } from "../../../src/core/workbook/cell";
import { planToGrids } from "../../support/plan-grids";

export const FROM_YEAR = 2019;

export function meta(year: number, closed = false): WorkbookMeta {
  return { schemaVersion: 1, year, closed, generatedAt: "2020-01-01T00:00:00Z", appVersion: "0.1.0" };
}

/** A year's workbook as the reader would see it after it was written: programme rows with the entries on top. */
export function yearRead(
  programme: Programme,
  year: number,
  entries: ReadonlyMap<string, EnteredValues>
): WorkbookRead {
  return projectedRead(programme, meta(year), entries, {});
}

/** The plan of a workbook, as `followup generate`/`rollover` build it. */
export function planOf(
  programme: Programme,
  year: number,
  entries: ReadonlyMap<string, EnteredValues>,
  retired: readonly RetiredRow[] = [],
  closed = false
): WorkbookPlan {
  const read = projectedRead(programme, meta(year, closed), entries, {});
  const summary = summarise(programme, collectEntries(read, programme), { year, choices: {} });
  return buildWorkbookPlan(programme, { year, summary, values: entries, retired, meta: meta(year, closed) });
}

/** Written and read back through the cells, the way the command line reads a file. */
export function roundTrip(plan: WorkbookPlan): WorkbookRead {
  return readWorkbook(planToGrids(plan));
}

/** Text a department may type: never blank, and not starting with =, +, - or @ (the check would flag it). */
const freeText = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => s.replace(/[\r\n]/g, " "))
  .filter((s) => s.trim() !== "" && !/^[=+\-@]/.test(s));

/** A valid entry for a row: a status of its own vocabulary (with the comment it may require), free texts, a value. */
export function validEntry(row: ProgrammeRow): fc.Arbitrary<EnteredValues> {
  const texts = fc.record({ done: freeText, comment: freeText }, { requiredKeys: [] });
  if (row.type === "indicator") {
    return fc
      .tuple(texts, fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }))
      .map(([t, value]) => (value === undefined ? t : { ...t, value }));
  }
  const terms = row.type === "goal" ? ASSESSMENT : ACTIVITY_STATUS;
  return fc
    .tuple(texts, fc.option(fc.constantFrom(...terms), { nil: undefined }), freeText)
    .map(([t, term, reason]) => {
      if (term === undefined) {
        return t;
      }
      const comment = term.requiresComment ? (t.comment ?? reason) : t.comment;
      return { ...t, status: term.sv, ...(comment === undefined ? {} : { comment }) };
    });
}

/** Random valid entries on a random subset of the programme's rows. */
export function validEntries(programme: Programme): fc.Arbitrary<Map<string, EnteredValues>> {
  const rows = programme.areas.flatMap((a) => a.rows);
  return fc.tuple(...rows.map((row) => fc.option(validEntry(row), { nil: undefined, freq: 3 }))).map((values) => {
    const out = new Map<string, EnteredValues>();
    values.forEach((v, i) => {
      const row = rows[i];
      if (v !== undefined && row !== undefined && Object.keys(v).length > 0) {
        out.set(row.id, v);
      }
    });
    return out;
  });
}

export function cellOf(read: WorkbookRead, rowId: string, key: InputColumnKey | "lastStatus"): RawCell | undefined {
  for (const sheet of read.areaSheets) {
    const row = sheet.rows.find((r) => r.cells.id === rowId);
    if (row !== undefined) {
      return row.cells[key];
    }
  }
  return undefined;
}

export { defaultProgramme };
