import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { ProgrammeSchema, type Area, type ProgrammeRow } from "../../../src/core/programme/schema";

const programme = defaultProgramme();
const allRows = programme.areas.flatMap((a) => a.rows);

function area(id: string): Area {
  const found = programme.areas.find((a) => a.id === id);
  if (found === undefined) throw new Error(`area ${id} is missing`);
  return found;
}

function rowsOf(areaId: string, type: ProgrammeRow["type"]): ProgrammeRow[] {
  return area(areaId).rows.filter((r) => r.type === type);
}

describe("defaultProgramme", () => {
  it("passes the programme schema", () => {
    const result = ProgrammeSchema.safeParse(programme);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("carries the confirmed programme facts", () => {
    expect(programme.name.text).toContain("trygghet och säkerhet");
    expect(programme.adopted).toEqual({ by: "Kommunfullmäktige", date: "2018-06-18" });
    expect(programme.dnr).toBe("KS-2016/1151.149");
    expect(programme.period).toEqual({ from: 2018, to: 2021 });
  });

  it("has areas 1–5 and guidelines G1 and G2, in that order", () => {
    expect(programme.areas.map((a) => [a.id, a.kind])).toEqual([
      ["1", "area"],
      ["2", "area"],
      ["3", "area"],
      ["4", "area"],
      ["5", "area"],
      ["G1", "guideline"],
      ["G2", "guideline"],
    ]);
  });

  it("gives every area a delmål and a description of what it covers", () => {
    for (const a of programme.areas) {
      expect(a.delmal.text.length).toBeGreaterThan(20);
      expect(a.covers.text.length).toBeGreaterThan(20);
    }
  });

  it("has a realistic number of goals and activities per area", () => {
    const inRange = (n: number, low: number, high: number) => n >= low && n <= high;
    const outOfRange = programme.areas
      .filter((a) => !inRange(rowsOf(a.id, "goal").length, 2, 4) || !inRange(rowsOf(a.id, "activity").length, 4, 8))
      .map((a) => a.id);
    expect(outOfRange).toEqual([]);
  });

  it("links every activity to a goal row", () => {
    const goalIds = new Set(allRows.filter((r) => r.type === "goal").map((r) => r.id));
    const unlinked = allRows.filter((r) => r.type === "activity" && (r.goalId === null || !goalIds.has(r.goalId)));
    expect(unlinked.map((r) => r.id)).toEqual([]);
  });

  it("gives every row a department from the programme's list", () => {
    const codes = new Set(programme.departments.map((d) => d.code));
    expect(allRows.filter((r) => !codes.has(r.department)).map((r) => r.id)).toEqual([]);
  });

  it("lists the municipal departments and the external partners", () => {
    const internal = programme.departments.filter((d) => !d.external).map((d) => d.code);
    const external = programme.departments.filter((d) => d.external).map((d) => d.code);
    expect(internal).toEqual(["KSF", "NBF", "SÄF", "BUF", "KFF"]);
    expect(external.sort()).toEqual(["HSF", "Huge", "Polisen", "SBFF"]);
    for (const d of programme.departments) expect(d.name.length).toBeGreaterThan(d.code.length);
  });

  it("spreads responsibility so per-department progress means something", () => {
    const owned = new Map<string, number>();
    for (const r of allRows) owned.set(r.department, (owned.get(r.department) ?? 0) + 1);
    expect(owned.size).toBe(programme.departments.length);
    const largestShare = Math.max(...owned.values()) / allRows.length;
    expect(largestShare).toBeLessThan(0.6);
  });

  it("has sheet names Excel accepts, unique regardless of case", () => {
    const names = programme.areas.map((a) => a.sheetName);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\']/);
      expect(name.trim()).toBe(name);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("has unique area IDs and unique row IDs that start with their area's ID", () => {
    expect(new Set(programme.areas.map((a) => a.id)).size).toBe(programme.areas.length);
    expect(new Set(allRows.map((r) => r.id)).size).toBe(allRows.length);
    for (const a of programme.areas) for (const r of a.rows) expect(r.id.startsWith(`${a.id}.`)).toBe(true);
  });

  it("gives every indicator a value for 2018, so a 2019 workbook has last year's value", () => {
    const indicators = allRows.filter((r) => r.type === "indicator");
    expect(indicators.length).toBeGreaterThanOrEqual(12);
    for (const r of indicators) expect(typeof r.indicator?.history["2018"]).toBe("number");
  });

  it("suggests indicators where the facts do: perceived safety, safety walks, fire safety rounds, crisis training", () => {
    const hasIndicator = (areaId: string, word: RegExp) =>
      rowsOf(areaId, "indicator").some((r) => word.test(r.text.text));
    expect(hasIndicator("1", /trygga/)).toBe(true);
    expect(hasIndicator("1", /trygghetsvandring/)).toBe(true);
    expect(hasIndicator("2", /brandskyddsrond/)).toBe(true);
    expect(hasIndicator("3", /utbildats i krisledning/)).toBe(true);
  });

  describe("guideline G1 (graffiti)", () => {
    const indicators = rowsOf("G1", "indicator");

    it("measures the removal cost against the average of its own 2018 and 2019 values, aiming at half of it", () => {
      const cost = indicators.find((r) => r.indicator?.unit === "kr");
      const spec = cost?.indicator;
      expect(spec?.betterWhen).toBe("lower");
      expect(spec?.baselineLabel).toBe("Snitt 2018–2019");
      expect(spec?.baselineYears).toEqual([2018, 2019]);
      expect(spec?.targetChange).toBe(-0.5);
      // No fixed example figure stands in for what the workbook will say.
      expect([spec?.baseline, spec?.target]).toEqual([null, null]);
    });

    it("measures the share removed within 48 hours, target 100 %", () => {
      const share = indicators.find((r) => r.indicator?.unit === "%" && r.text.text.includes("48"));
      expect(share?.indicator).toMatchObject({ target: 100, betterWhen: "higher" });
    });

    it("counts reports, more being better (all graffiti reported), with 217 for 2018 covering January–November", () => {
      const reports = indicators.find((r) => r.indicator?.history["2018"] === 217);
      expect(reports?.text.text).toMatch(/januari–november/);
      expect(reports?.text.text).toMatch(/bekräftad/);
      expect(reports?.indicator?.betterWhen).toBe("higher");
      expect(reports?.indicator?.periodNotes).toEqual({ "2018": "januari–november" });
    });
  });

  it("has G2 indicators that are counts only", () => {
    const indicators = rowsOf("G2", "indicator");
    expect(indicators.length).toBeGreaterThanOrEqual(3);
    for (const r of indicators) expect(r.indicator?.unit).toBe("st");
  });

  describe("provenance", () => {
    it("marks the confirmed facts as confirmed", () => {
      expect(programme.name.provenance).toBe("confirmed");
      expect(programme.overallGoal.provenance).toBe("confirmed");
      for (const a of programme.areas) expect(a.name.provenance).toBe("confirmed");
      expect(area("1").delmal.provenance).toBe("confirmed");
      expect(area("G1").delmal.provenance).toBe("confirmed");
      for (const r of rowsOf("G1", "goal")) expect(r.text.provenance).toBe("confirmed");
    });

    it("marks what the facts give as examples as examples", () => {
      for (const id of ["2", "3", "4", "5"]) expect(area(id).delmal.provenance).toBe("example");
      for (const a of programme.areas) expect(a.covers.provenance).toBe("example");
      for (const id of ["1", "2", "3", "4", "5", "G2"]) {
        for (const r of rowsOf(id, "goal")) expect(r.text.provenance).toBe("example");
      }
      for (const r of allRows.filter((r) => r.type === "indicator")) expect(r.text.provenance).toBe("example");
    });

    it("confirms rows only in the guidelines, where the sources state them", () => {
      const confirmedRows = programme.areas.flatMap((a) =>
        a.rows.filter((r) => r.text.provenance === "confirmed").map(() => a.kind)
      );
      expect(confirmedRows.length).toBeGreaterThan(0);
      expect(new Set(confirmedRows)).toEqual(new Set(["guideline"]));
    });
  });

  it("returns a fresh copy each time, so a caller's change does not leak", () => {
    const mine = defaultProgramme();
    mine.areas[0]?.rows.pop();
    mine.departments[0] = { code: "X", name: "Changed", external: false };
    expect(defaultProgramme()).toEqual(programme);
    expect(defaultProgramme()).not.toBe(defaultProgramme());
  });
});
