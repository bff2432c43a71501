import { cellsOf, parseRange } from "../../../src/core/plan/a1";
import type { SheetPlan } from "../../../src/core/plan/types";
import type { Programme } from "../../../src/core/programme/schema";
import type { EnteredValues } from "../../../src/core/read/types";
import { renderRolloverRefusal } from "../../../src/core/rollover/messages";
import { planRollover } from "../../../src/core/rollover/plan-rollover";
import { planUpdate } from "../../../src/core/update/plan-update";
import { AREA_COLUMNS, AREA_TABLE_HEADER_ROW, columnIndex } from "../../../src/core/layout/workbook-layout";
import { address } from "../../../src/core/workbook/cell";
import { applyMidPeriodChanges } from "../programme/changed-programme";
import { FROM_YEAR, cellOf, defaultProgramme, planOf, roundTrip, yearRead } from "./rollover-fixture";

const programme = defaultProgramme();
const area1 = programme.areas[0];
if (area1 === undefined) {
  throw new Error("no area 1");
}
const activities = area1.rows.filter((r) => r.type === "activity").map((r) => r.id);
const [DONE, DROPPED, ONGOING, LATE] = activities;
const indicator = area1.rows.find((r) => r.type === "indicator");
const ENTRIES = new Map<string, EnteredValues>([
  [DONE ?? "", { status: "Genomförd", done: "Klart i maj.", comment: "Gick enligt plan." }],
  [DROPPED ?? "", { status: "Utgår", comment: "Ersatt av regionens arbete." }],
  [ONGOING ?? "", { status: "Pågår", done: "=SUM(1,2)" }],
  [LATE ?? "", { status: "försenad", comment: "Vakanser." }],
  [indicator?.id ?? "", { value: 71, comment: "Trygghetsmätningen hösten 2019." }],
]);

function ok(entries: ReadonlyMap<string, EnteredValues> = ENTRIES, year = FROM_YEAR + 1, next?: Programme) {
  const result = planRollover(yearRead(programme, FROM_YEAR, entries), { year, programme: next ?? null });
  if (!result.ok) {
    throw new Error(`refused: ${result.refusal.reason}`);
  }
  return result;
}

function sheetOf(sheets: readonly SheetPlan[], areaId: string): SheetPlan {
  const sheet = sheets.find((s) => s.areaId === areaId);
  if (sheet === undefined) {
    throw new Error(`no sheet for ${areaId}`);
  }
  return sheet;
}

function unlockedCells(sheet: SheetPlan): Set<string> {
  const out = new Set<string>();
  for (const r of sheet.protection.unlockedRanges) {
    const range = parseRange(r);
    for (const c of range === null ? [] : cellsOf(range)) {
      out.add(address(c.row, c.column));
    }
  }
  return out;
}

function statusCell(rowId: string): string {
  const i = area1?.rows.findIndex((r) => r.id === rowId) ?? -1;
  return address(AREA_TABLE_HEADER_ROW + 1 + i, columnIndex("status") + 1);
}

describe("planRollover", () => {
  test("last year's status, done and comment go to the last-year columns as they were typed", () => {
    const result = ok();
    expect(result.values.get(LATE ?? "")).toMatchObject({ lastStatus: "försenad", lastComment: "Vakanser." });
    expect(result.values.get(DONE ?? "")).toMatchObject({
      lastDone: "Klart i maj.",
      lastComment: "Gick enligt plan.",
    });
    // Text Excel took for a formula is carried as the text it was, not as a live formula.
    expect(result.values.get(ONGOING ?? "")).toMatchObject({ lastStatus: "Pågår", lastDone: "=SUM(1,2)" });
    expect(result.values.get(ONGOING ?? "")?.status).toBeUndefined();
  });

  test("an indicator's value becomes next year's 'Värde förra året' through the programme's history", () => {
    const result = ok();
    const spec = result.programme.areas[0]?.rows.find((r) => r.id === indicator?.id)?.indicator;
    expect(spec?.history[String(FROM_YEAR)]).toBe(71);
    const next = roundTrip(planOf(result.programme, FROM_YEAR + 1, result.values));
    expect(cellOf(next, indicator?.id ?? "", "lastYear")).toBe(71);
    expect(cellOf(next, indicator?.id ?? "", "value")).toBeNull();
    expect(result.report.indicatorValues).toEqual([indicator?.id]);
  });

  test("a value that is no number is carried as typed, for the check to name rather than lose", () => {
    const result = ok(new Map([[indicator?.id ?? "", { value: "ca 70" }]]));
    expect(result.values.get(indicator?.id ?? "")?.lastYear).toBe("ca 70");
    expect(result.report.indicatorValues).toEqual([]);
  });

  test("completed and dropped activities are closed: status pre-filled, a dropped one keeps its reason", () => {
    const result = ok();
    expect(result.report.closed).toEqual([DONE, DROPPED]);
    expect(result.values.get(DONE ?? "")?.status).toBe("Genomförd");
    expect(result.values.get(DROPPED ?? "")).toMatchObject({
      status: "Utgår",
      comment: "Ersatt av regionens arbete.",
    });
    const withoutReason = ok(new Map([[DROPPED ?? "", { status: "Utgår" }]]));
    expect(withoutReason.values.get(DROPPED ?? "")?.comment).toBe(`Utgick ${FROM_YEAR}.`);
  });

  test("a closed activity's cells are locked in next year's sheet; the other inputs stay open", () => {
    const result = ok();
    const plan = planOf(result.programme, FROM_YEAR + 1, result.values);
    const unlocked = unlockedCells(sheetOf(plan.sheets, area1.id));
    expect(unlocked.has(statusCell(DONE ?? ""))).toBe(false);
    expect(unlocked.has(statusCell(DROPPED ?? ""))).toBe(false);
    expect(unlocked.has(statusCell(ONGOING ?? ""))).toBe(true);
    expect(unlocked.has(statusCell(LATE ?? ""))).toBe(true);
    const lastColumns = AREA_COLUMNS.filter((c) => c.key.startsWith("last") && c.key !== "lastYear");
    expect(lastColumns.map((c) => c.input)).toEqual([false, false, false]);
    expect(lastColumns.map((c) => c.text)).toEqual([true, true, true]);
  });

  test("a rewrite of the rolled-over workbook (update, summary --write) keeps the last-year columns and the lock", () => {
    const result = ok();
    const next = roundTrip(planOf(result.programme, FROM_YEAR + 1, result.values));
    const kept = planUpdate(next, result.programme);
    if (!kept.ok) {
      throw new Error("the rewrite refused");
    }
    expect(kept.values.get(LATE ?? "")).toMatchObject({ lastStatus: "försenad", lastComment: "Vakanser." });
    const again = planOf(result.programme, FROM_YEAR + 1, kept.values);
    expect(unlockedCells(sheetOf(again.sheets, area1.id)).has(statusCell(DONE ?? ""))).toBe(false);
  });

  test("a closed activity stays closed a year later", () => {
    const first = ok();
    const read2020 = roundTrip(planOf(first.programme, FROM_YEAR + 1, first.values));
    const second = planRollover(read2020, { year: FROM_YEAR + 2 });
    expect(second.ok && second.report.closed).toEqual([DONE, DROPPED]);
  });

  test("refuses any year but the next one", () => {
    for (const year of [FROM_YEAR, FROM_YEAR + 2, FROM_YEAR - 1]) {
      const result = planRollover(yearRead(programme, FROM_YEAR, ENTRIES), { year });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.refusal).toMatchObject({ reason: "yearNotNext", params: { expected: FROM_YEAR + 1, year } });
        expect(renderRolloverRefusal(result.refusal, "sv")).toContain(`--year ${FROM_YEAR + 1}`);
      }
    }
  });

  test("past the programme's last year it refuses unless a new programme covers the year", () => {
    const last = programme.period.to;
    const read = yearRead(programme, last, ENTRIES);
    const refused = planRollover(read, { year: last + 1 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.refusal.reason).toBe("pastPeriod");
      expect(renderRolloverRefusal(refused.refusal, "en")).toMatch(/--programme/);
    }
    const next: Programme = { ...programme, period: { from: last + 1, to: last + 4 } };
    const rolled = planRollover(read, { year: last + 1, programme: next });
    expect(rolled.ok).toBe(true);
    const wrong: Programme = { ...programme, period: { from: last + 2, to: last + 5 } };
    const outside = planRollover(read, { year: last + 1, programme: wrong });
    expect(!outside.ok && outside.refusal.reason).toBe("outsideProgramme");
  });

  test("with a changed programme, dropped rows keep their entries on the retired rows and new rows start empty", () => {
    const changed = applyMidPeriodChanges(programme);
    const entries = new Map<string, EnteredValues>([
      ...ENTRIES,
      ["2.A5", { status: "Pågår", done: "Badplatserna sågs över." }],
    ]);
    const result = ok(entries, FROM_YEAR + 1, changed);
    expect(result.report.retired).toContain("2.A5");
    expect(result.retired.find((r) => r.rowId === "2.A5")?.values).toMatchObject({
      status: "Pågår",
      done: "Badplatserna sågs över.",
    });
    expect(result.report.added).toContain("1.A9");
    expect(result.values.has("1.A9")).toBe(false);
    expect(result.report.newProgramme).toBe(true);
  });

  test("rows that cannot be matched by their ID stop it, as they stop an update", () => {
    const read = yearRead(programme, FROM_YEAR, ENTRIES);
    const sheet = read.areaSheets[0];
    const row = sheet?.rows[0];
    if (sheet === undefined || row === undefined) {
      throw new Error("no rows");
    }
    const broken = {
      ...read,
      areaSheets: [
        { ...sheet, rows: [...sheet.rows, { ...row, rowNumber: 99, cells: { ...row.cells, id: "9.Z9", done: "x" } }] },
        ...read.areaSheets.slice(1),
      ],
    };
    const result = planRollover(broken, { year: FROM_YEAR + 1 });
    expect(!result.ok && result.refusal.reason).toBe("conflicts");
    expect(!result.ok && result.refusal.conflicts.map((c) => c.rowId)).toEqual(["9.Z9"]);
  });
});
