import * as fs from "node:fs";
import * as path from "node:path";
import { followup, ROOT, tempDir } from "./cli-harness";
import { writeFilledWorkbook } from "./workbook-fixture";
import { runPython } from "../support/python";
import { convertWithLibreOffice } from "../support/libreoffice";

/**
 * A coordinator's year as people really work in the workbook: a sheet of their own notes, a
 * column of their own beside a table, a note above a table, below it and beside the summary, all
 * added with openpyxl (as a script or another program would). Every command that rewrites the
 * workbook keeps each of them, with its format, or refuses and writes nothing.
 */

const ADD_OWN = `
import sys, datetime, openpyxl
from openpyxl.styles import Font, PatternFill
wb = openpyxl.load_workbook(sys.argv[1])
area = wb["1 Trygghet och brott"]
area.cell(row=7, column=20, value="Ansvarig person")
row = next(r for r in range(8, area.max_row + 1) if area.cell(row=r, column=1).value == "1.A2")
area.cell(row=row, column=20, value="Kim")
area.cell(row=2, column=10, value="Min anteckning ovanför")
last = max(r for r in range(8, area.max_row + 1) if area.cell(row=r, column=1).value)
area.cell(row=last + 2, column=2, value="Under tabellen")
wb["Sammanfattning"].cell(row=3, column=20, value="Samordnarens egen not")
notes = wb.create_sheet("Anteckningar", 2)
notes["A1"] = "Mötesanteckningar"
notes["A1"].font = Font(bold=True, size=14)
notes["A2"] = datetime.date(2019, 11, 5)
notes["B2"] = "=1+2"
notes["C3"] = "gul"
notes["C3"].fill = PatternFill("solid", fgColor="FFFF00")
notes.merge_cells("A5:C5")
notes["A5"] = "sammanfogad"
notes.column_dimensions["A"].width = 30
wb.save(sys.argv[2])
`;

const SHOW = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
n = wb["Anteckningar"]
area = wb[[s for s in wb.sheetnames if s.startswith("1 ")][0]]
col_a = [c.value for c in area["A"]]
last = max(i + 1 for i, v in enumerate(col_a) if isinstance(v, str) and "." in v and v[0].isalnum())
id_row = {v: i + 1 for i, v in enumerate(col_a) if isinstance(v, str)}
beside = [area.cell(row=id_row["1.A2"], column=c).value for c in range(18, 30)]
print(json.dumps({
  "sheets": wb.sheetnames,
  "notes": {
    "A1": n["A1"].value, "A1bold": n["A1"].font.b, "A2": str(n["A2"].value), "B2": n["B2"].value,
    "C3": n["C3"].value, "C3fill": n["C3"].fill.fgColor.rgb, "merged": [str(r) for r in n.merged_cells.ranges],
    "widthA": n.column_dimensions["A"].width,
  },
  "area": {
    "J2": area["J2"].value, "T7": area["T7"].value, "beside": beside,
    "below": area.cell(row=last + 2, column=2).value,
  },
  "summaryT3": wb["Sammanfattning"]["T3"].value,
  "summaryT3locked": wb["Sammanfattning"]["T3"].protection.locked,
}))
`;

const ADD_NOTE = `
import sys, openpyxl
from openpyxl.comments import Comment
wb = openpyxl.load_workbook(sys.argv[1])
wb["1 Trygghet och brott"]["E9"].comment = Comment("Fråga Kim", "Anna")
wb.save(sys.argv[2])
`;

const BLANK_ROW_NOTE = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["1 Trygghet och brott"]
ws.insert_rows(10)
ws.cell(row=10, column=20, value="mellan raderna")
wb.save(sys.argv[2])
`;

interface Shown {
  sheets: string[];
  notes: Record<string, unknown>;
  area: { J2: unknown; T7: unknown; beside: unknown[]; below: unknown };
  summaryT3: unknown;
  summaryT3locked: boolean;
}

async function show(file: string): Promise<Shown> {
  return JSON.parse(await runPython(SHOW, [file])) as Shown;
}

describe("every command that rewrites the workbook keeps people's own sheets and cells", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let edited: string;

  beforeAll(async () => {
    const filled = await writeFilledWorkbook(dir, "ifylld.xlsx");
    edited = path.join(dir, "egen.xlsx");
    await runPython(ADD_OWN, [filled, edited]);
  }, 60_000);

  const programme = path.join(ROOT, "examples", "programme-huddinge-changed.json");
  const commands: [string, (out: string) => string[]][] = [
    ["summary --write", (out) => ["summary", "egen.xlsx", "--write", "--out", out]],
    ["update", (out) => ["update", "egen.xlsx", "--programme", programme, "--out", out]],
    ["rollover", (out) => ["rollover", "egen.xlsx", "--year", "2020", "--out", out]],
  ];

  test.each(commands)(
    "%s",
    async (name, argv) => {
      const out = `ut-${name.replace(/\W+/g, "-")}.xlsx`;
      const result = await followup([...argv(out), "--json"], dir);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout) as { kept: { sheets: string[]; cells: number } };
      expect(json.kept).toEqual({ sheets: ["Anteckningar"], cells: 5, movedColumns: [] });
      expectAllKept(await show(path.join(dir, out)));
    },
    60_000
  );

  test("close --force (over the file, with a backup)", async () => {
    fs.copyFileSync(edited, path.join(dir, "stang.xlsx"));
    const result = await followup(["close", "stang.xlsx", "--force"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Behållet: egna blad \(Anteckningar\) och 5 egna celler/);
    expectAllKept(await show(path.join(dir, "stang.xlsx")));
  }, 60_000);

  function expectAllKept(s: Shown): void {
    // The notes sheet stays where it was put: after the first area sheet.
    expect(s.sheets.slice(0, 3)).toEqual(["Sammanfattning", "1 Trygghet och brott", "Anteckningar"]);
    expect(s.notes).toEqual({
      A1: "Mötesanteckningar",
      A1bold: true,
      A2: "2019-11-05 00:00:00",
      B2: "=1+2",
      C3: "gul",
      C3fill: "00FFFF00",
      merged: ["A5:C5"],
      widthA: 30,
    });
    expect(s.area.J2).toBe("Min anteckning ovanför");
    expect(s.area.T7).toBe("Ansvarig person");
    // Kim was typed beside 1.A2: Kim follows the row wherever it now stands.
    expect(s.area.beside[2]).toBe("Kim");
    expect(s.area.below).toBe("Under tabellen");
    expect(s.summaryT3).toBe("Samordnarens egen not");
    // The protected summary leaves a person's own cell theirs to edit.
    expect(s.summaryT3locked).toBe(false);
  }

  test("a workbook with people's own content saved again by LibreOffice keeps it through summary --write", async () => {
    const saved = await convertWithLibreOffice(fs.readFileSync(edited), { filter: "Calc MS Excel 2007 XML" });
    fs.writeFileSync(path.join(dir, "libreoffice.xlsx"), saved);
    const result = await followup(["summary", "libreoffice.xlsx", "--write", "--out", "ut-lo.xlsx", "--json"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { kept: unknown }).kept).toEqual({
      sheets: ["Anteckningar"],
      cells: 5,
      movedColumns: [],
    });
    const shown = await show(path.join(dir, "ut-lo.xlsx"));
    expect(shown.sheets.slice(0, 3)).toEqual(["Sammanfattning", "1 Trygghet och brott", "Anteckningar"]);
    expect(shown.area.beside[2]).toBe("Kim");
    expect(shown.summaryT3).toBe("Samordnarens egen not");
    expect(shown.notes).toMatchObject({ A1: "Mötesanteckningar", A1bold: true, merged: ["A5:C5"] });
  }, 120_000);

  test.each([
    [
      "a note (comment) on a cell",
      ADD_NOTE,
      /'1 Trygghet och brott': bladet har anteckningar, som kommandoraden inte kan föra över/,
    ],
    [
      "a note in an empty row inside the table",
      BLANK_ROW_NOTE,
      /'1 Trygghet och brott'!T10: det som står här står på en rad utan rad-ID/,
    ],
  ])(
    "refuses, writing nothing, when it cannot keep %s",
    async (_, script, message) => {
      const source = path.join(dir, "svår.xlsx");
      await runPython(script, [path.join(dir, "ifylld.xlsx"), source]);
      const before = fs.readFileSync(source);
      for (const argv of [
        ["summary", "svår.xlsx", "--write"],
        ["close", "svår.xlsx", "--force"],
        ["rollover", "svår.xlsx", "--year", "2020", "--out", "nasta.xlsx"],
      ]) {
        const result = await followup(argv, dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          /svår\.xlsx skrivs inte: det som lagts till utöver uppföljningen kan inte behållas på 1 ställe/
        );
        expect(result.stderr).toMatch(message);
        expect(fs.readFileSync(source).equals(before)).toBe(true);
        expect(fs.existsSync(path.join(dir, "nasta.xlsx"))).toBe(false);
        expect(fs.readdirSync(dir).filter((f) => f.startsWith("svår.bak"))).toEqual([]);
      }
    },
    60_000
  );
});
