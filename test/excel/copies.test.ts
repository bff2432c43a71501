/**
 * splitCopies and mergeCopies against the double: copies made from the open workbook as .xlsx
 * (ExcelJS) and read back by the reader the task pane uses; a merge writes only the cells taken,
 * keeps the workbook's value in a conflict until a decision says otherwise, refuses a copy of
 * another year with nothing written, and needs the same syncs whatever the number of copies.
 */
import {
  AREA_TABLE_HEADER_ROW,
  DATA_FIRST_ROW,
  DATA_LAYOUT,
  DATA_SHEET,
  address,
  columnIndex,
  conflictKey,
  copyOf,
  defaultProgramme,
  enteredValues,
} from "../../src/core";
import type { CopyToMerge, InputColumnKey, RawCell } from "../../src/core";
import { readCopyFiles } from "../../src/taskpane/read-copies";
import { installDouble } from "../excel-double/test-helpers";
import type { ExcelDouble } from "../excel-double";
import { YEAR, cellsWrittenBy, failure, readDouble, service } from "./helpers";

const programme = defaultProgramme();
const area = programme.areas[0];
if (area === undefined) throw new Error("no area");
const sheet = area.sheetName;
const cellOf = (rowId: string, key: InputColumnKey): string =>
  address(AREA_TABLE_HEADER_ROW + 1 + area.rows.findIndex((r) => r.id === rowId), columnIndex(key) + 1);

async function generated(): Promise<ExcelDouble> {
  const double = installDouble();
  await service().generate(programme, YEAR);
  return double;
}

/** A copy as the department sends it back: the file read, and cells typed into its grids. */
async function filled(
  file: { fileName: string; bytes: Uint8Array },
  typed: Readonly<Record<string, Partial<Record<InputColumnKey, RawCell>>>>
): Promise<CopyToMerge> {
  const { copies } = await readCopyFiles([{ name: file.fileName, arrayBuffer: async () => file.bytes.slice().buffer }]);
  const copy = copies[0];
  if (copy === undefined) throw new Error("copy not read");
  const read = copy.read;
  const sheets = read.areaSheets.map((s) => ({
    ...s,
    rows: s.rows.map((r) => {
      const id = typeof r.cells.id === "string" ? r.cells.id : "";
      const cells = typed[id];
      return cells === undefined ? r : { ...r, cells: { ...r.cells, ...cells } };
    }),
  }));
  return { name: copy.name, read: { ...read, areaSheets: sheets } };
}

describe("splitCopies", () => {
  test("one copy per department with rows, each a workbook that knows whose it is; the open workbook is only read", async () => {
    const double = await generated();
    const written = await cellsWrittenBy(double, async () => {
      const { year, copies } = await service().splitCopies(null);
      expect(year).toBe(YEAR);
      expect(copies.map((c) => c.department)).toContain("KSF");
      const ksf = copies.find((c) => c.department === "KSF");
      expect(ksf?.rows).toBe(41);
      expect(ksf?.file.fileName).toMatch(/2019.*KSF\.xlsx$/);
      const read = (
        await readCopyFiles([
          { name: "k.xlsx", arrayBuffer: async () => (ksf?.file.bytes ?? new Uint8Array()).slice().buffer },
        ])
      ).copies[0]?.read;
      const copy = read === undefined ? null : copyOf(read);
      expect(copy?.kind === "copy" ? copy.info.department : null).toBe("KSF");
    });
    expect(written).toEqual([]);
  });
});

describe("mergeCopies", () => {
  test("writes only the cells the copy changed; a conflict keeps the workbook's value until decided", async () => {
    const double = await generated();
    const { copies } = await service().splitCopies(["KSF"]);
    const file = copies[0]?.file;
    if (file === undefined) throw new Error("no copy");
    // The coordinator writes a comment in the workbook after sending the copy out.
    await service().saveRows([{ rowId: "1.M1", comment: "Samordnarens kommentar" }]);
    const copy = await filled(file, {
      "1.M1": { status: "I fas", comment: "KSF:s kommentar" },
      "1.A1": { status: "Pågår" },
    });

    let outcome: Awaited<ReturnType<ReturnType<typeof service>["mergeCopies"]>> | null = null;
    const written = await cellsWrittenBy(double, async () => {
      outcome = await service().mergeCopies([copy]);
    });
    expect(written.map((w) => `${w.sheet}!${w.address}`).sort()).toEqual(
      [`${sheet}!${cellOf("1.M1", "status")}`, `${sheet}!${cellOf("1.A1", "status")}`].sort()
    );
    const result = outcome as Awaited<ReturnType<ReturnType<typeof service>["mergeCopies"]>> | null;
    if (result === null || !result.ok) throw new Error("merge refused");
    expect(result.written).toBe(2);
    expect(result.report.conflicts).toEqual([
      expect.objectContaining({
        rowId: "1.M1",
        column: "comment",
        mine: "KSF:s kommentar",
        theirs: "Samordnarens kommentar",
        outcome: "open",
      }),
    ]);
    let values = enteredValues(readDouble(double));
    expect(values.get("1.M1")?.comment).toBe("Samordnarens kommentar");
    expect(values.get("1.A1")?.status).toBe("Pågår");

    const conflict = result.report.conflicts[0];
    if (conflict === undefined) throw new Error("no conflict");
    const decided = await cellsWrittenBy(double, () =>
      service().mergeCopies([copy], new Map([[conflictKey(conflict), "copy"]]))
    );
    expect(decided.map((w) => w.address)).toEqual([cellOf("1.M1", "comment")]);
    values = enteredValues(readDouble(double));
    expect(values.get("1.M1")?.comment).toBe("KSF:s kommentar");
  });

  test("one Excel.run and the same syncs for one copy or three (2 to read, 1 to write)", async () => {
    const double = await generated();
    const { copies } = await service().splitCopies(["KSF", "NBF", "SÄF"]);
    const back = await Promise.all(
      copies.map((c, i) => filled(c.file, { [["1.M1", "1.M2", "1.M3"][i] ?? ""]: { status: "I fas" } }))
    );
    const syncsFor = async (chosen: CopyToMerge[]): Promise<number[]> => {
      double.resetCounters();
      await service().mergeCopies(chosen);
      return double.runs.map((r) => r.syncs);
    };
    expect(await syncsFor(back.slice(0, 1))).toEqual([3]);
    expect(await syncsFor(back)).toEqual([3]);
    expect(double.emptyLoads).toBe(0);
  });

  test("a copy of another year is refused with why and nothing is written", async () => {
    const double = await generated();
    const { copies } = await service().splitCopies(["KSF"]);
    const file = copies[0]?.file;
    if (file === undefined) throw new Error("no copy");
    const copy = await filled(file, { "1.M1": { status: "I fas" } });
    const info = copyOf(copy.read);
    if (info.kind !== "copy") throw new Error("not a copy");
    const otherYear: CopyToMerge = {
      name: copy.name,
      read: { ...copy.read, copyText: JSON.stringify({ ...info.info, year: YEAR + 1 }) },
    };
    let refusals: readonly unknown[] = [];
    const written = await cellsWrittenBy(double, async () => {
      const outcome = await service().mergeCopies([otherYear]);
      refusals = outcome.ok ? [] : outcome.refusals;
    });
    expect(written).toEqual([]);
    expect(refusals).toEqual([{ copy: copy.name, reason: "otherYear", year: YEAR + 1, master: YEAR }]);
  });

  test("a copy whose headers were typed over is refused by name and nothing is merged: its entries could be lost", async () => {
    const double = await generated();
    const { copies } = await service().splitCopies(["KSF"]);
    const file = copies[0]?.file;
    if (file === undefined) throw new Error("no copy");
    const copy = await filled(file, { "1.M1": { status: "I fas" } });
    const damaged: CopyToMerge = {
      name: copy.name,
      read: {
        ...copy.read,
        findings: [
          ...copy.read.findings,
          {
            severity: "error",
            code: "columnMissing",
            sheet,
            cell: "F7",
            rowId: null,
            messageKey: "columnMissing",
            params: { column: "Genomfört under året", suspects: "F7, G7" },
          },
        ],
      },
    };
    const written = await cellsWrittenBy(double, async () => {
      const failed = await failure(service().mergeCopies([damaged]), "sv");
      expect(failed.code).toBe("entriesAtRisk");
      expect(failed.message).toContain(copy.name);
      expect(failed.message).toContain(`${sheet}!F7`);
    });
    expect(written).toEqual([]);
  });

  test("a department's copy open in Excel refuses to send out or bring in copies, and to update, close, reopen or roll over the year", async () => {
    const double = await generated();
    const { copies } = await service().splitCopies(["KSF"]);
    const file = copies[0]?.file;
    if (file === undefined) throw new Error("no copy");
    const copy = await filled(file, {});
    // The open workbook becomes the copy: its record on the hidden sheet, as split writes it.
    const data = double.workbook.sheet(DATA_SHEET);
    double.workbook.writeInput(data, DATA_FIRST_ROW - 1, DATA_LAYOUT.copyInfo.column - 1, {
      kind: "constant",
      value: copy.read.copyText ?? "",
    });
    for (const work of [
      service().splitCopies(null),
      service().mergeCopies([copy]),
      service().update(programme),
      service().closeYear(true),
      service().reopenYear("Fel i rapporteringen"),
      service().rolloverWorkbook(YEAR + 1),
    ]) {
      const failed = await failure(work, "sv");
      expect(failed.code).toBe("conflict");
      expect(failed.message).toMatch(/avdelningskopian för KSF/);
    }
  });
});
