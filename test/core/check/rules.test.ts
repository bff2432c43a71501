import { checkWorkbook } from "../../../src/core/check/check-workbook";
import type { Finding, FindingCode } from "../../../src/core/findings/finding";
import { ROW_RULES, WORKBOOK_RULES } from "../../../src/core/check/rules";
import { FINDING_CODES } from "../../../src/core/findings/finding-codes";
import { address, EXCEL_CELL_TEXT_LIMIT } from "../../../src/core/workbook/cell";
import type { AreaColumnKey } from "../../../src/core/layout/workbook-layout";
import {
  FIRST_DATA_ROW,
  columnOf,
  fixtureProgramme,
  generatedRead,
  generatedRow,
  generatedSheets,
  workbookRead,
  type RowSpec,
  type SheetSpec,
} from "./workbook-read-builder";

const programme = fixtureProgramme();
const AREA1 = "1 Trygghet och brott";
const G1 = "G1 Klotter";

function check(edits: Readonly<Record<string, RowSpec>>): Finding[] {
  return checkWorkbook(generatedRead(programme, edits), programme);
}

function problems(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.code !== "notReported");
}

function withCode(findings: readonly Finding[], code: FindingCode): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Where a row's cell is in the generated sheet: its place in the area, below the header row. */
function at(rowId: string, key: AreaColumnKey): { sheet: string; cell: string } {
  for (const area of programme.areas) {
    const i = area.rows.findIndex((r) => r.id === rowId);
    if (i >= 0) {
      return { sheet: area.sheetName, cell: address(FIRST_DATA_ROW + i, columnOf(key)) };
    }
  }
  throw new Error(`no row ${rowId}`);
}

function expectOnly(findings: readonly Finding[], code: FindingCode, rowId: string, key: AreaColumnKey): Finding {
  const found = problems(findings);
  expect(found.map((f) => f.code)).toEqual([code]);
  const f = found[0] as Finding;
  expect({ sheet: f.sheet, cell: f.cell, rowId: f.rowId }).toEqual({ ...at(rowId, key), rowId });
  return f;
}

describe("the rule table", () => {
  it("has one entry per code, each with a reason for its severity", () => {
    const codes = [...ROW_RULES, ...WORKBOOK_RULES].map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of [...ROW_RULES, ...WORKBOOK_RULES]) {
      expect(rule.why.length).toBeGreaterThan(10);
      expect(FINDING_CODES).toContain(rule.code);
    }
  });

  it("grades progress as info, the roll-up-neutral slips as warnings, the rest as errors", () => {
    const severity = new Map([...ROW_RULES, ...WORKBOOK_RULES].map((r) => [r.code, r.severity]));
    expect(severity.get("notReported")).toBe("info");
    expect(severity.get("typeChanged")).toBe("warning");
    expect(severity.get("statusOnIndicator")).toBe("warning");
    for (const code of [
      "unknownStatus",
      "wrongVocabulary",
      "commentRequired",
      "valueNotNumeric",
      "duplicateId",
      "lostRow",
    ] as const) {
      expect(severity.get(code)).toBe("error");
    }
  });
});

describe("places", () => {
  it("names the sheet, the A1 cell and the row ID (1.A1 is the area's second row: row 9, status in column E)", () => {
    const f = expectOnly(check({ "1.A1": { status: "Pagar" } }), "unknownStatus", "1.A1", "status");
    expect(f.cell).toBe("E9");
    expect(f.sheet).toBe(AREA1);
  });

  it("follows the sheet's own columns when they are in another order", () => {
    const row = { ...generatedRow(programme.areas[0]!.rows[1]!), status: "Pagar" };
    const columns: AreaColumnKey[] = ["status", "id", "type", "department", "comment"];
    const read = workbookRead([{ name: "Flyttade kolumner", areaId: "1", rows: [row], columns }]);
    const f = problems(checkWorkbook(read, programme)).find((x) => x.code === "unknownStatus");
    expect(f).toMatchObject({ sheet: "Flyttade kolumner", cell: `A${FIRST_DATA_ROW}`, rowId: "1.A1" });
  });
});

describe("unknownStatus", () => {
  it("reports an unknown status with a did-you-mean when there is one", () => {
    const f = expectOnly(check({ "1.A1": { status: "Pagar" } }), "unknownStatus", "1.A1", "status");
    expect(f.messageKey).toBe("unknownStatus.didYouMean");
    expect(f.params).toMatchObject({ value: "Pagar", suggestion: "Pågår" });
  });

  it("reports a status with stray spaces (a COUNTIFS would not count it)", () => {
    const f = expectOnly(check({ "1.A1": { status: " Pågår " } }), "unknownStatus", "1.A1", "status");
    expect(f.params["suggestion"]).toBe("Pågår");
  });

  it("reports plain junk without a suggestion, listing the allowed labels", () => {
    const f = expectOnly(check({ "1.M1": { status: "typ bra", comment: "x" } }), "unknownStatus", "1.M1", "status");
    expect(f.messageKey).toBe("unknownStatus");
    expect(f.params["suggestion"]).toBeUndefined();
    expect(f.params["expected"]).toBe("I fas, Delvis i fas, Ej i fas, Kan inte bedömas");
  });

  it("accepts every exact label, Swedish or English", () => {
    expect(
      problems(
        check({ "1.A1": { status: "Genomförd" }, "1.A2": { status: "In progress" }, "1.M1": { status: "I fas" } })
      )
    ).toEqual([]);
  });
});

describe("wrongVocabulary", () => {
  it("reports an activity status on a goal", () => {
    const f = expectOnly(check({ "1.M1": { status: "Genomförd" } }), "wrongVocabulary", "1.M1", "status");
    expect(f.params).toMatchObject({
      value: "Genomförd",
      rowType: "goal",
      expected: "I fas, Delvis i fas, Ej i fas, Kan inte bedömas",
    });
  });

  it("reports an assessment on an activity", () => {
    const f = expectOnly(check({ "1.A2": { status: "I fas" } }), "wrongVocabulary", "1.A2", "status");
    expect(f.params["rowType"]).toBe("activity");
  });

  it("does not report the row type's own labels", () => {
    expect(
      withCode(check({ "1.M1": { status: "I fas" }, "1.A2": { status: "Genomförd" } }), "wrongVocabulary")
    ).toEqual([]);
  });
});

describe("statusOnIndicator", () => {
  it("warns about a status on an indicator row", () => {
    const f = expectOnly(check({ "1.I1": { status: "Genomförd", value: 180 } }), "statusOnIndicator", "1.I1", "status");
    expect(f.severity).toBe("warning");
    expect(f.params["value"]).toBe("Genomförd");
  });

  it("is quiet when the indicator's status cell is empty or blank", () => {
    expect(problems(check({ "1.I1": { status: "   ", value: 180 } }))).toEqual([]);
  });
});

describe("commentRequired", () => {
  it.each(["Försenad", "Ej påbörjad", "Utgår", "Delayed"])("activity %s without a comment", (status) => {
    const f = expectOnly(check({ "1.A1": { status } }), "commentRequired", "1.A1", "comment");
    expect(f.params["status"]).toBe(status === "Delayed" ? "Försenad" : status);
  });

  it.each(["Delvis i fas", "Ej i fas", "Kan inte bedömas"])("goal %s without a comment", (status) => {
    expectOnly(check({ "1.M1": { status } }), "commentRequired", "1.M1", "comment");
  });

  it("is satisfied by a comment, and not asked for Genomförd, Pågår or I fas", () => {
    expect(problems(check({ "1.A1": { status: "Försenad", comment: "Väntar på upphandling." } }))).toEqual([]);
    expect(
      problems(check({ "1.A1": { status: "Genomförd" }, "1.A2": { status: "Pågår" }, "1.M1": { status: "I fas" } }))
    ).toEqual([]);
  });

  it("treats a blank comment as no comment", () => {
    expectOnly(check({ "1.A1": { status: "Utgår", comment: "  \n " } }), "commentRequired", "1.A1", "comment");
  });
});

describe("valueNotNumeric", () => {
  it.each<[string, RawCellLike]>([
    ["text", "ca 200"],
    ["a boolean", true],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
  ])("reports %s as this year's value", (_, value) => {
    const f = expectOnly(check({ "1.I1": { value } }), "valueNotNumeric", "1.I1", "value");
    expect(f.params["column"]).toBe("Värde i år");
  });

  it("reports last year's value too", () => {
    const f = expectOnly(check({ "G1.I1": { value: 100, lastYear: "okänt" } }), "valueNotNumeric", "G1.I1", "lastYear");
    expect(f.params).toMatchObject({ value: "okänt", column: "Värde förra året" });
  });

  it("accepts numbers and Swedish numeric text", () => {
    expect(problems(check({ "1.I1": { value: "1 234,5" }, "G1.I1": { value: 12.5, lastYear: "1\u00A0000" } }))).toEqual(
      []
    );
  });
});
type RawCellLike = string | number | boolean;

describe("valueNegative", () => {
  it("reports a negative value, typed as a number or as text", () => {
    const f = expectOnly(check({ "1.I1": { value: -3 } }), "valueNegative", "1.I1", "value");
    expect(f.params).toMatchObject({ value: -3, column: "Värde i år" });
    expectOnly(check({ "1.I1": { value: 5, lastYear: "-1 200" } }), "valueNegative", "1.I1", "lastYear");
  });

  it("accepts zero", () => {
    expect(problems(check({ "1.I1": { value: 0, lastYear: 0 } }))).toEqual([]);
  });
});

describe("departmentMissing", () => {
  it("reports a row whose responsible department was cleared", () => {
    expectOnly(check({ "1.A1": { department: null, status: "Pågår" } }), "departmentMissing", "1.A1", "department");
  });

  it("is quiet when the department is there", () => {
    expect(withCode(check({ "1.A1": { status: "Pågår" } }), "departmentMissing")).toEqual([]);
  });
});

describe("departmentUnknown", () => {
  it("reports a department the programme does not have, listing the codes", () => {
    const f = expectOnly(check({ "1.A1": { department: "Polisen" } }), "departmentUnknown", "1.A1", "department");
    expect(f.messageKey).toBe("departmentUnknown");
    expect(f.params).toMatchObject({ value: "Polisen", expected: "KSF, NBF, SÄF" });
  });

  it.each([
    ["ksf", "KSF"],
    ["KSF ", "KSF"],
    ["SAF", "SÄF"],
    ["kommunstyrelsens förvaltning", "KSF"],
  ])("reports %j as an error with a did-you-mean %j", (value, suggestion) => {
    const f = expectOnly(check({ "1.A1": { department: value } }), "departmentUnknown", "1.A1", "department");
    expect(f.messageKey).toBe("departmentUnknown.didYouMean");
    expect(f.params["suggestion"]).toBe(suggestion);
    expect(f.severity).toBe("error");
  });

  it("accepts an exact code or an exact name", () => {
    expect(
      problems(check({ "1.A1": { department: "NBF" }, "1.A2": { department: "Kommunstyrelsens förvaltning" } }))
    ).toEqual([]);
  });
});

describe("duplicateId", () => {
  it("reports the second row with an ID and names the first", () => {
    const sheets = generatedSheets(programme);
    const area1 = sheets[0] as SheetSpec;
    const copy = { ...generatedRow(programme.areas[0]!.rows[0]!), status: "I fas" };
    const read = workbookRead([{ ...area1, rows: [...area1.rows, copy] }, ...sheets.slice(1)]);
    const found = problems(checkWorkbook(read, programme));
    expect(found.map((f) => f.code)).toEqual(["duplicateId"]);
    const dupRow = FIRST_DATA_ROW + area1.rows.length;
    expect(found[0]).toMatchObject({
      sheet: AREA1,
      cell: address(dupRow, columnOf("id")),
      rowId: "1.M1",
      params: { otherCell: `${AREA1}!${at("1.M1", "id").cell}` },
    });
  });

  it("is quiet when every ID appears once", () => {
    expect(withCode(check({}), "duplicateId")).toEqual([]);
  });
});

// expectOnly locates a finding by the programme row's place; a missing ID has no row ID to report.
function expectOnlyNoId(findings: readonly Finding[], code: FindingCode, placeOf: string, key: AreaColumnKey): void {
  const found = problems(findings).filter((f) => f.code !== "lostRow");
  expect(found.map((f) => f.code)).toEqual([code]);
  expect(found[0]).toMatchObject({ ...at(placeOf, key), rowId: null });
}

describe("missingId", () => {
  it("reports a row with entries but no ID at its ID cell; the programme row it was is then lost", () => {
    const findings = check({ "1.A1": { id: null, status: "Pågår" } });
    expectOnlyNoId(findings, "missingId", "1.A1", "id");
    expect(withCode(findings, "lostRow").map((f) => f.rowId)).toEqual(["1.A1"]);
  });

  it("treats a blank ID as none", () => {
    expectOnlyNoId(check({ "1.A1": { id: "  ", done: "Tre vandringar." } }), "missingId", "1.A1", "id");
  });

  it("leaves an ID cell showing an error to errorValue", () => {
    expectOnlyNoId(check({ "1.A1": { id: { error: "#REF!" }, status: "Pågår" } }), "errorValue", "1.A1", "id");
  });

  it("skips a blank line left in the table", () => {
    const area1 = generatedSheets(programme)[0] as SheetSpec;
    const read = workbookRead([
      { ...area1, rows: [...area1.rows, {}, { comment: "  " }] },
      ...generatedSheets(programme).slice(1),
    ]);
    expect(problems(checkWorkbook(read, programme))).toEqual([]);
  });
});

describe("unknownRow", () => {
  it("reports an ID the programme does not know", () => {
    const findings = check({ "1.A2": { id: "1.A9" } });
    const f = withCode(findings, "unknownRow");
    expect(f).toEqual([expect.objectContaining({ ...at("1.A2", "id"), rowId: "1.A9", severity: "error" })]);
  });

  it("is quiet for the programme's own IDs", () => {
    expect(withCode(check({}), "unknownRow")).toEqual([]);
  });
});

describe("lostRow", () => {
  it("reports a programme row found in no sheet, on the sheet where it belongs, with no cell", () => {
    const sheets = generatedSheets(programme);
    const g1 = sheets[1] as SheetSpec;
    const read = workbookRead([sheets[0] as SheetSpec, { ...g1, rows: g1.rows.slice(0, 1) }]);
    const found = problems(checkWorkbook(read, programme));
    expect(found).toEqual([
      expect.objectContaining({
        code: "lostRow",
        sheet: G1,
        cell: null,
        rowId: "G1.I1",
        params: { expectedSheet: G1 },
      }),
    ]);
  });

  it("counts a row found on another sheet as not lost", () => {
    const sheets = generatedSheets(programme);
    const [area1, g1] = sheets as [SheetSpec, SheetSpec];
    const moved = g1.rows[1] as RowSpec;
    const read = workbookRead([
      { ...area1, rows: [...area1.rows, moved] },
      { ...g1, rows: g1.rows.slice(0, 1) },
    ]);
    expect(withCode(checkWorkbook(read, programme), "lostRow")).toEqual([]);
  });

  it("leaves the rows of a sheet the reader reported missing to that one finding", () => {
    const sheets = generatedSheets(programme);
    const sheetMissing: Finding = {
      severity: "error",
      code: "sheetMissing",
      sheet: null,
      cell: null,
      rowId: null,
      messageKey: "sheetMissing",
      params: { expectedSheet: G1, areaId: "G1" },
    };
    const found = checkWorkbook(workbookRead([sheets[0] as SheetSpec], [sheetMissing]), programme);
    expect(problems(found)).toEqual([sheetMissing]);
  });
});

describe("textTooLong", () => {
  it("reports text over Excel's cell limit in any column, with its length", () => {
    const long = "a".repeat(EXCEL_CELL_TEXT_LIMIT + 1);
    const f = expectOnly(check({ "1.A1": { status: "Pågår", done: long } }), "textTooLong", "1.A1", "done");
    expect(f.params).toMatchObject({
      column: "Genomfört under året",
      length: EXCEL_CELL_TEXT_LIMIT + 1,
      limit: EXCEL_CELL_TEXT_LIMIT,
    });
    expectOnly(check({ "1.A1": { status: "Pågår", text: long } }), "textTooLong", "1.A1", "text");
  });

  it("counts a formula's own text too", () => {
    const formula = { formula: "1+".repeat(EXCEL_CELL_TEXT_LIMIT) + "1" };
    const found = problems(check({ "1.I1": { value: formula } })).map((f) => f.code);
    // Also a live formula in an input: formulaInInput says the rewrite keeps it as text.
    expect(found.sort()).toEqual(["formulaInInput", "textTooLong"]);
  });

  it("accepts text exactly at the limit", () => {
    expect(problems(check({ "1.A1": { status: "Pågår", comment: "a".repeat(EXCEL_CELL_TEXT_LIMIT) } }))).toEqual([]);
  });
});

describe("formulaInText", () => {
  it.each<AreaColumnKey>(["done", "comment", "changed", "department", "status", "text"])(
    "reports a formula in %s",
    (key) => {
      const cell = { formula: "-Bra jobbat", result: "#NAME?" };
      const f = expectOnly(check({ "1.A2": { status: "Pågår", [key]: cell } }), "formulaInText", "1.A2", key);
      expect(f.params["formula"]).toBe("-Bra jobbat");
    }
  );

  it("leaves formulas in number columns to formulaInInput: a warning, since a rewrite keeps only the text", () => {
    const f = expectOnly(
      check({ "1.I1": { value: { formula: "100+80", result: 180 } } }),
      "formulaInInput",
      "1.I1",
      "value"
    );
    expect(f.severity).toBe("warning");
    expect(f.params).toMatchObject({ column: "Värde i år" });
  });
});

describe("errorValue", () => {
  it("reports an error cell", () => {
    const f = expectOnly(check({ "1.I1": { value: { error: "#REF!" } } }), "errorValue", "1.I1", "value");
    expect(f.params).toMatchObject({ column: "Värde i år", value: "#REF!" });
  });

  it("reports a formula whose result is an error, outside the text columns", () => {
    expectOnly(
      check({ "1.I1": { value: 3, trend: { formula: "X", result: "#VALUE!" } } }),
      "errorValue",
      "1.I1",
      "trend"
    );
  });

  it("is quiet for '#' text that is no error code", () => {
    expect(problems(check({ "1.A1": { status: "Pågår", comment: "#1 prioritet" } }))).toEqual([]);
  });
});

describe("typeChanged", () => {
  it("warns when the Typ cell says another type than the programme", () => {
    const f = expectOnly(check({ "1.A1": { type: "Mål", status: "Pågår" } }), "typeChanged", "1.A1", "type");
    expect(f).toMatchObject({ severity: "warning", params: { expected: "Aktivitet", found: "Mål" } });
  });

  it("still reads the row by the programme's type", () => {
    // An activity status on a row whose Typ was changed to Mål is still fine: the programme says activity.
    expect(withCode(check({ "1.A1": { type: "Mål", status: "Pågår" } }), "wrongVocabulary")).toEqual([]);
  });

  it("accepts the English label and a case difference", () => {
    expect(problems(check({ "1.A1": { type: "Activity" }, "1.M1": { type: "mål" } }))).toEqual([]);
  });
});

describe("notReported", () => {
  it("lists unreported rows per department, as info without sheet or cell", () => {
    const found = withCode(check({ "1.M1": { status: "I fas" }, "1.I1": { value: 180 } }), "notReported");
    expect(found).toEqual([
      expect.objectContaining({
        severity: "info",
        sheet: null,
        cell: null,
        rowId: null,
        params: { department: "KSF", count: 1, rows: "1.A1" },
      }),
      expect.objectContaining({ params: { department: "NBF", count: 3, rows: "1.A2, G1.M1, G1.I1" } }),
    ]);
  });

  it("counts a row as reported when its value is filled in, even wrongly, but never a status it cannot read", () => {
    const found = withCode(
      check({
        "1.M1": { status: "x" },
        "1.A1": { status: "Pågår" },
        "1.A2": { status: "Pågår" },
        "1.I1": { value: "ca 200" },
        "G1.M1": { status: "I fas" },
        "G1.I1": { value: 4 },
      }),
      "notReported"
    );
    expect(found.map((f) => f.params)).toEqual([{ count: 1, department: "KSF", rows: "1.M1" }]);
  });

  it("follows a department changed in the sheet", () => {
    const found = withCode(check({ "1.A1": { department: "NBF" } }), "notReported");
    expect(found.find((f) => f.params["department"] === "NBF")?.params["rows"]).toContain("1.A1");
    expect(found.find((f) => f.params["department"] === "KSF")?.params["rows"]).toBe("1.M1");
  });
});

describe("structural findings from the reader", () => {
  it("come first, unchanged", () => {
    const headerMissing: Finding = {
      severity: "error",
      code: "headerMissing",
      sheet: "Konstigt blad",
      cell: null,
      rowId: null,
      messageKey: "headerMissing",
      params: {},
    };
    const found = checkWorkbook(workbookRead(generatedSheets(programme), [headerMissing]), programme);
    expect(found[0]).toBe(headerMissing);
  });
});
