import { collectEntries, countsAsReported } from "../../../src/core/check/entries";
import type { RowEntry } from "../../../src/core/read/types";
import {
  fixtureProgramme,
  generatedRead,
  generatedRow,
  generatedSheets,
  workbookRead,
  type RowSpec,
  type SheetSpec,
} from "./workbook-read-builder";

const programme = fixtureProgramme();

function entries(edits: Readonly<Record<string, RowSpec>>): Map<string, RowEntry> {
  return new Map(collectEntries(generatedRead(programme, edits), programme).map((e) => [e.rowId, e]));
}

function entry(edits: Readonly<Record<string, RowSpec>>, rowId: string): RowEntry {
  const e = entries(edits).get(rowId);
  if (e === undefined) {
    throw new Error(`no entry for ${rowId}`);
  }
  return e;
}

describe("collectEntries", () => {
  it("gives one entry per programme row found, in programme order, with area and type from the programme", () => {
    const all = collectEntries(generatedRead(programme), programme);
    expect(all.map((e) => [e.rowId, e.areaId, e.type])).toEqual(
      programme.areas.flatMap((a) => a.rows.map((r) => [r.id, a.id, r.type]))
    );
  });

  it("turns exact labels (Swedish or English) into codes", () => {
    expect(entry({ "1.A1": { status: "Försenad" } }, "1.A1").status).toBe("delayed");
    expect(entry({ "1.A1": { status: "Completed" } }, "1.A1").status).toBe("done");
    expect(entry({ "1.M1": { status: "Delvis i fas" } }, "1.M1").status).toBe("partly");
  });

  it("never applies a suggestion: slips and labels of the other vocabulary stay null but count as reported", () => {
    for (const status of [" Pågår ", "Pagar", "I fas"]) {
      expect(entry({ "1.A1": { status } }, "1.A1")).toMatchObject({ status: null, reported: true });
    }
  });

  it("never counts a status it cannot read as reported, though the cell is filled", () => {
    for (const status of ["Pagar", "I fas", "klart"]) {
      const e = entry({ "1.A1": { status } }, "1.A1");
      expect([e.reported, countsAsReported(e)]).toEqual([true, false]);
    }
    expect(countsAsReported(entry({ "1.A1": { status: "Pågår" } }, "1.A1"))).toBe(true);
    expect(countsAsReported(entry({ "1.I1": { value: 0 } }, "1.I1"))).toBe(true);
  });

  it("counts a status as the summary sheet's COUNTIFS does: whole cell, any case, Swedish or English", () => {
    expect(entry({ "1.A1": { status: "pågår" } }, "1.A1")).toMatchObject({ status: "ongoing", reported: true });
    expect(entry({ "1.A1": { status: "COMPLETED" } }, "1.A1")).toMatchObject({ status: "done" });
    expect(entry({ "1.A1": { status: "Pågår." } }, "1.A1")).toMatchObject({ status: null });
  });

  it("marks goals and activities reported by their status, indicators by their value", () => {
    const e = entries({
      "1.A1": { status: "Pågår" },
      "1.A2": { done: "Något gjordes", comment: "men ingen status" },
      "1.I1": { status: "Pågår" },
    });
    expect(e.get("1.A1")?.reported).toBe(true);
    expect(e.get("1.A2")?.reported).toBe(false);
    expect(e.get("1.I1")).toMatchObject({ reported: false, status: null });
    expect(entry({ "1.I1": { value: 0 } }, "1.I1").reported).toBe(true);
  });

  it("parses values with the Swedish number rules and keeps non-numbers out", () => {
    expect(entry({ "G1.I1": { value: "1 234,5", lastYear: 1000 } }, "G1.I1")).toMatchObject({
      value: 1234.5,
      lastYear: 1000,
    });
    expect(entry({ "G1.I1": { value: "ca 200" } }, "G1.I1")).toMatchObject({ value: null, reported: true });
    expect(entry({ "G1.I1": { value: Number.NaN } }, "G1.I1").value).toBeNull();
    expect(entry({}, "1.I1").lastYear).toBe(217);
  });

  it("takes the department from the sheet when it is a known code or name, else the programme's", () => {
    expect(entry({ "1.A1": { department: "NBF" } }, "1.A1").department).toBe("NBF");
    expect(entry({ "1.A1": { department: "Natur- och byggnadsförvaltningen" } }, "1.A1").department).toBe("NBF");
    expect(entry({ "1.A1": { department: "nbf" } }, "1.A1").department).toBe("KSF");
    expect(entry({ "1.A1": { department: null } }, "1.A1").department).toBe("KSF");
  });

  it("keeps what was done and the comment, trimmed; empty as null", () => {
    expect(entry({ "1.A1": { done: "  Fyra vandringar. ", comment: "" } }, "1.A1")).toMatchObject({
      done: "Fyra vandringar.",
      comment: null,
    });
  });

  it("leaves out unknown and lost rows, and takes a duplicated row from its first occurrence", () => {
    const [area1, g1] = generatedSheets(programme) as [SheetSpec, SheetSpec];
    const second = { ...generatedRow(programme.areas[0]!.rows[1]!), status: "Utgår" };
    const stranger = { id: "1.A9", type: "Aktivitet", status: "Pågår" };
    const first = { ...(area1.rows[1] as RowSpec), status: "Pågår" };
    const rows = [area1.rows[0] as RowSpec, first, ...area1.rows.slice(2), second, stranger];
    const read = workbookRead([
      { ...area1, rows },
      { ...g1, rows: g1.rows.slice(0, 1) },
    ]);
    const found = collectEntries(read, programme);
    expect(found.map((e) => e.rowId)).toEqual(["1.M1", "1.A1", "1.A2", "1.I1", "G1.M1"]);
    expect(found.find((e) => e.rowId === "1.A1")?.status).toBe("ongoing");
  });
});
