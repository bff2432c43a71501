import type { Lang } from "../../../src/core/lang";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { parseProgramme } from "../../../src/core/programme/parse-programme";
import { ProgrammeSchema, type Programme, type ProgrammeRow } from "../../../src/core/programme/schema";
import { translateSchemaMessage } from "../../../src/core/programme/schema-messages";

/** The default programme as a plain JSON value, to break in one place. */
function json(): Programme {
  return defaultProgramme();
}

function problemsOf(input: unknown, lang: Lang): string[] {
  const result = parseProgramme(input, lang);
  if (result.ok) throw new Error("expected the input to be rejected");
  return result.problems;
}

function rowAt(p: Programme, areaIndex: number, rowIndex: number): ProgrammeRow {
  const row = p.areas[areaIndex]?.rows[rowIndex];
  if (row === undefined) throw new Error(`no row at areas[${areaIndex}].rows[${rowIndex}]`);
  return row;
}

/** Indices of the first two activity rows in different areas. */
function twoActivities(p: Programme): { a: [number, number]; b: [number, number] } {
  const found: [number, number][] = [];
  p.areas.forEach((area, ai) => {
    const ri = area.rows.findIndex((r) => r.type === "activity");
    if (ri !== -1 && found.length < 2) found.push([ai, ri]);
  });
  const [a, b] = found;
  if (a === undefined || b === undefined) throw new Error("need two areas with activities");
  return { a, b };
}

describe("parseProgramme", () => {
  it("accepts the default programme and returns it unchanged", () => {
    const result = parseProgramme(json(), "sv");
    expect(result).toEqual({ ok: true, programme: defaultProgramme() });
  });

  it("fills in what a programme file may leave out", () => {
    const input = json() as unknown as Record<string, unknown>;
    delete input.thresholds;
    const result = parseProgramme(input, "en");
    expect(result.ok && result.programme.thresholds).toEqual({ onTrack: 0.8, partly: 0.5, minReported: 0.5 });
  });

  describe("a wrong type", () => {
    const input = json();
    const row = rowAt(input, 1, 2);
    (row as unknown as Record<string, unknown>).department = 42;
    const where = `areas[1].rows[2].department`;

    it("is named by path, area and row ID in Swedish", () => {
      expect(problemsOf(input, "sv")).toEqual([`${where} (område 2, rad ${row.id}): ska vara text, men är talet 42`]);
    });

    it("is named by path, area and row ID in English", () => {
      expect(problemsOf(input, "en")).toEqual([
        `${where} (area 2, row ${row.id}): should be text, but is the number 42`,
      ]);
    });
  });

  it("names a missing field", () => {
    const input = json();
    const area = input.areas[0] as unknown as Record<string, unknown>;
    delete area.delmal;
    expect(problemsOf(input, "sv")).toEqual(["areas[0].delmal (område 1): saknas (ska vara ett objekt)"]);
    expect(problemsOf(input, "en")).toEqual(["areas[0].delmal (area 1): is missing (should be an object)"]);
  });

  it("names a guideline as a guideline", () => {
    const input = json();
    const g = input.areas.findIndex((a) => a.kind === "guideline");
    const row = rowAt(input, g, 0);
    row.text.text = "";
    const [problem] = problemsOf(input, "sv");
    expect(problem).toBe(
      `areas[${g}].rows[0].text.text (riktlinje ${input.areas[g]?.id}, rad ${row.id}): får inte vara tom`
    );
  });

  it("names a duplicate row ID where the second one is", () => {
    const input = json();
    const { a, b } = twoActivities(input);
    const first = rowAt(input, ...a);
    rowAt(input, ...b).id = first.id;
    const path = `areas[${b[0]}].rows[${b[1]}].id`;
    expect(problemsOf(input, "sv")).toEqual([
      expect.stringMatching(new RegExp(`^${escape(path)} .*rad-ID ${escape(first.id)} förekommer två gånger$`)),
    ]);
    expect(problemsOf(input, "en")).toEqual([
      expect.stringMatching(new RegExp(`^${escape(path)} .*row ID ${escape(first.id)} appears twice$`)),
    ]);
  });

  it("names an unknown department", () => {
    const input = json();
    const row = rowAt(input, 2, 1);
    row.department = "Okänd";
    const place = `areas[2].rows[1].department (område 3, rad ${row.id})`;
    expect(problemsOf(input, "sv")).toEqual([
      `${place}: avdelningen Okänd finns inte bland programmets avdelningar (departments)`,
    ]);
    expect(problemsOf(input, "en")).toEqual([
      `areas[2].rows[1].department (area 3, row ${row.id}): department Okänd is not among the programme's departments`,
    ]);
  });

  it("names the department by its code when a department is broken", () => {
    const input = json();
    const dept = input.departments[1];
    if (dept === undefined) throw new Error("need two departments");
    dept.name = "";
    expect(problemsOf(input, "sv")).toEqual([`departments[1].name (avdelning ${dept.code}): får inte vara tom`]);
  });

  it.each([
    ["a JSON array", [], "en lista", "a list"],
    ["a text", "programme.json", 'texten "programme.json"', 'the text "programme.json"'],
    ["a number", 7, "talet 7", "the number 7"],
    ["null", null, "null", "null"],
  ])("rejects %s as the whole file, in one line", (_name, input, sv, en) => {
    expect(problemsOf(input, "sv")).toEqual([`programfilen: ska vara ett objekt, men är ${sv}`]);
    expect(problemsOf(input, "en")).toEqual([`programme file: should be an object, but is ${en}`]);
  });

  it("lists every missing top-level field of an empty object", () => {
    const problems = problemsOf({}, "sv");
    for (const field of [
      "schemaVersion",
      "name",
      "municipality",
      "adopted",
      "dnr",
      "period",
      "overallGoal",
      "departments",
      "areas",
    ]) {
      expect(problems.some((p) => p.startsWith(`${field}: saknas`))).toBe(true);
    }
  });

  it("names an invalid choice and shows the allowed ones", () => {
    const input = json();
    const row = rowAt(input, 0, 0);
    (row as unknown as Record<string, unknown>).type = "Goal";
    const [problem] = problemsOf(input, "sv");
    expect(problem).toBe(
      `areas[0].rows[0].type (område 1, rad ${row.id}): ska vara en av "goal", "activity", "indicator" (är texten "Goal")`
    );
  });

  it("names a sheet name that is too long, with its length", () => {
    const input = json();
    const area = input.areas[3];
    if (area === undefined) throw new Error("need four areas");
    area.sheetName = "x".repeat(40);
    expect(problemsOf(input, "en")).toEqual([
      `areas[3].sheetName (area ${area.id}): may have at most 31 characters (has 40)`,
    ]);
  });

  it("names a bad year key in an indicator's history", () => {
    const input = json();
    const ai = input.areas.findIndex((a) => a.rows.some((r) => r.type === "indicator"));
    const ri = input.areas[ai]?.rows.findIndex((r) => r.type === "indicator") ?? -1;
    const spec = rowAt(input, ai, ri).indicator;
    if (spec === null) throw new Error("indicator without settings");
    spec.history["år 2019"] = 5;
    const [problem] = problemsOf(input, "sv");
    expect(problem).toMatch(
      /^areas\[\d+\]\.rows\[\d+\]\.indicator\.history\["år 2019"\] \(.*\): ogiltig nyckel: ska vara ett årtal med fyra siffror/
    );
  });

  it("keeps each problem on one line, even when an ID in the file holds a line break", () => {
    const input = json();
    rowAt(input, 0, 1).department = "KS\nF";
    for (const lang of ["sv", "en"] as const) {
      const problems = problemsOf(input, lang);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p).not.toMatch(/[\r\n]/);
    }
  });

  describe("the schema's own messages", () => {
    /** One broken programme per message the schema writes itself. */
    const cases: [string, (p: Programme) => void][] = [
      ["an indicator row without settings", (p) => void (indicatorRow(p).indicator = null)],
      [
        "settings on a goal row",
        (p) =>
          void (rowAt(p, 0, 0).indicator = {
            unit: "st",
            betterWhen: "higher",
            target: null,
            baseline: null,
            baselineLabel: null,
            history: {},
          }),
      ],
      ["an ID with the wrong type letter", (p) => void (rowAt(p, 0, 0).id = "1.A99")],
      ["a row ID in the wrong form", (p) => void (rowAt(p, 0, 0).id = "1-M1")],
      ["a sheet name with a colon", (p) => void (areaAt(p, 0).sheetName = "1: Trygghet")],
      ["thresholds out of order", (p) => void (p.thresholds = { onTrack: 0.4, partly: 0.6, minReported: 0.5 })],
      ["a date in the wrong form", (p) => void (p.adopted.date = "18 juni 2018")],
      ["a period that ends before it starts", (p) => void (p.period = { from: 2021, to: 2018 })],
      ["a duplicate area ID", (p) => void (areaAt(p, 1).id = areaAt(p, 0).id)],
      ["a duplicate sheet name", (p) => void (areaAt(p, 1).sheetName = areaAt(p, 0).sheetName.toUpperCase())],
      ["a goal reference to nothing", (p) => void (rowAt(p, 0, 5).goalId = "9.M9")],
    ];

    it.each(cases)("are translated to Swedish: %s", (_name, breakIt) => {
      const input = json();
      breakIt(input);
      const raw = ProgrammeSchema.safeParse(input);
      const englishMessages = raw.success ? [] : raw.error.issues.map((i) => i.message);
      const sv = problemsOf(input, "sv");
      const en = problemsOf(input, "en");
      expect(sv.length).toBeGreaterThan(0);
      expect(en).toHaveLength(sv.length);
      for (const message of englishMessages) {
        for (const line of sv) expect(line).not.toContain(message);
      }
    });

    it("has a translation for every message the schema wrote in these cases", () => {
      const untranslated: string[] = [];
      for (const [, breakIt] of cases) {
        const input = json();
        breakIt(input);
        const raw = ProgrammeSchema.safeParse(input);
        // zod's own messages start with "Invalid"; the rest were written in schema.ts.
        const own = raw.success ? [] : raw.error.issues.filter((i) => !i.message.startsWith("Invalid"));
        for (const issue of own)
          if (translateSchemaMessage(issue.message, "sv") === null) untranslated.push(issue.message);
      }
      expect(untranslated).toEqual([]);
    });
  });
});

function areaAt(p: Programme, index: number) {
  const area = p.areas[index];
  if (area === undefined) throw new Error(`no area ${index}`);
  return area;
}

function indicatorRow(p: Programme): ProgrammeRow {
  const row = p.areas.flatMap((a) => a.rows).find((r) => r.type === "indicator");
  if (row === undefined) throw new Error("no indicator row");
  return row;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
