import type { HostileCase } from "./case";
import { cellOf, filledEdited, renameHeader, sheet } from "./inputs";

const A1 = "1 Trygghet och brott";

/** A filled workbook edited as people edit it, then a command run on it. */
function edited(
  name: string,
  edit: Parameters<typeof filledEdited>[1],
  argv: readonly string[],
  expect: Pick<HostileCase, "exit" | "error" | "finding" | "writes">
): HostileCase {
  return { name, make: filledEdited("in.xlsx", edit), argv, ...expect };
}

const lostHeaders = (wb: Parameters<Parameters<typeof filledEdited>[1]>[0]): void => {
  const ws = sheet(wb, A1);
  renameHeader(ws, "Genomfört under året", "Anteckningar");
  renameHeader(ws, "Kommentar/analys", "Analys av läget");
};

export const EDIT_CASES: readonly HostileCase[] = [
  edited(
    "a typo in a status",
    (wb) => (cellOf(sheet(wb, A1), "1.A1", "Status/bedömning").value = "Pågåår"),
    ["check", "in.xlsx"],
    {
      exit: 1,
      finding: "unknownStatus",
    }
  ),
  edited(
    "a number in a status",
    (wb) => (cellOf(sheet(wb, A1), "1.A1", "Status/bedömning").value = 3),
    ["check", "in.xlsx"],
    {
      exit: 1,
      finding: "unknownStatus",
    }
  ),
  edited(
    "text in a value cell",
    (wb) => (cellOf(sheet(wb, A1), "1.I1", "Värde i år").value = "ca 200"),
    ["check", "in.xlsx"],
    {
      exit: 1,
      finding: "valueNotNumeric",
    }
  ),
  edited(
    "a pasted formula in a comment",
    (wb) => (cellOf(sheet(wb, A1), "1.A1", "Kommentar/analys").value = { formula: 'HYPERLINK("http://x","klicka")' }),
    ["check", "in.xlsx"],
    { exit: 1, finding: "formulaInText" }
  ),
  edited(
    "an error value pasted in a comment",
    (wb) => (cellOf(sheet(wb, A1), "1.A1", "Kommentar/analys").value = { error: "#REF!" }),
    ["check", "in.xlsx"],
    { exit: 1, finding: "errorValue" }
  ),
  edited(
    "a 40,000-character comment",
    (wb) => (cellOf(sheet(wb, A1), "1.A1", "Kommentar/analys").value = "x".repeat(40_000)),
    ["check", "in.xlsx"],
    {
      exit: 1,
      finding: "textTooLong",
    }
  ),
  edited("an area sheet renamed", (wb) => (sheet(wb, A1).name = "Trygghet"), ["check", "in.xlsx"], {
    exit: 1,
    finding: "sheetRenamed",
  }),
  edited("the data sheet deleted", (wb) => wb.removeWorksheet(sheet(wb, "Programdata").id), ["check", "in.xlsx"], {
    exit: 2,
    error: "noProgrammeData",
  }),
  edited(
    "the stored programme typed over",
    (wb) => (sheet(wb, "Programdata").getCell("AC2").value = "{trasig"),
    ["check", "in.xlsx"],
    {
      exit: 2,
      error: "noProgrammeData",
    }
  ),
  edited("a row's ID deleted", (wb) => (cellOf(sheet(wb, A1), "1.A1", "ID").value = null), ["check", "in.xlsx"], {
    exit: 1,
    finding: "missingId",
  }),
  edited(
    "headers shortened to 'Status' and 'Kommentar'",
    (wb) => {
      const ws = sheet(wb, A1);
      renameHeader(ws, "Status/bedömning", "Status");
      renameHeader(ws, "Kommentar/analys", "Kommentar");
    },
    ["check", "in.xlsx"],
    { exit: 1, finding: "columnRenamed" }
  ),
  edited("two headers nobody can match: check", lostHeaders, ["check", "in.xlsx"], {
    exit: 1,
    finding: "columnMissing",
  }),
  edited("two headers nobody can match: summary --write", lostHeaders, ["summary", "in.xlsx", "--write"], {
    exit: 1,
    error: "entriesAtRisk",
  }),
  edited("two headers nobody can match: close --force", lostHeaders, ["close", "in.xlsx", "--force"], {
    exit: 1,
    error: "entriesAtRisk",
  }),
  edited(
    "two headers nobody can match: rollover",
    lostHeaders,
    ["rollover", "in.xlsx", "--year", "2020", "--out", "next.xlsx"],
    {
      exit: 1,
      error: "entriesAtRisk",
    }
  ),
  edited(
    "a comment column copied beside itself, both with entries",
    (wb) => {
      const ws = sheet(wb, A1);
      ws.getCell("U7").value = "Kommentar/analys";
      ws.getCell("U9").value = "utkast";
    },
    ["close", "in.xlsx", "--force"],
    { exit: 1, error: "entriesAtRisk" }
  ),
  edited(
    "a row's ID typed twice",
    (wb) => (cellOf(sheet(wb, A1), "1.A3", "ID").value = "1.A1"),
    ["summary", "in.xlsx", "--write"],
    {
      exit: 1,
      error: "entriesAtRisk",
    }
  ),
  edited(
    "a row's ID deleted: close --force",
    (wb) => (cellOf(sheet(wb, A1), "1.A1", "ID").value = null),
    ["close", "in.xlsx", "--force"],
    {
      exit: 1,
      error: "entriesAtRisk",
    }
  ),
  edited(
    "a count on the summary typed over with 7",
    (wb) => (sheet(wb, "Sammanfattning").getCell("C10").value = 7),
    ["check", "in.xlsx"],
    {
      exit: 1,
      finding: "summaryFormulaChanged",
    }
  ),
  edited(
    "a closed year written again",
    (wb) => {
      const ws = sheet(wb, "Programdata");
      ws.eachRow((row) => {
        if (row.getCell(23).value === "closed") row.getCell(24).value = true; // meta: keys in W, values in X
      });
    },
    ["summary", "in.xlsx", "--write"],
    { exit: 1, error: "workbookClosed" }
  ),
];
