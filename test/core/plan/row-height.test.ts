import { buildWorkbookPlan } from "../../../src/core/plan/build-plan";
import { LINE_HEIGHT, MAX_ROW_HEIGHT, rowHeightFor } from "../../../src/core/plan/row-height";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { summarise } from "../../../src/core/summary/summarise";
import { AREA_TABLE_HEADER_ROW } from "../../../src/core/layout/workbook-layout";
import { writeXlsx } from "../../../src/files/xlsx-writer";
import { loadWorkbook, worksheet } from "../../support/exceljs-load";

describe("row heights for wrapped text", () => {
  test("one line needs no height; longer text grows the row by whole lines", () => {
    expect(rowHeightFor(["kort"], [40], [true])).toBeNull();
    expect(rowHeightFor(["x".repeat(100)], [40], [true])).toBe(3 * LINE_HEIGHT);
    expect(rowHeightFor(["rad ett\nrad två\nrad tre"], [40], [true])).toBe(3 * LINE_HEIGHT);
  });

  test("text wraps at word boundaries, as the engines wrap it: a word that no longer fits starts a line", () => {
    // Width 10 holds 11 characters a line. 22 characters fit in two lines by count, not by words.
    expect(rowHeightFor(["abcdefgh abcdefgh ab"], [10], [true])).toBe(2 * LINE_HEIGHT);
    expect(rowHeightFor(["abcdefghi abcdefghi ab"], [10], [true])).toBe(3 * LINE_HEIGHT);
    // A word longer than a line is broken over two; the next word follows its end.
    expect(rowHeightFor(["Rapporterade rader"], [10], [true])).toBe(2 * LINE_HEIGHT);
    expect(rowHeightFor(["Rapporterade radernaxxx"], [10], [true])).toBe(3 * LINE_HEIGHT);
  });

  test("only wrapped columns grow the row, and the tallest cell decides", () => {
    expect(rowHeightFor(["x".repeat(500), "y".repeat(50)], [10, 40], [false, true])).toBe(2 * LINE_HEIGHT);
    expect(rowHeightFor(["x".repeat(20_000)], [40], [true])).toBe(MAX_ROW_HEIGHT);
  });

  test("an area sheet's long texts get taller rows, in the plan and in the file", async () => {
    const programme = defaultProgramme();
    const area = programme.areas[0];
    const row = area?.rows[0];
    if (area === undefined || row === undefined) {
      throw new Error("the default programme has no rows");
    }
    const done = "Under året har arbetet gått vidare enligt plan. ".repeat(8);
    const summary = summarise(programme, [], { year: 2019, choices: {} });
    const plan = buildWorkbookPlan(programme, { year: 2019, summary, values: new Map([[row.id, { done }]]) });
    const sheet = plan.sheets.find((s) => s.areaId === area.id);
    const first = AREA_TABLE_HEADER_ROW + 1;
    const planned = sheet?.rowHeights?.find((h) => h.row === first)?.height ?? 0;
    expect(planned).toBeGreaterThanOrEqual(6 * LINE_HEIGHT);
    const ws = worksheet(await loadWorkbook(await writeXlsx(plan)), area.sheetName);
    expect(ws.getRow(first).height).toBe(planned);
  });
});
