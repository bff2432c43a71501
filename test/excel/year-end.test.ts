/**
 * The year-end use cases against the double: the committee report as .docx and the print-ready
 * summary from the workbook as it stands; closing the year (refused with what is missing unless
 * forced, then every cell locked and the year marked closed; saves refused afterwards); next
 * year's workbook as .xlsx with this year's entries in its "förra året" columns, opened as a new
 * workbook where Excel can (ExcelApi 1.8) and offered as a file where it cannot. Syncs constant.
 */
import JSZip from "jszip";
import { CLOSED_YEAR_NOTE, DATA_SHEET, defaultProgramme, followupPlan, readWorkbook } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import type { ExcelDouble } from "../excel-double";
import { installDouble } from "../excel-double/test-helpers";
import { cellOf } from "../core/rollover/rollover-fixture";
import { YEAR, demoEdits, failure, readDouble, service } from "./helpers";
import { rolloverRefusalText } from "../../src/taskpane/features/year-end/rollover-refusal";

const programme = defaultProgramme();

async function filled(options: Parameters<typeof installDouble>[0] = {}): Promise<ExcelDouble> {
  const double = installDouble(options);
  await service().generate(programme, YEAR);
  await service().saveRows(demoEdits(programme));
  return double;
}

function startsWithPK(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Cells a user could still type in: unlocked cells within each sheet's used area, or an unprotected sheet. */
function typeableCells(double: ExcelDouble): string[] {
  const found: string[] = [];
  for (const sheet of double.workbook.sheets) {
    const used = sheet.usedArea(false);
    if (used === null) continue;
    if (!sheet.protection.protected) {
      found.push(`${sheet.name} (unprotected)`);
      continue;
    }
    for (let r = 0; r <= used.r1 + 5; r++) {
      for (let c = 0; c <= used.c1 + 5; c++) {
        if (!sheet.styleAt(r, c).locked) found.push(`${sheet.name}!R${r + 1}C${c + 1}`);
      }
    }
  }
  return found;
}

describe("exportReport", () => {
  test("gives the .docx of the workbook as it stands, every area named in its text, in 2 syncs", async () => {
    const double = await filled();
    double.resetCounters();
    const file = await service().exportReport("sv");
    expect(double.syncCount).toBe(2);
    expect(startsWithPK(file.bytes)).toBe(true);
    expect(file.fileName).toMatch(new RegExp(`${YEAR}.*\\.docx$`));
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    for (const area of programme.areas) {
      expect(xml).toContain(area.name.text.replace(/&/g, "&amp;"));
    }
  });

  test("the cover carries the dnr, the date, the case officer and the committee given", async () => {
    await filled();
    const file = await service().exportReport("sv", {
      dnr: "KS-2020/123",
      date: "2020-02-06",
      caseOfficer: "Frida Ryberg",
      committee: "Trygghets- och delaktighetsberedningen",
    });
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    for (const text of ["KS-2020/123", "2020-02-06", "Frida Ryberg", "Trygghets- och delaktighetsberedningen"]) {
      expect(xml).toContain(text);
    }
    expect(Object.keys(zip.files).some((n) => n.startsWith("word/media/"))).toBe(false);
    // With the municipality's logo, the cover carries the image.
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0,
      0,
    ]);
    const withLogo = await service().exportReport("sv", {
      dnr: null,
      date: null,
      caseOfficer: null,
      committee: null,
      logo: { data: png, type: "png" },
    });
    const media = Object.keys((await JSZip.loadAsync(withLogo.bytes)).files).filter((n) => n.startsWith("word/media/"));
    expect(media).toHaveLength(1);
  });

  test("the English report says so; a closed year exports too", async () => {
    await filled();
    await service().closeYear(true);
    const file = await service().exportReport("en");
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Summary");
    expect(xml).not.toContain("Sammanfattning");
  });
});

describe("openSummaryWorkbook", () => {
  test("opens the print-ready summary as a new workbook (ExcelApi 1.8)", async () => {
    const double = await filled();
    double.resetCounters();
    const outcome = await service().openSummaryWorkbook("sv");
    expect(double.syncCount).toBe(2);
    expect(outcome.opened).toBe(true);
    expect(double.createdWorkbooks).toHaveLength(1);
    const bytes = Uint8Array.from(atob(double.createdWorkbooks[0] ?? ""), (ch) => ch.charCodeAt(0));
    expect(Buffer.from(bytes).equals(Buffer.from(outcome.file.bytes))).toBe(true);
    const grids = await readXlsx(Buffer.from(bytes));
    const text = JSON.stringify(grids);
    for (const area of programme.areas) expect(text).toContain(area.name.text);
  });

  test("where Excel cannot open a workbook, the file comes back to be downloaded", async () => {
    const double = await filled();
    Reflect.deleteProperty(double.Excel, "createWorkbook");
    const outcome = await service().openSummaryWorkbook("en");
    expect(outcome.opened).toBe(false);
    expect(startsWithPK(outcome.file.bytes)).toBe(true);
    expect(double.createdWorkbooks).toEqual([]);
  });
});

describe("closeYear", () => {
  test("refuses with the rows not reported, writing nothing, unless forced", async () => {
    const double = installDouble();
    await service().generate(programme, YEAR);
    const before = JSON.stringify(double.workbook.toSheetGrids());
    const refused = await service().closeYear(false);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const departments = new Set(programme.areas.flatMap((a) => a.rows.map((r) => r.department)));
    expect(new Set(refused.notReported.map((m) => m.department))).toEqual(departments);
    expect(JSON.stringify(double.workbook.toSheetGrids())).toBe(before);
    expect((await service().readMeta())?.closed).toBe(false);
  });

  test("forced: the year is marked closed and no sheet has a cell left to type in, in 3 syncs", async () => {
    const double = await filled();
    expect(typeableCells(double).length).toBeGreaterThan(0);
    double.resetCounters();
    const outcome = await service().closeYear(true);
    expect(double.syncCount).toBe(3);
    expect(outcome).toEqual({ ok: true, alreadyClosed: false, year: YEAR });
    expect((await service().readMeta())?.closed).toBe(true);
    expect(typeableCells(double)).toEqual([]);
    expect(double.workbook.sheet(DATA_SHEET).protection.protected).toBe(true);
  });

  test("forced: the line saying the year is closed stands where the command line's closed workbook has it", async () => {
    const double = await filled();
    await service().closeYear(true);
    const closedPlan = followupPlan({
      programme,
      year: YEAR,
      values: new Map(),
      choices: {},
      retired: [],
      closed: true,
      now: new Date(),
    }).plan;
    const places = closedPlan.sheets.flatMap((sheet) =>
      sheet.blocks.filter((b) => b.cells[0]?.[0] === CLOSED_YEAR_NOTE).map((b) => [sheet.name, b.topLeft])
    );
    // Every area and guideline sheet and the summary.
    expect(places).toHaveLength(programme.areas.length + 1);
    for (const [sheet, a1] of places) {
      const cell = double.workbook.cell(sheet ?? "", a1 ?? "");
      expect([sheet, a1, cell.value]).toEqual([sheet, a1, CLOSED_YEAR_NOTE]);
    }
  });

  test("forced: a cell where the closed line would go keeps what someone typed there", async () => {
    const double = await filled();
    const area = programme.areas[0];
    if (area === undefined) throw new Error("no area");
    const sheet = double.workbook.sheet(area.sheetName);
    double.workbook.writeInput(sheet, 5, 1, { kind: "constant", value: "Min anteckning" });
    await service().closeYear(true);
    expect(double.workbook.cell(area.sheetName, "B6").value).toBe("Min anteckning");
    expect(double.workbook.cell(programme.areas[1]?.sheetName ?? "", "B6").value).toBe(CLOSED_YEAR_NOTE);
  });

  test("a closed year refuses saves, summary writes and updates with the closed message", async () => {
    await filled();
    await service().closeYear(true);
    const row = programme.areas[0]?.rows[0];
    if (row === undefined) throw new Error("no row");
    expect(await failure(service().saveRows([{ rowId: row.id, comment: "sent" }]))).toMatchObject({
      code: "workbookClosed",
      message: expect.stringContaining(String(YEAR)),
    });
    await expect(service().writeSummary([])).rejects.toMatchObject({ code: "workbookClosed" });
    await expect(service().update(programme)).rejects.toMatchObject({ code: "workbookClosed" });
    expect(await service().closeYear(false)).toEqual({ ok: true, alreadyClosed: true, year: YEAR });
  });
});

describe("rolloverWorkbook", () => {
  test("next year's workbook holds this year's entries in its last-year columns", async () => {
    const double = await filled();
    double.resetCounters();
    const outcome = await service().rolloverWorkbook(YEAR + 1);
    expect(double.syncCount).toBe(2);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.opened).toBe(true);
    expect(double.createdWorkbooks).toHaveLength(1);
    const next = readWorkbook(await readXlsx(Buffer.from(outcome.file.bytes)));
    expect(next.meta?.year).toBe(YEAR + 1);
    const edits = demoEdits(programme);
    expect(edits.length).toBeGreaterThan(0);
    for (const edit of edits) {
      if (edit.status !== undefined) expect(cellOf(next, edit.rowId, "lastStatus")).toBe(edit.status);
      if (edit.done !== undefined) expect(cellOf(next, edit.rowId, "lastDone")).toBe(edit.done);
      if (edit.value !== undefined) expect(cellOf(next, edit.rowId, "lastYear")).toBe(edit.value);
    }
  });

  test("refuses a year past the programme period, with the reason", async () => {
    const double = installDouble();
    await service().generate(programme, programme.period.to);
    const outcome = await service({ lang: () => "en" }).rolloverWorkbook(programme.period.to + 1);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const reason = rolloverRefusalText(outcome.refusal, "en");
    expect(reason).toContain(`${programme.period.from}–${programme.period.to}`);
    expect(reason).toContain("Next year");
    expect(double.createdWorkbooks).toEqual([]);
  });

  test("past the period, rolls over into the new programme given: kept rows carry this year's entries, a dropped one does not come along", async () => {
    const last = programme.period.to;
    installDouble();
    await service().generate(programme, last);
    await service().saveRows(demoEdits(programme));
    const dropped = programme.areas[0]?.rows.find((r) => r.type === "activity");
    if (dropped === undefined) throw new Error("no activity");
    const nextProgramme = {
      ...programme,
      period: { from: last + 1, to: last + 4 },
      areas: programme.areas.map((a) => ({ ...a, rows: a.rows.filter((r) => r.id !== dropped.id) })),
    };
    const outcome = await service().rolloverWorkbook(last + 1, nextProgramme);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const next = readWorkbook(await readXlsx(Buffer.from(outcome.file.bytes)));
    expect(next.meta?.year).toBe(last + 1);
    expect(next.programme?.period).toEqual({ from: last + 1, to: last + 4 });
    const ids = next.areaSheets.flatMap((sheet) => sheet.rows.map((r) => r.cells.id));
    expect(ids).not.toContain(dropped.id);
    const kept = demoEdits(programme).filter((e) => e.rowId !== dropped.id && e.done !== undefined);
    expect(kept.length).toBeGreaterThan(0);
    for (const edit of kept) expect(cellOf(next, edit.rowId, "lastDone")).toBe(edit.done);
  });

  test("a new programme that does not cover the year is refused, saying which years it covers", async () => {
    const last = programme.period.to;
    installDouble();
    await service().generate(programme, last);
    const wrong = { ...programme, period: { from: last + 2, to: last + 5 } };
    const outcome = await service({ lang: () => "sv" }).rolloverWorkbook(last + 1, wrong);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(rolloverRefusalText(outcome.refusal, "sv")).toContain(`${last + 2}–${last + 5}`);
  });
});

test("a host that refuses the new workbook still gets the file, to download", async () => {
  const double = await filled();
  Object.defineProperty(double.Excel, "createWorkbook", {
    value: (): Promise<void> => Promise.reject(new Error("blocked")),
  });
  const outcome = await service().rolloverWorkbook(YEAR + 1);
  expect(outcome).toMatchObject({ ok: true, opened: false });
  if (outcome.ok) expect(outcome.file.bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
});

describe("rolloverWorkbook keeps what people added", () => {
  test("a sheet of one's own and a note beside a row come into next year's file, as the command line's roll-over keeps them", async () => {
    const double = await filled();
    const notes = double.workbook.addSheet("Anteckningar");
    double.workbook.writeInput(notes, 0, 0, { kind: "constant", value: "Mötesanteckningar" });
    double.workbook.writeInput(notes, 1, 1, { kind: "formula", formula: "=1+2" });
    const area = double.workbook.sheet("1 Trygghet och brott");
    // Row 8 (index 7) is the table's first row; column T (index 19) is beside the table.
    double.workbook.writeInput(area, 7, 19, { kind: "constant", value: "Fråga Kim" });
    const firstId = readDouble(double).areaSheets.find((s) => s.sheet === "1 Trygghet och brott")?.rows[0]?.cells.id;

    const outcome = await service().rolloverWorkbook(YEAR + 1);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const grids = await readXlsx(Buffer.from(outcome.file.bytes));
    const own = grids.find((g) => g.name === "Anteckningar");
    expect(own?.cells[0]?.[0]).toBe("Mötesanteckningar");
    expect(own?.cells[1]?.[1]).toMatchObject({ formula: "=1+2" });
    const next = grids.find((g) => g.name === "1 Trygghet och brott");
    const row = next?.cells.find((r) => r[0] === firstId);
    expect(row?.[19]).toBe("Fråga Kim");
  });

  test("refuses, writing no file, when a note cannot be placed for certain", async () => {
    const double = await filled();
    const area = double.workbook.sheet("1 Trygghet och brott");
    // An empty row inserted inside the table, and a note typed in it: no row ID for it to follow.
    area.insertRows({ row: 9, count: 1, c0: 0, c1: 16384 - 1, extendAdjacent: false }, null);
    double.workbook.writeInput(area, 9, 19, { kind: "constant", value: "mellan raderna" });
    expect(await failure(service().rolloverWorkbook(YEAR + 1))).toMatchObject({
      code: "entriesAtRisk",
      message: expect.stringContaining(
        "det som lagts till utöver uppföljningen kan inte behållas. '1 Trygghet och brott'!T10"
      ),
    });
    expect(double.createdWorkbooks).toHaveLength(0);
  });
});

describe("reopenYear", () => {
  test("opens the year again: exactly the cells open before the close are open again, the record and the summary line written, in 3 syncs", async () => {
    const double = await filled();
    const openBefore = typeableCells(double).sort();
    await service().closeYear(true);
    expect(typeableCells(double)).toEqual([]);

    double.resetCounters();
    const outcome = await service().reopenYear("  Rättelse av   KSF:s rader ");
    expect(double.syncCount).toBe(3);
    expect(outcome).toEqual({ reopened: true, year: YEAR, day: "2020-01-15" });
    const read = readDouble(double);
    expect(read.meta?.closed).toBe(false);
    expect(read.closeFingerprint).toBeNull();
    expect(read.reopenings).toEqual([{ day: "2020-01-15", reason: "Rättelse av KSF:s rader" }]);
    expect(typeableCells(double).sort()).toEqual(openBefore);
    const texts = double.workbook.toSheetGrids().flatMap((g) => g.cells.flat());
    expect(texts).not.toContain(CLOSED_YEAR_NOTE);
    expect(texts).toContain("Året stängdes och öppnades igen 2020-01-15: Rättelse av KSF:s rader");

    // Saving works again; closing again works and keeps the record.
    const edit = demoEdits(programme)[0];
    if (edit === undefined) throw new Error("no edit");
    await service().saveRows([{ rowId: edit.rowId, comment: "Rättad efter stängningen" }]);
    expect((await service().closeYear(true)).ok).toBe(true);
    expect(readDouble(double).reopenings).toHaveLength(1);
  });

  test("refuses without a reason and leaves a year that is not closed alone, writing nothing", async () => {
    const double = await filled();
    const before = JSON.stringify(double.workbook.toSheetGrids());
    expect(await service().reopenYear("Ingen orsak")).toEqual({ reopened: false, year: YEAR });
    await service().closeYear(true);
    const closed = JSON.stringify(double.workbook.toSheetGrids());
    expect(closed).not.toBe(before);
    const refused = await failure(service().reopenYear("   "), "sv");
    expect(refused.code).toBe("invalidArgument");
    expect(refused.message).toMatch(/skälet saknas/);
    expect(JSON.stringify(double.workbook.toSheetGrids())).toBe(closed);
  });
});
