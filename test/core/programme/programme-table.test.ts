import type { Lang } from "../../../src/core/lang";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { programmeFromTable } from "../../../src/core/programme/programme-table";
import { programmeToTable } from "../../../src/core/programme/programme-to-table";
import type { Programme } from "../../../src/core/programme/schema";
import type { RawCell } from "../../../src/core/workbook/cell";

type Table = RawCell[][];

function parsed(table: Table, lang: Lang = "sv"): Programme {
  const result = programmeFromTable(table, lang, { currentYear: 2020 });
  if (!result.ok) throw new Error(`expected the table to be read, got:\n${result.problems.join("\n")}`);
  return result.programme;
}

function problems(table: Table, lang: Lang = "sv"): string[] {
  const result = programmeFromTable(table, lang, { currentYear: 2020 });
  if (result.ok) throw new Error("expected the table to be rejected");
  return result.problems;
}

const HEADER = ["Område-ID", "Område", "Typ", "ID", "Text", "Ansvarig", "Enhet", "Bättre om", "Målvärde"];

/** A small table with no key/value block: two areas, a goal, an activity and an indicator. */
function smallTable(): Table {
  return [
    HEADER,
    ["1", "Trygghet", "Mål", "1.M1", "Fler ska känna sig trygga.", "KSF", null, null, null],
    ["1", "Trygghet", "Aktivitet", "1.A1", "Trygghetsvandringar.", "NBF", null, null, null],
    ["2", "Olyckor", "Indikator", "2.I1", "Antal bränder.", "SBFF", "st", "Lägre", 40],
  ];
}

/** The sheet row (1-based) of the row with this ID in the table's ID column. */
function sheetRowOf(table: Table, id: string): number {
  const header = table.findIndex((r) => r.includes("ID"));
  const idColumn = (table[header] ?? []).indexOf("ID");
  const index = table.findIndex((r, i) => i > header && r[idColumn] === id);
  if (index === -1) throw new Error(`no row ${id}`);
  return index + 1;
}

function setCell(table: Table, id: string, header: string, value: RawCell): void {
  const h = table.findIndex((r) => r.includes("ID") && r.includes(header));
  const column = (table[h] ?? []).indexOf(header);
  const row = table[sheetRowOf(table, id) - 1];
  if (row === undefined || column === -1) throw new Error(`no cell ${header} on ${id}`);
  row[column] = value;
}

describe("programmeFromTable: a round trip through the table", () => {
  it.each(["sv", "en"] as const)("gives back the default programme from its own table (%s headers)", (lang) => {
    const table = programmeToTable(defaultProgramme(), lang);
    expect(parsed(table, lang)).toEqual(defaultProgramme());
  });

  it("survives what Excel makes of a paste: numbers from IDs, a date serial, shares and Swedish decimals", () => {
    const table = programmeToTable(defaultProgramme(), "sv");
    for (const row of table) {
      if (row[0] === "Antaget") row[1] = 43269; // 2018-06-18 as Excel stores a date
      if (row[0] === "Gräns i fas") row[1] = "80 %";
      if (row[0] === "Gräns delvis i fas") row[1] = "0,5";
      if (row[0] === "1") row[0] = 1; // area ID "1" became a number
    }
    const indicator = defaultProgramme()
      .areas.flatMap((a) => a.rows)
      .find((r) => r.indicator?.target !== null && r.indicator !== null);
    if (indicator?.indicator?.target === undefined || indicator.indicator.target === null) {
      throw new Error("the default programme has an indicator with a target");
    }
    setCell(table, indicator.id, "Målvärde", String(indicator.indicator.target).replace(".", ","));
    expect(parsed(table)).toEqual(defaultProgramme());
  });

  it("keeps which texts are examples and which are the programme's wording", () => {
    const programme = parsed(programmeToTable(defaultProgramme(), "sv"));
    const provenance = (p: Programme): string[] => p.areas.flatMap((a) => a.rows.map((r) => r.text.provenance));
    expect(provenance(programme)).toEqual(provenance(defaultProgramme()));
    expect(new Set(provenance(programme))).toEqual(new Set(["confirmed", "example"]));
  });
});

describe("programmeFromTable: defaults for a table pasted without its key/value block", () => {
  const programme = parsed(smallTable());

  it("makes the departments the distinct Ansvarig codes, in order of appearance", () => {
    expect(programme.departments).toEqual([
      { code: "KSF", name: "KSF", external: false },
      { code: "NBF", name: "NBF", external: false },
      { code: "SBFF", name: "SBFF", external: false },
    ]);
  });

  it("gives a four-year period that includes last year, and placeholders marked as examples", () => {
    expect(programme.period).toEqual({ from: 2019, to: 2022 });
    expect(programme.name.provenance).toBe("example");
    expect(programme.overallGoal.provenance).toBe("example");
  });

  it("groups rows into areas in order, with the area name as an example delmål and a sheet name", () => {
    expect(programme.areas.map((a) => [a.id, a.kind, a.name.text, a.sheetName, a.rows.map((r) => r.id)])).toEqual([
      ["1", "area", "Trygghet", "1 Trygghet", ["1.M1", "1.A1"]],
      ["2", "area", "Olyckor", "2 Olyckor", ["2.I1"]],
    ]);
    expect(programme.areas[0]?.delmal).toEqual({ text: "Trygghet", provenance: "example" });
  });

  it("reads an indicator's unit, direction and target", () => {
    expect(programme.areas[1]?.rows[0]?.indicator).toMatchObject({ unit: "st", betterWhen: "lower", target: 40 });
  });

  it("cuts a long area name to a sheet name Excel accepts", () => {
    const table = smallTable();
    const long = "Skydd mot olyckor: brand/räddning och krisberedskap i hela kommunen";
    for (const row of table.slice(1)) if (row[0] === "2") row[1] = long;
    const sheetName = parsed(table).areas[1]?.sheetName ?? "";
    expect(sheetName.length).toBeLessThanOrEqual(31);
    expect(sheetName).not.toMatch(/[[\]:*?/\\']/);
    expect(sheetName.startsWith("2 Skydd mot olyckor")).toBe(true);
  });

  it("ignores a title above the table and reads English headers", () => {
    const table: Table = [
      ["Programme table"],
      ["Area ID", "Area", "Type", "ID", "Text", "Responsible", "Unit", "Better when", "Target"],
      ["1", "Safety", "Goal", "1.M1", "More people feel safe.", "KSF", null, null, null],
      ["1", "Safety", "Indicator", "1.I1", "Share who feel safe.", "KSF", "%", "Higher", "75"],
    ];
    const p = parsed(table, "en");
    expect(p.areas[0]?.rows.map((r) => [r.type, r.indicator?.betterWhen ?? null])).toEqual([
      ["goal", null],
      ["indicator", "higher"],
    ]);
  });
});

describe("programmeFromTable: the key/value block", () => {
  it("reads the programme's own name, period and departments, with a partner marked external", () => {
    const table: Table = [
      ["Program", "Program för trygghet 2022–2025"],
      ["Kommun", "Exempelby kommun"],
      ["Period", "2022-2025"],
      ["Förvaltning", "KSF", "Kommunstyrelsens förvaltning"],
      ["Förvaltning", "NBF", "Natur- och byggnadsförvaltningen"],
      ["Förvaltning", "SBFF", "Brandförsvaret", "extern"],
      [],
      ...smallTable(),
    ];
    const p = parsed(table);
    expect(p.name).toEqual({ text: "Program för trygghet 2022–2025", provenance: "confirmed" });
    expect(p.municipality).toBe("Exempelby kommun");
    expect(p.period).toEqual({ from: 2022, to: 2025 });
    expect(p.departments.map((d) => [d.code, d.external])).toEqual([
      ["KSF", false],
      ["NBF", false],
      ["SBFF", true],
    ]);
  });

  it("names the row of an unknown key, a bad period and a department without a name", () => {
    const table: Table = [["Komun", "Exempelby"], ["Period", "från 2022"], ["Förvaltning", "KSF"], ...smallTable()];
    const found = problems(table);
    expect(found).toEqual([
      expect.stringMatching(/^rad 1: okänd uppgift "Komun"/),
      expect.stringMatching(/^rad 2: "Period" ska vara två årtal som 2018–2021 \(är "från 2022"\)$/),
      expect.stringMatching(/^rad 3: förvaltningen KSF saknar namn i kolumn C$/),
    ]);
  });

  it("names a department that is not listed above the table, at its row", () => {
    const table: Table = [["Förvaltning", "KSF", "Kommunstyrelsens förvaltning"], [], ...smallTable()];
    const found = problems(table);
    expect(found).toContain(
      `rad ${sheetRowOf(table, "1.A1")}: Ansvarig "NBF" finns inte bland förvaltningarna ovanför tabellen (KSF)`
    );
    expect(found).toContain(
      `rad ${sheetRowOf(table, "2.I1")}: Ansvarig "SBFF" finns inte bland förvaltningarna ovanför tabellen (KSF)`
    );
    expect(found).toHaveLength(2);
  });
});

describe("programmeFromTable: problems name the sheet row", () => {
  it("an unknown type, in Swedish and English", () => {
    const table = smallTable();
    setCell(table, "1.A1", "Typ", "Aktivitt");
    const row = sheetRowOf(table, "1.A1");
    expect(problems(table, "sv")).toEqual([`rad ${row}: Typ ska vara Mål, Aktivitet eller Indikator (är "Aktivitt")`]);
    expect(problems(table, "en")).toEqual([`row ${row}: Typ should be Goal, Activity or Indicator (is "Aktivitt")`]);
  });

  it("a duplicate ID names both rows", () => {
    const table = smallTable();
    setCell(table, "1.A1", "ID", "1.M1");
    // Both rows now carry 1.M1; the second is the duplicate.
    expect(problems(table)).toEqual([`rad 3: ID 1.M1 finns redan på rad 2`]);
  });

  it("an indicator without unit or direction, and a target that is no number", () => {
    const table = smallTable();
    setCell(table, "2.I1", "Enhet", null);
    setCell(table, "2.I1", "Bättre om", "Mindre");
    setCell(table, "2.I1", "Målvärde", "ca 40");
    const row = sheetRowOf(table, "2.I1");
    expect(problems(table)).toEqual([
      `rad ${row}: Bättre om ska vara Högre eller Lägre (är "Mindre")`,
      `rad ${row}: Enhet saknas`,
      `rad ${row}: Målvärde ska vara ett tal (är "ca 40")`,
    ]);
  });

  it("indicator settings on a goal", () => {
    const table = smallTable();
    setCell(table, "1.M1", "Enhet", "st");
    expect(problems(table)).toEqual([
      `rad ${sheetRowOf(table, "1.M1")}: Enhet är ifyllt, men bara indikatorer har det (raden är av typen mål)`,
    ]);
  });

  it("empty required cells and an error value, one problem per cell", () => {
    const table = smallTable();
    setCell(table, "1.A1", "Ansvarig", null);
    setCell(table, "1.M1", "Text", { error: "#REF!" });
    expect(problems(table)).toEqual([
      `rad ${sheetRowOf(table, "1.M1")}: Text: cellen visar felet #REF!`,
      `rad ${sheetRowOf(table, "1.A1")}: Ansvarig saknas`,
    ]);
  });

  it("an area named differently on two of its rows", () => {
    const table = smallTable();
    setCell(table, "1.A1", "Område", "Trygghet och brott");
    expect(problems(table)).toEqual([
      `rad ${sheetRowOf(table, "1.A1")}: Område "Trygghet och brott" skiljer sig från rad 2 ("Trygghet") för område 1`,
    ]);
  });

  it("a goal reference to no goal", () => {
    const table = smallTable().map((r, i) => [...r, i === 0 ? "Hör till mål" : null]);
    setCell(table, "1.A1", "Hör till mål", "1.M9");
    expect(problems(table)).toEqual([`rad ${sheetRowOf(table, "1.A1")}: Hör till mål "1.M9" är inget mål i tabellen`]);
  });

  it("the schema's own checks, mapped back to the row and column, one per cell (an ID of the wrong form)", () => {
    const table = smallTable();
    setCell(table, "1.A1", "ID", "1-A1");
    const found = problems(table);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^rad 3: ID: ska vara ett rad-ID som 1\.M1, 1\.A3 eller G1\.I2/);
  });

  it("an activity ID on a goal row, by the schema, at that row", () => {
    const table = smallTable();
    setCell(table, "1.M1", "Typ", "Aktivitet");
    setCell(table, "1.A1", "Typ", "Mål");
    const found = problems(table, "en");
    expect(found).toEqual([
      expect.stringMatching(/^row 2: ID: the ID of an activity row has A after the dot$/),
      expect.stringMatching(/^row 3: ID: the ID of a goal row has M after the dot$/),
    ]);
  });

  it("a missing column, no header row at all, and an empty sheet", () => {
    const noDepartment = smallTable().map((r) => r.filter((_, i) => i !== 5));
    expect(problems(noDepartment)).toEqual([`rad 1: kolumnen "Ansvarig" saknas i rubrikraden`]);
    expect(problems([["ett", "två"], ["tre"]])).toEqual([
      "Hittar ingen rubrikrad med kolumnerna Område-ID, Typ, ID, Text. Klistra in tabellen med rubrikerna i en egen rad.",
    ]);
    expect(problems([[null, ""], []], "en")).toEqual(["The sheet is empty: paste the programme table first."]);
  });

  it("indicators in a table without the Enhet and Bättre om columns", () => {
    const table = smallTable().map((r) => r.slice(0, 6));
    expect(problems(table)).toEqual([
      `rad 1: kolumnen "Enhet" saknas i rubrikraden, men indikatorer behöver den (första indikatorn: rad 4)`,
      `rad 1: kolumnen "Bättre om" saknas i rubrikraden, men indikatorer behöver den (första indikatorn: rad 4)`,
    ]);
  });
});
