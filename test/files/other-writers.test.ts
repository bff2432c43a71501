import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readXlsx } from "../../src/files/xlsx-reader";
import { readWorkbook } from "../../src/core";
import type { RawCell, WorkbookRead } from "../../src/core";
import { enteredCells, writeFilledWorkbook } from "../cli/workbook-fixture";
import { runPython } from "../support/python";
import { strFromU8, unzipSync } from "fflate";

/** A formula's cached result is the writer's business (XlsxWriter writes 0): compare formulas by their text. */
function entries(read: WorkbookRead): [string, string, RawCell][] {
  return enteredCells(read).map(([id, key, v]) => [
    id,
    key,
    typeof v === "object" && v !== null && "formula" in v ? { formula: v.formula } : v,
  ]);
}

/**
 * Workbooks really written by other programs, read as Excel's are: openpyxl (the usual Python
 * library; it writes absolute relationship targets, which ExcelJS alone cannot follow) and
 * XlsxWriter (which writes its own part layout, with a table).
 */

const OPENPYXL_RESAVE = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
# A department head fills a row in Python: find the status column by its header, the row by its ID.
for row in ws.iter_rows():
    for cell in row:
        if cell.value == "Status/bedömning":
            header = cell
for row in ws.iter_rows(min_row=header.row + 1):
    if row[0].value == sys.argv[4]:
        ws.cell(row=row[0].row, column=header.column, value=sys.argv[5])
wb.save(sys.argv[2])
`;

/** Every cell value of the source (read by openpyxl), written again by XlsxWriter, area tables as tables. */
const XLSXWRITER_COPY = `
import sys, openpyxl, xlsxwriter
src = openpyxl.load_workbook(sys.argv[1])
out = xlsxwriter.Workbook(sys.argv[2])
for ws in src.worksheets:
    sheet = out.add_worksheet(ws.title)
    if ws.sheet_state != "visible":
        sheet.hide()
    for row in ws.iter_rows():
        for cell in row:
            v = cell.value
            if v is None:
                continue
            if cell.data_type == "f":
                sheet.write_formula(cell.row - 1, cell.column - 1, v)
            elif isinstance(v, str):
                sheet.write_string(cell.row - 1, cell.column - 1, v)
            else:
                sheet.write(cell.row - 1, cell.column - 1, v)
    for table in ws.tables.values():
        sheet.add_table(table.ref, {"name": table.name, "header_row": True, "autofilter": False,
            "columns": [{"header": c.name} for c in table.tableColumns]})
out.close()
`;

let dir: string;
let original: WorkbookRead;
let source: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "other-writers-"));
  source = await writeFilledWorkbook(dir, "filled.xlsx");
  original = readWorkbook(await readXlsx(fs.readFileSync(source)));
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a workbook saved by openpyxl", () => {
  it("is read with every entry, plus the one the script typed", async () => {
    const out = path.join(dir, "openpyxl.xlsx");
    await runPython(OPENPYXL_RESAVE, [source, out, "1 Trygghet och brott", "1.M1", "Delvis i fas"]);
    // The reason ExcelJS alone refuses it: openpyxl's absolute relationship targets.
    const rels = strFromU8(unzipSync(fs.readFileSync(out))["xl/worksheets/_rels/sheet2.xml.rels"] ?? new Uint8Array());
    expect(rels).toContain('Target="/xl/tables/');
    const read = readWorkbook(await readXlsx(fs.readFileSync(out)));
    const expected = enteredCells(original).map((c) =>
      c[0] === "1.M1" && c[1] === "status" ? ["1.M1", "status", "Delvis i fas"] : c
    );
    expect(enteredCells(read)).toEqual(expected);
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
  }, 60_000);
});

describe("a workbook written by XlsxWriter", () => {
  it("is read with the same entries and hidden sheets", async () => {
    const out = path.join(dir, "xlsxwriter.xlsx");
    await runPython(XLSXWRITER_COPY, [source, out]);
    const read = readWorkbook(await readXlsx(fs.readFileSync(out)));
    expect(entries(read)).toEqual(entries(original));
    expect(read.programme?.areas.map((a) => a.id)).toEqual(original.programme?.areas.map((a) => a.id));
    const grids = await readXlsx(fs.readFileSync(out));
    expect(grids.find((g) => g.name === "Programdata")?.hidden).toBe(true);
  }, 60_000);
});
