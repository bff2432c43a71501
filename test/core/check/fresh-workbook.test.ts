import { checkWorkbook } from "../../../src/core/check/check-workbook";
import type { Programme } from "../../../src/core/programme/schema";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { fixtureProgramme, generatedRead } from "./workbook-read-builder";

/** Rows each department owns in the programme, in programme order. */
function ownedRows(programme: Programme): Map<string, string[]> {
  const owned = new Map<string, string[]>();
  for (const area of programme.areas) {
    for (const row of area.rows) {
      owned.set(row.department, [...(owned.get(row.department) ?? []), row.id]);
    }
  }
  return owned;
}

describe.each([
  ["the test fixture", fixtureProgramme()],
  ["the bundled Huddinge programme", defaultProgramme()],
])("a freshly generated workbook of %s", (_, programme) => {
  const findings = checkWorkbook(generatedRead(programme), programme);

  it("has no errors and no warnings, only rows not yet reported", () => {
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(["notReported"]));
  });

  it("reports one info finding per department, with every row it owns", () => {
    const owned = ownedRows(programme);
    expect(findings).toHaveLength(owned.size);
    for (const f of findings) {
      const rows = owned.get(String(f.params["department"])) ?? [];
      expect(f).toMatchObject({ severity: "info", sheet: null, cell: null, rowId: null });
      expect(f.params).toEqual({ department: f.params["department"], count: rows.length, rows: rows.join(", ") });
    }
  });

  it("lists the departments in the programme's order", () => {
    const order = programme.departments.map((d) => d.code).filter((code) => ownedRows(programme).has(code));
    expect(findings.map((f) => f.params["department"])).toEqual(order);
  });
});
