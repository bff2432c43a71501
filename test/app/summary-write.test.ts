/**
 * The Summary screen's write, the decision (app/summary-write.ts): the coordinator's edits over the
 * choices in the sheet, and the summary sheet those choices make.
 */
import { summarySheetAfterEdits, withEdits } from "../../src/app/summary-write";
import { readWorkbook, textOf } from "../../src/core";
import type { CoordinatorChoices } from "../../src/core";
import { smallProgramme } from "../support/plan-fixtures";
import { planToGrids } from "../support/plan-grids";
import { writtenWorkbook } from "../support/written-workbook";

const NOW = new Date("2019-12-01T08:00:00Z");
const programme = smallProgramme();

test("an edit replaces its key's assessment and text; its 'Genomfört under året' only when it carries one", () => {
  const inSheet: CoordinatorChoices = {
    "1": { assessment: "partly", raw: null, text: "Gammal text.", done: "Trygghetsvandringar i fyra stadsdelar." },
    G1: { assessment: "onTrack", raw: null, text: null, done: null },
  };
  const after = withEdits(inSheet, [
    { key: "1", assessment: "onTrack", text: "Ny text." },
    { key: "G1", assessment: null, text: null, done: "Klottret sanerades inom ett dygn." },
  ]);
  expect(after["1"]).toEqual({
    assessment: "onTrack",
    raw: null,
    text: "Ny text.",
    done: "Trygghetsvandringar i fyra stadsdelar.",
  });
  expect(after.G1).toEqual({ assessment: null, raw: null, text: null, done: "Klottret sanerades inom ett dygn." });
  // Choices the edits do not name stay as the sheet has them.
  expect(withEdits(inSheet, [])).toEqual(inSheet);
});

test("the summary sheet after the edits carries the coordinator's choice and text, read back as written", () => {
  const { plan, meta, read } = writtenWorkbook(programme, { now: NOW });
  const sheet = summarySheetAfterEdits(read, programme, meta, [
    { key: "overall", assessment: "partly", text: "Arbetet går framåt men inte i alla delar." },
  ]);
  const rewritten = readWorkbook(
    planToGrids({ ...plan, sheets: plan.sheets.map((s) => (s.role === "summary" ? sheet : s)) })
  );
  expect(rewritten.choices.overall).toMatchObject({
    assessment: "partly",
    text: "Arbetet går framåt men inte i alla delar.",
  });
  expect(sheet.blocks.some((b) => b.cells.flat().some((c) => textOf(c)?.includes("Arbetet går framåt") === true))).toBe(
    true
  );
});
