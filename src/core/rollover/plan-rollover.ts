import type { Area, Programme, ProgrammeRow } from "../programme/schema";
import type { EnteredValues, WorkbookRead } from "../read/types";
import { planUpdate } from "../update/plan-update";
import { hasValues } from "../update/entered";
import type { RetiredRow } from "../update/types";
import { carryRow } from "./carry-row";
import { withReportedHistory } from "./indicator-history";
import type { RolloverOptions, RolloverRefusal, RolloverResult } from "./types";

interface Located {
  readonly row: ProgrammeRow;
  readonly area: Area;
}

function rowIndex(programme: Programme): Map<string, Located> {
  return new Map(programme.areas.flatMap((area) => area.rows.map((row) => [row.id, { row, area }] as const)));
}

function refuse(reason: RolloverRefusal["reason"], params: RolloverRefusal["params"] = {}): RolloverResult {
  return { ok: false, refusal: { reason, params, conflicts: [] } };
}

/** The sheet a row stood in last year, for a retired row's "Tidigare blad". */
function sheetOf(read: WorkbookRead, rowId: string): string | null {
  for (const sheet of read.areaSheets) {
    if (sheet.rows.some((r) => String(r.cells.id ?? "").trim() === rowId)) {
      return sheet.sheet;
    }
  }
  return null;
}

/**
 * Next year's follow-up from this year's workbook. The same programme (or the new one given),
 * each row's entries of this year in the locked "förra året" columns beside the new, empty
 * inputs, indicator values as next year's "Värde förra året", and activities completed or dropped
 * this year carried as closed. Coordinator assessments start afresh: they judge a year.
 *
 * Refused (never guessed): a year other than the next one; a year past the programme's period
 * without a new programme; a new programme that does not cover the year; rows that cannot be
 * matched by their ID (as `planUpdate` names them). Nothing is lost: rows a new programme drops
 * go with their entries to the retired rows, and those retired earlier stay there.
 */
export function planRollover(read: WorkbookRead, options: RolloverOptions): RolloverResult {
  const old = read.programme;
  const fromYear = read.meta?.year ?? null;
  if (old === null || fromYear === null) {
    return refuse("noProgrammeData");
  }
  const year = options.year;
  if (year !== fromYear + 1) {
    return refuse("yearNotNext", { year, expected: fromYear + 1 });
  }
  const given = options.programme ?? null;
  const next = given ?? old;
  if (year < next.period.from || year > next.period.to) {
    return refuse(given === null ? "pastPeriod" : "outsideProgramme", {
      year,
      from: next.period.from,
      to: next.period.to,
    });
  }
  const kept = planUpdate(read, old);
  if (!kept.ok) {
    return { ok: false, refusal: { reason: "conflicts", params: {}, conflicts: kept.conflicts } };
  }

  const oldRows = rowIndex(old);
  const nextRows = rowIndex(next);
  const entered = new Map<string, EnteredValues>();
  const reported = new Map<string, Record<string, number>>();
  const retired: RetiredRow[] = [...kept.retired];
  const carried: string[] = [];
  const closed: string[] = [];
  const indicatorValues: string[] = [];

  for (const [id, values] of kept.values) {
    const inNext = nextRows.get(id);
    const inOld = oldRows.get(id);
    if (inNext === undefined) {
      if (inOld !== undefined) {
        retired.push({
          rowId: id,
          type: inOld.row.type,
          areaId: inOld.area.id,
          sheet: sheetOf(read, id) ?? inOld.area.sheetName,
          text: inOld.row.text.text,
          values,
        });
      }
      continue;
    }
    const row = carryRow(values, inOld?.row.type ?? inNext.row.type, inNext.row, fromYear);
    if (hasValues(row.entry)) {
      entered.set(id, row.entry);
      carried.push(id);
    }
    if (Object.keys(row.numbers).length > 0) {
      reported.set(id, row.numbers);
    }
    if (row.numbers[String(fromYear)] !== undefined) {
      indicatorValues.push(id);
    }
    if (row.closed !== null) {
      closed.push(id);
    }
  }

  return {
    ok: true,
    programme: withReportedHistory(next, reported),
    year,
    values: entered,
    retired,
    report: {
      fromYear,
      carried,
      closed,
      indicatorValues,
      added: [...nextRows.keys()].filter((id) => !oldRows.has(id)),
      retired: [...oldRows.keys()].filter((id) => !nextRows.has(id)),
      newProgramme: given !== null,
    },
  };
}
