import { readXlsx } from "../../src/files/xlsx-reader";
import { LimitExceededError } from "../../src/files/package/limit-error";
import { LIMITS, readWorkbook } from "../../src/core";
import {
  farCellWorkbook,
  generatedWorkbook,
  manyRows,
  programmeBomb,
  sheetBomb,
  unusedMediaBomb,
} from "../support/hostile-files";

async function breachOf(bytes: Uint8Array): Promise<LimitExceededError> {
  try {
    await readXlsx(Buffer.from(bytes));
  } catch (error) {
    if (error instanceof LimitExceededError) return error;
    throw error;
  }
  throw new Error("the file was read without passing a limit");
}

describe("reading is bounded", () => {
  it("refuses a value at XFD1048576 by naming the sheet and cell, without building the grid", async () => {
    const { breach } = await breachOf(await farCellWorkbook());
    expect(breach.limit).toBe("rows");
    expect(breach.where).toBe("'1 Trygghet och brott'!XFD1048576");
  });

  it("refuses a value far to the right (XFD1) as past the columns", async () => {
    const { breach } = await breachOf(await farCellWorkbook("XFD1"));
    expect(breach).toEqual({ limit: "columns", where: "'1 Trygghet och brott'!XFD1", max: LIMITS.columns });
  });

  it("reads a value just inside the limits", async () => {
    const grids = await readXlsx(Buffer.from(await farCellWorkbook("GR5000")));
    const sheet = grids.find((g) => g.name === "1 Trygghet och brott");
    expect(sheet?.cells[4999]?.[199]).toBe("x");
  });

  it("stops a sheet that inflates to 300 MB, whatever size its headers state", async () => {
    for (const stated of [300 * 1024 * 1024, 1000]) {
      const { breach } = await breachOf(await sheetBomb(300, stated));
      // Busy text compresses about 250 to 1, under the ratio limit: the part's size stops it.
      expect(breach).toEqual({ limit: "partBytes", where: "xl/worksheets/sheet2.xml", max: LIMITS.partBytes });
    }
  });

  it("stops a part that inflates 1,000 to 1 at its first megabytes", async () => {
    const { breach } = await breachOf(await sheetBomb(300, 1000, "blank"));
    expect(breach).toEqual({
      limit: "compressionRatio",
      where: "xl/worksheets/sheet2.xml",
      max: LIMITS.compressionRatio,
    });
  });

  it("never inflates a 1.5 GB picture nobody reads", async () => {
    const grids = await readXlsx(Buffer.from(await unusedMediaBomb(1536)));
    expect(grids.map((g) => g.name)).toContain("Programdata");
  });

  it("refuses a sheet of a million rows by its row count", async () => {
    const { breach } = await breachOf(await manyRows(1_000_000));
    expect(breach.limit).toBe("rows");
    expect(breach.where).toBe("'1 Trygghet och brott'");
  });

  it("stops a stored programme that inflates to 4 GB at the programme limit, as a finding", async () => {
    const read = readWorkbook(await readXlsx(Buffer.from(await programmeBomb(4096))));
    expect(read.programme).toBeNull();
    const finding = read.findings.find((f) => f.code === "limitExceeded");
    expect(finding?.params).toMatchObject({ limit: "programmeChars", max: LIMITS.programmeChars });
    expect(finding?.sheet).toBe("Programdata");
  });

  it("reads our own workbook exactly as before", async () => {
    const read = readWorkbook(await readXlsx(Buffer.from(await generatedWorkbook())));
    expect(read.programme?.areas).toHaveLength(7);
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
