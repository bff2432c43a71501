import * as fs from "node:fs";
import * as path from "node:path";
import { copyOf, enteredValues, MERGE_SHEET } from "../../src/core";
import { followup, readWorkbookFile, tempDir } from "./cli-harness";
import { runPython } from "../support/python";
import { fillWithOpenpyxl } from "../support/openpyxl-fill";
import { loadWorkbook, worksheet } from "../support/exceljs-load";

/**
 * Department copies out and back, on files really written by other programs: openpyxl (a
 * department's script), ExcelJS, and the product itself. Merged by `followup merge`, checked by
 * `followup check`.
 */

/** Types values with ExcelJS into rows found by ID, and saves. */
async function fillWithExcelJs(file: string, wanted: Record<string, Record<string, string>>): Promise<void> {
  const wb = await loadWorkbook(fs.readFileSync(file));
  for (const ws of wb.worksheets) {
    let header: Map<string, number> | null = null;
    ws.eachRow((row, n) => {
      const values = (row.values as unknown[]).map((v) => (typeof v === "string" ? v : null));
      if (header === null) {
        if (values.includes("ID") && values.includes("Typ")) {
          header = new Map(values.flatMap((v, i) => (v === null ? [] : [[v, i] as [string, number]])));
        }
        return;
      }
      const id = values[header.get("ID") ?? -1];
      const cells = id === null || id === undefined ? undefined : wanted[id];
      if (cells === undefined) return;
      for (const [name, value] of Object.entries(cells)) ws.getRow(n).getCell(header.get(name) ?? 0).value = value;
    });
  }
  await wb.xlsx.writeFile(file);
}

const STATUS = "Status/bedömning";
const DONE = "Genomfört under året";
const COMMENT = "Kommentar/analys";

async function splitYear(dir: string): Promise<{ master: string; copies: string }> {
  const master = path.join(dir, "uppfoljning-2019.xlsx");
  expect((await followup(["generate", "--out", master], dir)).code).toBe(0);
  const split = await followup(["split", master, "--out", "kopior"], dir);
  expect(split.code).toBe(0);
  return { master, copies: path.join(dir, "kopior") };
}

describe("followup split", () => {
  test("one copy per department with rows; only its rows are unlocked; it knows whose it is", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const made = fs.readdirSync(copies).sort();
    expect(made).toContain("uppfoljning-2019-KSF.xlsx");
    expect(made).toContain("uppfoljning-2019-NBF.xlsx");
    expect(made.length).toBe(9);

    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    const read = await readWorkbookFile(ksf);
    const copy = copyOf(read);
    expect(copy.kind).toBe("copy");
    if (copy.kind !== "copy") return;
    expect(copy.info.department).toBe("KSF");
    expect(copy.info.year).toBe(2019);
    expect(copy.info.owned).toContain("1.M1");
    expect(copy.info.owned).not.toContain("1.M2");
    // The whole programme is there for context.
    expect(read.areaSheets.flatMap((a) => a.rows).length).toBe(
      (await readWorkbookFile(master)).areaSheets.flatMap((a) => a.rows).length
    );
    // The copy says on its sheets whose it is.
    const wb = await loadWorkbook(fs.readFileSync(ksf));
    expect(String(worksheet(wb, "1 Trygghet och brott").getCell("B6").value)).toMatch(/^Avdelningskopia för KSF/);
    const locks = await fillWithOpenpyxl(ksf, { "1.M1": { [STATUS]: "I fas" }, "1.M2": { [COMMENT]: "x" } });
    expect(locks).toEqual([
      ["1.M1", STATUS, false],
      ["1.M2", COMMENT, true],
    ]);
  });

  test("--department picks copies; an unknown code names the known ones", async () => {
    const dir = tempDir();
    const master = path.join(dir, "m.xlsx");
    await followup(["generate", "--out", master], dir);
    const two = await followup(
      ["split", master, "--out", "ut", "--department", "ksf", "--department", "NBF", "--json"],
      dir
    );
    expect(two.code).toBe(0);
    const json = JSON.parse(two.stdout) as { copies: { department: string; rows: number }[] };
    expect(json.copies.map((c) => c.department)).toEqual(["KSF", "NBF"]);
    expect(json.copies[0]?.rows).toBe(41);
    const unknown = await followup(["split", master, "--out", "ut2", "--department", "XYZ"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/XYZ.*KSF/);
    expect(fs.existsSync(path.join(dir, "ut2", "m-XYZ.xlsx"))).toBe(false);
    // Copies already there are not overwritten without --force.
    const again = await followup(["split", master, "--out", "ut", "--department", "KSF"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/m-KSF\.xlsx/);
  });
});

describe("followup merge", () => {
  test("copies filled by openpyxl and ExcelJS come back into the master; check passes; the sheet tells what came from where", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    const nbf = path.join(copies, "uppfoljning-2019-NBF.xlsx");
    await fillWithOpenpyxl(ksf, {
      "1.M1": { [STATUS]: "I fas", [DONE]: "Samverkansöverenskommelse undertecknad" },
      "1.A1": { [STATUS]: "Pågår", [COMMENT]: "Medborgarlöften ses över" },
    });
    await fillWithExcelJs(nbf, { "1.M2": { [STATUS]: "Delvis i fas", [COMMENT]: "Belysning i tre parker" } });

    const merged = await followup(["merge", master, ksf, nbf, "--out", "samlad.xlsx", "--json"], dir);
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout) as {
      ok: boolean;
      copies: { department: string; taken: { rowId: string }[] }[];
      conflicts: unknown[];
      stillMissing: { department: string; rows: string[] }[];
    };
    expect(json.ok).toBe(true);
    expect(json.copies.map((c) => [c.department, c.taken.length])).toEqual([
      ["KSF", 4],
      ["NBF", 2],
    ]);
    expect(json.conflicts).toEqual([]);
    expect(json.stillMissing.find((d) => d.department === "KSF")?.rows).not.toContain("1.M1");

    const out = await readWorkbookFile(path.join(dir, "samlad.xlsx"));
    const values = enteredValues(out);
    expect(values.get("1.M1")?.status).toBe("I fas");
    expect(values.get("1.M1")?.done).toBe("Samverkansöverenskommelse undertecknad");
    expect(values.get("1.A1")?.comment).toBe("Medborgarlöften ses över");
    expect(values.get("1.M2")?.status).toBe("Delvis i fas");
    expect(copyOf(out).kind).toBe("master");
    const wb = await loadWorkbook(fs.readFileSync(path.join(dir, "samlad.xlsx")));
    expect(String(worksheet(wb, MERGE_SHEET).getCell("A1").value)).toBe("Sammanslagning av avdelningskopior");

    const check = await followup(["check", "samlad.xlsx"], dir);
    expect(check.code).toBe(0);
    // The master named on the command line is left as it was (--out).
    expect(enteredValues(await readWorkbookFile(master)).get("1.M1")?.status ?? null).toBeNull();

    // A second merge replaces its sheet rather than keeping two.
    const again = await followup(["merge", "samlad.xlsx", ksf, "--out", "samlad2.xlsx"], dir);
    expect(again.code).toBe(0);
    const wb2 = await loadWorkbook(fs.readFileSync(path.join(dir, "samlad2.xlsx")));
    expect(wb2.worksheets.filter((w) => w.name.startsWith(MERGE_SHEET)).map((w) => w.name)).toEqual([MERGE_SHEET]);
  });

  test("a cell changed in both to different values is a conflict: both values listed, the master's kept; --prefer copy takes the copy's", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    await fillWithOpenpyxl(ksf, { "1.M1": { [STATUS]: "I fas", [COMMENT]: "Från KSF" } });
    await fillWithOpenpyxl(master, { "1.M1": { [COMMENT]: "Från samordnaren" } });

    const first = await followup(["merge", master, ksf, "--json"], dir);
    expect(first.code).toBe(1);
    const json = JSON.parse(first.stdout) as {
      ok: boolean;
      backup: string;
      conflicts: {
        rowId: string;
        column: string;
        cell: string;
        sheet: string;
        mine: string;
        theirs: string;
        outcome: string;
      }[];
    };
    expect(json.ok).toBe(false);
    expect(json.conflicts).toEqual([
      expect.objectContaining({
        rowId: "1.M1",
        column: "comment",
        sheet: "1 Trygghet och brott",
        cell: "G8",
        mine: "Från KSF",
        theirs: "Från samordnaren",
        outcome: "open",
      }),
    ]);
    let values = enteredValues(await readWorkbookFile(master));
    expect(values.get("1.M1")?.comment).toBe("Från samordnaren");
    expect(values.get("1.M1")?.status).toBe("I fas");
    expect(fs.existsSync(path.join(dir, json.backup))).toBe(true);

    const text = await followup(["merge", master, ksf], dir);
    expect(text.stdout).toMatch(
      /G8 \(rad 1\.M1\), Kommentar\/analys: kopian .* har "Från KSF", huvudarbetsboken "Från samordnaren"/
    );

    const decided = await followup(["merge", master, ksf, "--prefer", "copy"], dir);
    expect(decided.code).toBe(0);
    values = enteredValues(await readWorkbookFile(master));
    expect(values.get("1.M1")?.comment).toBe("Från KSF");
  });

  test("a row outside the department changed in a copy is reported and not taken", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    // openpyxl ignores sheet protection, as someone who lifted it would.
    await fillWithOpenpyxl(ksf, { "1.M2": { [COMMENT]: "KSF skrev i NBF:s rad" } });
    const merged = await followup(["merge", master, ksf, "--json"], dir);
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout) as { copies: { outside: { rowId: string }[] }[] };
    expect(json.copies[0]?.outside).toEqual([{ rowId: "1.M2", sheet: "1 Trygghet och brott" }]);
    expect(enteredValues(await readWorkbookFile(master)).get("1.M2")?.comment ?? null).toBeNull();
  });

  test("a copy of another year, a workbook that is no copy, and a copy given as the master are refused with why; nothing is written", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    const other = path.join(dir, "uppfoljning-2020.xlsx");
    await followup(["generate", "--year", "2020", "--out", other], dir);
    await followup(["split", other, "--out", "kopior2020", "--department", "KSF"], dir);
    const before = fs.readFileSync(master);

    const wrongYear = await followup(["merge", master, path.join("kopior2020", "uppfoljning-2020-KSF.xlsx"), ksf], dir);
    expect(wrongYear.code).toBe(1);
    expect(wrongYear.stdout).toMatch(/uppföljningen 2020, huvudarbetsboken 2019/);
    const notACopy = await followup(["merge", master, other, "--lang", "en"], dir);
    expect(notACopy.code).toBe(1);
    expect(notACopy.stdout).toMatch(/is no department copy made by followup split/);
    const twice = await followup(["merge", master, ksf, ksf], dir);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toMatch(/samma kopia/);
    expect(fs.readFileSync(master).equals(before)).toBe(true);

    const copyAsMaster = await followup(["merge", ksf, master], dir);
    expect(copyAsMaster.code).toBe(1);
    expect(copyAsMaster.stderr).toMatch(/avdelningskopian för KSF/);
    for (const argv of [
      ["close", ksf, "--force"],
      ["split", ksf, "--out", "x"],
    ]) {
      const r = await followup(argv, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/avdelningskopian för KSF/);
    }
    const bad = await followup(["merge", master, ksf, "--prefer", "both"], dir);
    expect(bad.code).toBe(2);
  });

  test("a copy where a header was typed over (two 'Status/bedömning' columns) is refused, naming the copy and the place; the master is not changed", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    await fillWithOpenpyxl(ksf, { "1.M1": { [STATUS]: "I fas", [COMMENT]: "Text" } });
    await runPython(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["1 Trygghet och brott"]
for row in ws.iter_rows():
    for c in row:
        if c.value == "Kommentar/analys":
            c.value = "Status/bedömning"
wb.save(sys.argv[1])
`,
      [ksf]
    );
    const before = fs.readFileSync(master);
    const merged = await followup(["merge", master, ksf], dir);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/uppfoljning-2019-KSF\.xlsx/);
    expect(merged.stderr).toMatch(/1 Trygghet och brott/);
    expect(fs.readFileSync(master).equals(before)).toBe(true);
  });

  test("a department's own sheet and notes in its copy are named, not brought in: they stay in the copy", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    await fillWithOpenpyxl(ksf, { "1.M1": { [STATUS]: "I fas" } });
    await runPython(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb.create_sheet("Mina anteckningar")["A1"] = "Att fråga nämnden"
wb["1 Trygghet och brott"]["T8"] = "Ring polisen"
wb.save(sys.argv[1])
`,
      [ksf]
    );
    const merged = await followup(["merge", master, ksf, "--json"], dir);
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout) as { copies: { own: { sheets: string[]; cells: string[] } }[] };
    expect(json.copies[0]?.own).toEqual({ sheets: ["Mina anteckningar"], cells: ["1 Trygghet och brott!T8"] });
    const text = await followup(["merge", master, ksf], dir);
    expect(text.stdout).toMatch(
      /har eget innehåll som inte tas in \(det finns kvar i kopian\): 'Mina anteckningar', 1 Trygghet och brott!T8/
    );
    const wb = await loadWorkbook(fs.readFileSync(master));
    expect(wb.worksheets.map((w) => w.name)).not.toContain("Mina anteckningar");
    expect(enteredValues(await readWorkbookFile(master)).get("1.M1")?.status).toBe("I fas");
  });

  test("summary --write on a copy keeps it a copy: it still merges", async () => {
    const dir = tempDir();
    const { master, copies } = await splitYear(dir);
    const ksf = path.join(copies, "uppfoljning-2019-KSF.xlsx");
    await fillWithOpenpyxl(ksf, { "1.M1": { [STATUS]: "I fas" } });
    expect((await followup(["summary", ksf, "--write"], dir)).code).toBe(0);
    expect(copyOf(await readWorkbookFile(ksf)).kind).toBe("copy");
    expect((await followup(["merge", master, ksf], dir)).code).toBe(0);
    expect(enteredValues(await readWorkbookFile(master)).get("1.M1")?.status).toBe("I fas");
  });
});
