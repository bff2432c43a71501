import { matchesSearch, pageOf, passesFilter, type ListedRow } from "../../src/taskpane/features/my-rows/row-list";

function listed(over: Partial<ListedRow> = {}): ListedRow {
  return {
    rowId: "2.A14",
    text: "Belysning på gång- och cykelvägar",
    reportedInSheet: false,
    hasProblem: false,
    changed: false,
    ...over,
  };
}

describe("which rows the form lists", () => {
  it("filters by what the sheet holds, and keeps a row being typed into in view whatever the filter", () => {
    expect(passesFilter(listed(), "missing")).toBe(true);
    expect(passesFilter(listed({ reportedInSheet: true }), "missing")).toBe(false);
    expect(passesFilter(listed({ reportedInSheet: true, changed: true }), "missing")).toBe(true);
    expect(passesFilter(listed({ hasProblem: true }), "problems")).toBe(true);
    expect(passesFilter(listed(), "problems")).toBe(false);
    expect(passesFilter(listed(), "changed")).toBe(false);
    expect(passesFilter(listed({ changed: true }), "changed")).toBe(true);
    expect(passesFilter(listed({ reportedInSheet: true }), "all")).toBe(true);
  });

  it("searches ID and text, every word, in any case and order", () => {
    expect(matchesSearch(listed(), "")).toBe(true);
    expect(matchesSearch(listed(), "  ")).toBe(true);
    expect(matchesSearch(listed(), "2.a14")).toBe(true);
    expect(matchesSearch(listed(), "CYKEL belysning")).toBe(true);
    expect(matchesSearch(listed(), "belysning torg")).toBe(false);
    expect(matchesSearch(listed({ text: "Åtgärder mot ÖVERGREPP" }), "övergrepp åtgärder")).toBe(true);
    expect(matchesSearch(listed(), "2.A15")).toBe(false);
  });

  it("pages without losing or repeating a row, and clamps a page past the end", () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const seen = [0, 1, 2].flatMap((p) => pageOf(items, p, 20).items);
    expect(seen).toEqual(items);
    expect(pageOf(items, 2, 20)).toMatchObject({ page: 2, pages: 3, from: 41, to: 45, total: 45 });
    expect(pageOf(items, 7, 20)).toMatchObject({ page: 2, from: 41, to: 45 });
    expect(pageOf(items, -1, 20)).toMatchObject({ page: 0, from: 1, to: 20 });
    expect(pageOf([], 0, 20)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0, total: 0 });
  });
});
