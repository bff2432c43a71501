import ExcelJS from "exceljs";
import { readXlsx } from "../../src/files/xlsx-reader";

async function fileWith(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  test("cells come back as RawCells: formulas with results, errors, flattened rich text, ISO dates", async () => {
    const file = await fileWith((wb) => {
      const ws = wb.addWorksheet("Blad");
      ws.getCell("A1").value = "text";
      ws.getCell("B1").value = 12.5;
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = { formula: "1+1", result: 2 };
      ws.getCell("E1").value = { formula: "1=2", result: false };
      ws.getCell("F1").value = { formula: "0*1", result: 0 };
      ws.getCell("G1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("H1").value = { formula: "NOW()" };
      ws.getCell("A2").value = { error: "#N/A" };
      ws.getCell("B2").value = { richText: [{ text: "Fet", font: { bold: true } }, { text: " och vanlig" }] };
      ws.getCell("C2").value = new Date(Date.UTC(2019, 10, 3));
      ws.getCell("D2").value = new Date(Date.UTC(2019, 10, 3, 14, 30));
      ws.getCell("E2").value = { text: "Huddinge", hyperlink: "https://www.huddinge.se" };
    });
    const [grid] = await readXlsx(file);
    expect(grid?.name).toBe("Blad");
    expect(grid?.cells).toEqual([
      [
        "text",
        12.5,
        true,
        { formula: "=1+1", result: 2 },
        { formula: "=1=2", result: false },
        { formula: "=0*1", result: 0 },
        { formula: "=1/0", result: "#DIV/0!" },
        { formula: "=NOW()" },
      ],
      [{ error: "#N/A" }, "Fet och vanlig", "2019-11-03", "2019-11-03T14:30:00.000Z", "Huddinge", null, null, null],
    ]);
  });

  test("a shared formula reads as its own cell's formula", async () => {
    const file = await fileWith((wb) => {
      const ws = wb.addWorksheet("Blad");
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("B1").value = {
        formula: "A1*2",
        result: 2,
        shareType: "shared",
        ref: "B1:B2",
      } as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
    });
    const [grid] = await readXlsx(file);
    expect(grid?.cells[1]?.[1]).toEqual({ formula: "=A2*2", result: 4 });
  });

  test("merged cells hold their value once; hidden sheets are flagged; trailing empty rows are left off", async () => {
    const file = await fileWith((wb) => {
      const ws = wb.addWorksheet("Synligt");
      ws.getCell("A1").value = "Rubrik";
      ws.mergeCells("A1:C1");
      ws.getCell("A5").numFmt = "@";
      wb.addWorksheet("Dolt", { state: "hidden" }).getCell("A1").value = 1;
      wb.addWorksheet("Mycket dolt", { state: "veryHidden" }).getCell("B2").value = "x";
    });
    const grids = await readXlsx(file);
    expect(grids.map((g) => [g.name, g.hidden])).toEqual([
      ["Synligt", false],
      ["Dolt", true],
      ["Mycket dolt", true],
    ]);
    expect(grids[0]?.cells).toEqual([["Rubrik"]]);
    expect(grids[2]?.cells).toEqual([
      [null, null],
      [null, "x"],
    ]);
  });
});
