import type { Finding } from "../../src/core";
import { groupBySheet, markable } from "../../src/taskpane/features/check/group-findings";
import { defaultYear, yearsOf } from "../../src/taskpane/features/setup/default-year";
import {
  choiceEdits,
  mergeReread,
  OVERALL,
  type ChoiceDrafts,
} from "../../src/taskpane/features/summary/summary-choices";

describe("defaultYear", () => {
  const period = { from: 2018, to: 2021 };
  it("is last year inside the period, else the period's first year", () => {
    expect(defaultYear(period, 2020)).toBe(2019);
    expect(defaultYear(period, 2019)).toBe(2018);
    expect(defaultYear(period, 2022)).toBe(2021);
    expect(defaultYear(period, 2018)).toBe(2018);
    expect(defaultYear(period, 2030)).toBe(2018);
  });
  it("offers every year of the period", () => {
    expect(yearsOf(period)).toEqual([2018, 2019, 2020, 2021]);
  });
});

describe("groupBySheet", () => {
  const f = (sheet: string | null, cell: string | null, severity: Finding["severity"] = "error"): Finding => ({
    severity,
    code: "commentRequired",
    sheet,
    cell,
    rowId: null,
    messageKey: "commentRequired",
    params: {},
  });
  it("keeps the order of first appearance, with the whole workbook last", () => {
    const groups = groupBySheet([f(null, null, "info"), f("B", "E3"), f("A", "E4", "warning"), f("B", "E5")]);
    expect(groups.map((g) => [g.sheet, g.findings.map((x) => x.cell), g.counts])).toEqual([
      ["B", ["E3", "E5"], { error: 2, warning: 0, info: 0 }],
      ["A", ["E4"], { error: 0, warning: 1, info: 0 }],
      [null, [null], { error: 0, warning: 0, info: 1 }],
    ]);
  });
  it("marks only problems with a cell, and not progress notes", () => {
    expect(markable([f("A", "E4"), f("A", null), f(null, null), f("A", "E5", "info")]).map((x) => x.cell)).toEqual([
      "E4",
    ]);
  });
});

describe("summary choices", () => {
  const noDone = { done: "", doneEdited: false, doneWritten: false };
  const fresh: ChoiceDrafts = {
    "1": { assessment: "onTrack", text: "", raw: null, ...noDone },
    [OVERALL]: { assessment: null, text: "Utkast", raw: null, ...noDone },
  };
  it("after a re-read keep what the user touched and follow the sheet elsewhere", () => {
    const mine: ChoiceDrafts = {
      "1": { assessment: "notOnTrack", text: "Nej", raw: null, ...noDone },
      [OVERALL]: { assessment: "partly", text: "Gammalt", raw: null, ...noDone },
    };
    expect(mergeReread(mine, new Set(["1"]), fresh)).toEqual({ ...fresh, "1": mine["1"] });
  });
  it("write empty texts as null", () => {
    expect(choiceEdits(fresh, new Set())).toEqual([
      { key: "1", assessment: "onTrack", text: null },
      { key: OVERALL, assessment: null, text: "Utkast" },
    ]);
  });
  it("write an area's 'Genomfört under året' only once edited: an untouched draft is never written as the coordinator's", () => {
    const draft = { assessment: null, text: "", raw: null, done: "Förslag.", doneEdited: false, doneWritten: false };
    expect(choiceEdits({ "1": draft }, new Set(["1"]))).toEqual([{ key: "1", assessment: null, text: null }]);
    const edited: ChoiceDrafts = { "1": { ...draft, done: "Nämndens text.", doneEdited: true } };
    expect(choiceEdits(edited, new Set(["1"]))).toEqual([
      { key: "1", assessment: null, text: null, done: "Nämndens text." },
    ]);
    const cleared: ChoiceDrafts = { "1": { ...draft, done: "  ", doneEdited: true } };
    expect(choiceEdits(cleared, new Set(["1"]))[0]?.done).toBeNull();
  });
});
