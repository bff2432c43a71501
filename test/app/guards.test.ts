/**
 * The guards table (app/guards.ts), which both the command line and the task pane ask before they
 * write: a department's copy is refused where only the coordinator's workbook will do (the task
 * pane updated, reopened and closed copies before), a closed year where it is locked, and
 * entries at risk where the use case writes over or past them.
 */
import { GUARDS, guardRefusal, type GuardedUseCase } from "../../src/app/guards";
import { AREA_TABLE_HEADER_ROW, readWorkbook } from "../../src/core";
import type { WorkbookRead } from "../../src/core";
import { smallProgramme } from "../support/plan-fixtures";
import { writtenWorkbook } from "../support/written-workbook";

const YEAR = 2019;
const programme = smallProgramme();
const USE_CASES = Object.keys(GUARDS) as GuardedUseCase[];

/** Two input headers of an area table typed over (a row has entries in them), as a person does on an unprotected sheet. */
function renamedHeader(): WorkbookRead {
  const entered = new Map([["1.A1", { status: "Pågår", done: "Två vandringar.", comment: "Enligt plan." }]]);
  const sheets = writtenWorkbook(programme, { values: entered }).grids;
  const sheet = programme.areas[0]?.sheetName ?? "";
  return readWorkbook(
    sheets.map((g) =>
      g.name !== sheet
        ? g
        : {
            ...g,
            cells: g.cells.map((row, r) =>
              r !== AREA_TABLE_HEADER_ROW - 1
                ? row
                : row.map((c, i) => (i === 5 ? "Anteckningar" : i === 6 ? "Analys av läget" : c))
            ),
          }
    )
  );
}

test("a department's copy: refused by exactly the use cases the table marks, with the department", () => {
  const copy = writtenWorkbook(programme, { copyFor: "KSF" }).read;
  const refusing = USE_CASES.filter((u) => guardRefusal(u, copy) !== null);
  expect(refusing).toEqual(USE_CASES.filter((u) => GUARDS[u].copy));
  expect(refusing).toEqual(expect.arrayContaining(["update", "close", "reopen", "rollover", "split", "merge"]));
  expect(guardRefusal("close", copy)).toEqual({ kind: "workbookIsCopy", department: "KSF" });
  // A department fills in its copy.
  expect(guardRefusal("saveRows", copy)).toBeNull();
});

test("a closed year: refused where the year is locked, with the year", () => {
  const closed = writtenWorkbook(programme, { closed: true }).read;
  expect(USE_CASES.filter((u) => guardRefusal(u, closed) !== null)).toEqual(USE_CASES.filter((u) => GUARDS[u].closed));
  expect(guardRefusal("saveRows", closed)).toEqual({ kind: "workbookClosed", year: YEAR });
});

test("entries at risk: refused where the use case writes past them; a whole-file rewrite always asks", () => {
  const read = renamedHeader();
  const refusing = USE_CASES.filter((u) => guardRefusal(u, read) !== null);
  expect(refusing).toEqual(USE_CASES.filter((u) => GUARDS[u].entries !== "none"));
  expect(guardRefusal("close", read)).toMatchObject({ kind: "entriesAtRisk" });
  // The task pane writes only the summary's cells; the command line rewrites the file.
  expect(guardRefusal("writeSummary", read)).toBeNull();
  expect(guardRefusal("writeSummary", read, { rewritesFile: true })).toMatchObject({ kind: "entriesAtRisk" });
});

test("the coordinator's open workbook with every entry certain is refused by nothing", () => {
  const read = writtenWorkbook(programme).read;
  expect(USE_CASES.map((u) => guardRefusal(u, read, { rewritesFile: true }))).toEqual(USE_CASES.map(() => null));
});
