import { planUpdate } from "../../../src/core/update/plan-update";
import { renderConflict } from "../../../src/core/update/messages";
import type { EnteredValues } from "../../../src/core/read/types";
import type { UpdateResult } from "../../../src/core/update/types";
import { readOf, smallProgramme } from "./workbook-read";

function ok(result: UpdateResult): Extract<UpdateResult, { ok: true }> {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.conflicts)}`);
  }
  return result;
}

function conflicts(result: UpdateResult) {
  if (result.ok) {
    throw new Error("expected a refusal");
  }
  return result.conflicts;
}

const old = smallProgramme();

describe("planUpdate", () => {
  it("keeps the entries of a row that moved to another area and reports the move", () => {
    const entries = new Map<string, EnteredValues>([
      ["1.A2", { status: "Pågår", done: "Trygghetsvandringar i Flemingsberg" }],
    ]);
    const next = smallProgramme((p) => {
      const [moved] = p.areas[0].rows.splice(2, 1);
      p.areas[1].rows.push(moved);
    });
    const result = ok(planUpdate(readOf(old, 2019, entries), next));
    expect(result.values.get("1.A2")).toEqual({ status: "Pågår", done: "Trygghetsvandringar i Flemingsberg" });
    expect(result.report.moved).toEqual([{ rowId: "1.A2", from: "1", to: "2" }]);
    expect(result.retired).toEqual([]);
  });

  it("adds the new programme's rows empty and counts the kept ones", () => {
    const next = smallProgramme((p) => {
      p.areas[1].rows.push({
        id: "2.A2",
        type: "activity",
        text: { text: "Ny aktivitet", provenance: "example" },
        department: "KSF",
        goalId: "2.M1",
      });
    });
    const result = ok(planUpdate(readOf(old, 2019), next));
    expect(result.report.added).toEqual(["2.A2"]);
    expect(result.values.has("2.A2")).toBe(false);
    expect(result.report.kept).toBe(6);
  });

  it("retires a dropped row with entries, keeping every entered cell, and drops an empty one silently", () => {
    const entries = new Map<string, EnteredValues>([
      ["1.A1", { status: "Försenad", comment: "Väntar på polisen", changed: "2020-01-12" }],
    ]);
    const next = smallProgramme((p) => {
      p.areas[0].rows = p.areas[0].rows.filter((r) => r.id !== "1.A1" && r.id !== "1.A2");
    });
    const result = ok(planUpdate(readOf(old, 2019, entries), next));
    expect([...result.report.retired].sort()).toEqual(["1.A1", "1.A2"]);
    expect(result.retired).toEqual([
      {
        rowId: "1.A1",
        type: "activity",
        areaId: "1",
        sheet: "1 Område ett",
        text: "Aktivitet ett",
        values: { status: "Försenad", comment: "Väntar på polisen", changed: "2020-01-12" },
      },
    ]);
    expect(result.values.has("1.A1")).toBe(false);
  });

  it("treats the pre-filled department and last year's value as not entered, but keeps a changed one", () => {
    const next = smallProgramme((p) => {
      p.areas[0].rows[1].department = "SÄF";
    });
    const unchanged = ok(planUpdate(readOf(old, 2019), next));
    expect(unchanged.values.size).toBe(0);

    const entries = new Map<string, EnteredValues>([
      ["1.A2", { department: "KSF" }],
      ["1.I1", { lastYear: 220, value: 180 }],
    ]);
    const changed = ok(planUpdate(readOf(old, 2019, entries), next));
    expect(changed.values.get("1.A2")).toEqual({ department: "KSF" });
    expect(changed.values.get("1.I1")).toEqual({ lastYear: 220, value: 180 });
  });

  it("keeps formulas and error values as they were entered", () => {
    const entries = new Map<string, EnteredValues>([
      ["1.A1", { done: { formula: "=SUM(1,2)", result: 3 }, comment: { error: "#REF!" } }],
    ]);
    const result = ok(planUpdate(readOf(old, 2019, entries), old));
    expect(result.values.get("1.A1")).toEqual({
      done: { formula: "=SUM(1,2)", result: 3 },
      comment: { error: "#REF!" },
    });
  });

  it("refuses a row with entries but no ID, naming its cell", () => {
    const read = readOf(old, 2019, new Map(), {
      extra: [{ sheet: "1 Område ett", cells: { status: "Pågår", done: "Något" } }],
    });
    const found = conflicts(planUpdate(read, old));
    expect(found).toEqual([{ rowId: null, sheet: "1 Område ett", cell: "A12", reason: "missingId", params: {} }]);
  });

  it("ignores a blank row without an ID", () => {
    const read = readOf(old, 2019, new Map(), { extra: [{ sheet: "1 Område ett", cells: { done: "   " } }] });
    expect(planUpdate(read, old).ok).toBe(true);
  });

  it("refuses an ID that neither programme knows, even without entries", () => {
    const read = readOf(old, 2019, new Map(), {
      extra: [{ sheet: "2 Område två", cells: { id: "2.A9", text: "Egen rad" } }],
    });
    const found = conflicts(planUpdate(read, old));
    expect(found).toEqual([{ rowId: "2.A9", sheet: "2 Område två", cell: "A10", reason: "unknownRow", params: {} }]);
  });

  it("refuses a duplicate ID with entries in both rows and names both cells", () => {
    const read = readOf(old, 2019, new Map([["1.A1", { status: "Pågår" }]]), {
      extra: [{ sheet: "2 Område två", cells: { id: "1.A1", status: "Genomförd" } }],
    });
    const found = conflicts(planUpdate(read, old));
    expect(found).toEqual([
      {
        rowId: "1.A1",
        sheet: "2 Område två",
        cell: "A10",
        reason: "duplicateId",
        params: { otherCell: "1 Område ett!A9" },
      },
    ]);
  });

  it("accepts a duplicate ID when only one of the rows has entries, and keeps those", () => {
    const read = readOf(old, 2019, new Map(), {
      extra: [{ sheet: "2 Område två", cells: { id: "1.A1", status: "Genomförd" } }],
    });
    const result = ok(planUpdate(read, old));
    expect(result.values.get("1.A1")).toEqual({ status: "Genomförd" });
  });

  it("refuses a row whose type changed while a status is entered, and accepts it when nothing type-bound is", () => {
    // A programme object whose row keeps its ID but changes type (not valid for the schema, but
    // a programme built elsewhere could do it; the update must not guess).
    const retyped = (p: typeof old): typeof old => ({
      ...p,
      areas: p.areas.map((a) => ({
        ...a,
        rows: a.rows.map((r) => (r.id === "1.A1" ? { ...r, type: "goal" as const } : r)),
      })),
    });
    const withStatus = readOf(old, 2019, new Map([["1.A1", { status: "Pågår" }]]));
    expect(conflicts(planUpdate(withStatus, retyped(old)))).toEqual([
      {
        rowId: "1.A1",
        sheet: "1 Område ett",
        cell: "E9",
        reason: "typeChanged",
        params: { from: "activity", to: "goal" },
      },
    ]);
    const withText = readOf(old, 2019, new Map([["1.A1", { done: "Klart" }]]));
    expect(ok(planUpdate(withText, retyped(old))).values.get("1.A1")).toEqual({ done: "Klart" });
  });

  it("keeps choices for areas that still exist and retires the choice of a removed area", () => {
    const choices = {
      overall: { assessment: "onTrack" as const, raw: null, text: "Arbetet ligger i fas." },
      "1": { assessment: "partly" as const, raw: null, text: "Delvis." },
      "2": { assessment: "notOnTrack" as const, raw: null, text: "Område två släpar." },
    };
    const next = smallProgramme((p) => {
      p.areas[0].rows.push(...p.areas[1].rows);
      p.areas.splice(1, 1);
    });
    const result = ok(planUpdate(readOf(old, 2019, new Map(), { choices }), next));
    expect(result.choices).toEqual({ overall: choices.overall, "1": choices["1"] });
    expect(result.retired).toEqual([
      {
        rowId: "2",
        type: null,
        areaId: "2",
        sheet: "Sammanfattning",
        text: "Område två",
        values: { status: "Ej i fas", comment: "Område två släpar." },
      },
    ]);
  });

  it("refuses a workbook without its programme", () => {
    const read = { ...readOf(old, 2019), programme: null };
    expect(conflicts(planUpdate(read, old))[0]?.reason).toBe("programmeMissing");
  });

  it("renders each conflict in Swedish and English", () => {
    const c = { rowId: "1.A1", sheet: "S", cell: "A9", reason: "duplicateId" as const, params: { otherCell: "S!A8" } };
    expect(renderConflict(c, "sv")).toContain("S!A8");
    expect(renderConflict(c, "sv")).toMatch(/samma ID/);
    expect(renderConflict(c, "en")).toMatch(/same ID/);
    const t = {
      rowId: "1.A1",
      sheet: "S",
      cell: "E9",
      reason: "typeChanged" as const,
      params: { from: "activity", to: "goal" },
    };
    expect(renderConflict(t, "sv")).toContain("från aktivitet till mål");
  });

  it("carries rows retired by an earlier update, and restores one the new programme brings back", () => {
    const earlier = [
      {
        rowId: "1.A7",
        type: "activity" as const,
        areaId: "1",
        sheet: "1 Område ett",
        text: "Borttagen",
        values: { done: "Gjort 2018" },
      },
      {
        rowId: "1.A2",
        type: "activity" as const,
        areaId: "1",
        sheet: "1 Område ett",
        text: "Aktivitet två",
        values: { status: "Utgår", comment: "Tillbaka?" },
      },
    ];
    const withoutA2 = smallProgramme((p) => {
      p.areas[0].rows = p.areas[0].rows.filter((r) => r.id !== "1.A2");
    });
    const read = { ...readOf(withoutA2, 2019), retired: earlier };
    const result = ok(planUpdate(read, old));
    expect(result.retired).toEqual([earlier[0]]);
    expect(result.values.get("1.A2")).toEqual({ status: "Utgår", comment: "Tillbaka?" });
    expect(result.report.restored).toEqual(["1.A2"]);
    expect(result.report.added).toEqual([]);
  });

  it("names every conflicting row, in the order they stand in the workbook", () => {
    const read = readOf(old, 2019, new Map(), {
      extra: [
        { sheet: "2 Område två", cells: { status: "Pågår" } },
        { sheet: "1 Område ett", cells: { id: "1.A9" } },
      ],
    });
    expect(conflicts(planUpdate(read, old)).map((c) => [c.sheet, c.cell, c.reason])).toEqual([
      ["1 Område ett", "A12", "unknownRow"],
      ["2 Område två", "A10", "missingId"],
    ]);
  });
});
