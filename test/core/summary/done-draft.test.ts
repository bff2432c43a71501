import {
  defaultProgramme,
  DONE_BLOCK_HEADERS,
  followupPlan,
  readWorkbook,
  SUMMARY_SHEET,
  summaryColumnNumber,
  type CoordinatorChoices,
  type SheetGrid,
  type WorkbookPlan,
} from "../../../src/core";
import { planAsItStands } from "../../../src/core/keep/plan-as-it-stands";
import { planKeptContent } from "../../../src/core/keep/plan-kept-content";
import { doneGroups, doneParagraphs, draftDoneText } from "../../../src/core/summary/done-draft";
import type { Area } from "../../../src/core/programme/schema";
import { planToGrids, replaceSheet } from "../../support/plan-grids";

const programme = defaultProgramme();
const NOW = new Date("2020-01-20T10:00:00Z");

function firstArea(): Area {
  const area = programme.areas[0];
  if (area === undefined) throw new Error("no area");
  return area;
}

function doneOf(entries: Record<string, string>): Map<string, { done: string | null }> {
  return new Map(Object.entries(entries).map(([id, done]) => [id, { done }]));
}

function planWith(choices: CoordinatorChoices, values = new Map<string, Record<string, string>>()): WorkbookPlan {
  return followupPlan({ programme, year: 2019, values, choices, retired: [], closed: false, now: NOW }).plan;
}

function summaryGrid(grids: readonly SheetGrid[]): SheetGrid {
  const g = grids.find((x) => x.name === SUMMARY_SHEET);
  if (g === undefined) throw new Error("no summary sheet");
  return g;
}

/** The row of the done block whose first cell is this area ID, and the block's header row. */
function doneRow(grid: SheetGrid, areaId: string): { header: number; row: number } {
  const header = grid.cells.findIndex((r) => r.includes(DONE_BLOCK_HEADERS.done));
  const row = grid.cells.findIndex((r, i) => i > header && r[0] === areaId);
  return { header: header + 1, row: row + 1 };
}

describe("the area's 'Genomfört under året' for the committee", () => {
  const area = firstArea();
  const goals = area.rows.filter((r) => r.type === "goal");
  const activities = area.rows.filter((r) => r.type === "activity");

  test("the draft tells each goal's work in one paragraph, in the programme's order, without row IDs", () => {
    const [g1, g2] = goals;
    const underG1 = activities.find((a) => a.goalId === g1?.id);
    if (g1 === undefined || g2 === undefined || underG1 === undefined) throw new Error("fixture");
    const text = draftDoneText(
      area,
      doneOf({ [underG1.id]: "Lägesbild tagen fram varje månad", [g2.id]: "Trygghetsvandringar i tre områden." })
    );
    const paragraphs = text.split("\n\n");
    expect(paragraphs).toEqual([
      `Till målet ”${g1.text.text.replace(/\.$/, "")}”: Lägesbild tagen fram varje månad.`,
      `Till målet ”${g2.text.text.replace(/\.$/, "")}”: Trygghetsvandringar i tre områden.`,
    ]);
    expect(text).not.toContain(underG1.id);
  });

  test("a sentence two rows share is told once; work tied to no goal comes last", () => {
    const [a1, a2] = activities;
    if (a1 === undefined || a2 === undefined) throw new Error("fixture");
    const free = { ...area, rows: area.rows.map((r) => (r.id === a2.id ? { ...r, goalId: null } : r)) };
    const groups = doneGroups(
      free,
      doneOf({
        [a1.id]: "Belysningen förbättrad. Buskage röjda t.ex. vid skolor.",
        [a2.id]: "belysningen  förbättrad! Ny rutin för anmälan.",
      })
    );
    const told = groups.flatMap((g) => g.sentences);
    expect(told).toEqual(["Belysningen förbättrad.", "Buskage röjda t.ex. vid skolor.", "Ny rutin för anmälan."]);
    expect(groups.at(-1)?.goal).toBeNull();
    expect(draftDoneText(free, doneOf({ [a2.id]: "Ny rutin", [a1.id]: "=SUM(1,2)" }))).toBe("Utöver målen: Ny rutin.");
  });

  test("nothing written gives no draft; a coordinator's text keeps its paragraphs, lines within joined", () => {
    expect(draftDoneText(area, new Map())).toBe("");
    expect(doneParagraphs("Först detta\nsom fortsätter.\r\n\r\n  Sedan detta.  \n\n\n")).toEqual([
      "Först detta som fortsätter.",
      "Sedan detta.",
    ]);
  });

  test("the summary sheet holds the draft and the coordinator's text per area; the text reads back and stays open to type in", () => {
    const [g1] = goals;
    if (g1 === undefined) throw new Error("fixture");
    const choices: CoordinatorChoices = {
      [area.id]: { assessment: null, raw: null, text: null, done: "Vårt eget stycke.\n\nOch ett till." },
    };
    const plan = planWith(choices, new Map([[g1.id, { done: "Lägesbild varje månad" }]]));
    const grid = summaryGrid(planToGrids(plan));
    const { header, row } = doneRow(grid, area.id);
    expect(header).toBeGreaterThan(0);
    expect(row).toBeGreaterThan(header);
    const draftColumn = summaryColumnNumber("reason");
    const doneColumn = summaryColumnNumber("text");
    expect(grid.cells[header - 1]?.[draftColumn - 1]).toBe(DONE_BLOCK_HEADERS.draft);
    expect(grid.cells[row - 1]?.[draftColumn - 1]).toContain("Lägesbild varje månad.");
    expect(grid.cells[row - 1]?.[doneColumn - 1]).toBe("Vårt eget stycke.\n\nOch ett till.");
    const read = readWorkbook(planToGrids(plan));
    expect(read.choices[area.id]?.done).toBe("Vårt eget stycke.\n\nOch ett till.");
    expect(read.choices[area.id]?.assessment).toBeNull();
    const sheet = plan.sheets.find((s) => s.name === SUMMARY_SHEET);
    const letter = String.fromCharCode(64 + doneColumn);
    expect(sheet?.protection?.unlockedRanges).toContain(`${letter}${row}:${letter}${row + programme.areas.length - 1}`);
  });

  test("a text typed into the block survives the summary being written again; a workbook made before the block keeps everything", () => {
    const grids = planToGrids(planWith({}));
    const { row } = doneRow(summaryGrid(grids), area.id);
    const typed = replaceSheet(grids, SUMMARY_SHEET, (g) => ({
      ...g,
      cells: g.cells.map((r, i) =>
        i === row - 1 ? r.map((c, j) => (j === summaryColumnNumber("text") - 1 ? "Skrivet i Excel." : c)) : r
      ),
    }));
    const read = readWorkbook(typed);
    expect(read.choices[area.id]?.done).toBe("Skrivet i Excel.");
    const rewritten = summaryGrid(planToGrids(planWith(read.choices)));
    expect(rewritten.cells[row - 1]?.[summaryColumnNumber("text") - 1]).toBe("Skrivet i Excel.");

    // An older workbook: nothing below the legend. Its cells are all the product's; none is someone's to keep elsewhere.
    const older = replaceSheet(grids, SUMMARY_SHEET, (g) => ({
      ...g,
      cells: g.cells.slice(0, doneRow(g, area.id).header - 2),
    }));
    const olderRead = readWorkbook(older);
    expect(olderRead.choices[area.id]?.done ?? null).toBeNull();
    const before = planAsItStands(olderRead, programme, 2019, NOW);
    const kept = planKeptContent({
      grids: older,
      read: olderRead,
      before,
      after: planWith(olderRead.choices),
      extras: [],
    });
    if (!kept.ok) throw new Error(`refused: ${JSON.stringify(kept.problems)}`);
    expect(kept.kept.cells.filter((c) => c.fromSheet === SUMMARY_SHEET)).toEqual([]);
  });

  test("a formula pasted into the coordinator's text reads as typed, and the rewrite keeps it as text, never as 'null'", () => {
    const grids = planToGrids(planWith({}));
    const { row } = doneRow(summaryGrid(grids), area.id);
    const column = summaryColumnNumber("text");
    // As openpyxl saves it: a formula with no cached result.
    const pasted = replaceSheet(grids, SUMMARY_SHEET, (g) => ({
      ...g,
      cells: g.cells.map((r, i) =>
        i === row - 1 ? r.map((c, j) => (j === column - 1 ? { formula: "=SUM(1,2)" } : c)) : r
      ),
    }));
    const read = readWorkbook(pasted);
    expect(read.choices[area.id]?.done).toBe("=SUM(1,2)");
    const rewritten = summaryGrid(planToGrids(planWith(read.choices)));
    expect(rewritten.cells[row - 1]?.[column - 1]).toBe("=SUM(1,2)");
  });
});
