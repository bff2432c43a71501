/**
 * Office errors become the project's own AddinError, a code and a reason; the task pane words it
 * (what happened and what to do) in the user's language; cell-edit mode is waited out
 * (delayForCellEdit).
 */
import { defaultProgramme } from "../../src/core";
import { AddinError, fromOfficeCode, ownError, toAddinError } from "../../src/excel/errors";
import { officeLang } from "../../src/excel/lang";
import { renderAddinError, WORDED_OFFICE_CODES } from "../../src/taskpane/i18n/error-texts";
import type { AddinErrorCode, AddinErrorReason } from "../../src/app/service";
import { installDouble, officeError } from "../excel-double/test-helpers";
import { YEAR, service } from "./helpers";

// What each Office.js error code means to a user of the add-in (learn.microsoft.com excel.errorcodes).
const MEANING: readonly [string, AddinErrorCode][] = [
  ["AccessDenied", "accessDenied"],
  ["ItemNotFound", "itemNotFound"],
  ["ItemAlreadyExists", "conflict"],
  ["InvalidOperationInCellEditMode", "cellEditMode"],
  ["InvalidArgument", "invalidArgument"],
  ["InvalidOperation", "invalidArgument"],
  ["RequestPayloadSizeLimitExceeded", "payloadTooLarge"],
  ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge"],
  ["RangeExceedsLimit", "payloadTooLarge"],
  ["NotImplemented", "notImplemented"],
  ["UnsupportedOperation", "notImplemented"],
  ["ApiNotFound", "notSupported"],
  ["Conflict", "conflict"],
  ["InsertDeleteConflict", "conflict"],
  ["ActivityLimitReached", "busy"],
  ["GeneralException", "unknown"],
];

describe("the error table", () => {
  test.each(MEANING)("%s is %s, with a message and an action in Swedish and English", (office, code) => {
    const error = fromOfficeCode(office);
    expect([error.code, error.officeCode]).toEqual([code, office]);
    const sv = renderAddinError(error, "sv");
    const en = renderAddinError(error, "en");
    for (const e of [sv, en]) {
      expect(e.message.length).toBeGreaterThan(20);
      expect(e.action.length).toBeGreaterThan(10);
    }
    expect(sv.message).not.toBe(en.message);
    expect(sv.action).not.toBe(en.action);
  });

  test("every entry of the table has both languages", () => {
    for (const office of WORDED_OFFICE_CODES) {
      const error = fromOfficeCode(office);
      const words = [renderAddinError(error, "sv").message, renderAddinError(error, "en").message];
      expect([office, words[0] !== "", words[1] !== "", words[0] !== words[1]]).toEqual([office, true, true, true]);
    }
  });

  test("a code the table does not know keeps its code in the message", () => {
    const e = fromOfficeCode("SomethingNew");
    expect([e.code, renderAddinError(e, "en").message.includes("SomethingNew")]).toEqual(["unknown", true]);
  });

  test("our own errors pass through; anything else is unknown with its text", () => {
    const own = ownError({ kind: "workbookClosed", year: 2019 });
    expect(toAddinError(own)).toBe(own);
    expect(renderAddinError(own, "sv").message).toContain("2019");
    const other = toAddinError(new TypeError("x is undefined"));
    expect([other.code, renderAddinError(other, "en").message.includes("x is undefined")]).toEqual(["unknown", true]);
  });
});

describe("the task pane's words for the adapter's own refusals", () => {
  // One reason of every kind; a kind added to AddinErrorReason and not here fails to compile.
  const breach = { limit: "rows" as const, where: "1 Trygghet!A2000000", max: 100_000 };
  const risk = {
    code: "headerMissing" as const,
    severity: "error" as const,
    sheet: "1 Trygghet",
    cell: "F7",
    rowId: null,
    messageKey: "headerMissing",
    params: {},
  };
  const REASONS: { readonly [K in AddinErrorReason["kind"]]: Extract<AddinErrorReason, { kind: K }> } = {
    office: { kind: "office", officeCode: "AccessDenied", canonicalCode: "AccessDenied" },
    workbookClosed: { kind: "workbookClosed", year: 2019 },
    workbookIsCopy: { kind: "workbookIsCopy", department: "KSF" },
    noDepartmentRows: { kind: "noDepartmentRows" },
    reasonMissing: { kind: "reasonMissing" },
    entriesAtRisk: { kind: "entriesAtRisk", risks: [risk] },
    copyEntriesAtRisk: { kind: "copyEntriesAtRisk", copy: "Uppföljning 2019 – KSF.xlsx", risks: [risk] },
    keptContentAtRisk: {
      kind: "keptContentAtRisk",
      problems: [{ reason: "noRowToFollow" as const, sheet: "1 Trygghet", cell: "T10", params: { rowId: "1.A1" } }],
    },
    notAFollowupWorkbook: { kind: "notAFollowupWorkbook", sheet: "Data" },
    alreadyAFollowupWorkbook: { kind: "alreadyAFollowupWorkbook", year: null },
    sheetExists: { kind: "sheetExists", sheet: "Sammanfattning" },
    nameExists: { kind: "nameExists", name: "Uppföljning" },
    sheetMissing: { kind: "sheetMissing", sheet: "Saknas" },
    sheetPasswordProtected: { kind: "sheetPasswordProtected", sheets: ["1 Trygghet"] },
    rowsMissing: { kind: "rowsMissing", rows: ["9.A99", "9.A98"] },
    departmentUnknown: { kind: "departmentUnknown", department: "XYZ" },
    excelTooOld: { kind: "excelTooOld" },
    tableMissing: { kind: "tableMissing", sheet: "1 Trygghet" },
    programmeInvalid: { kind: "programmeInvalid", problems: ["areas: minst ett område"] },
    limitExceeded: { kind: "limitExceeded", breach },
    unexpected: { kind: "unexpected", detail: "the network went down" },
  };

  test.each(Object.values(REASONS))("$kind is worded in Swedish and English with every value filled in", (reason) => {
    const error = reason.kind === "office" ? fromOfficeCode(reason.officeCode) : ownError(reason);
    const sv = renderAddinError(error, "sv");
    const en = renderAddinError(error, "en");
    for (const text of [sv.message, sv.action, en.message, en.action]) {
      expect(text).not.toMatch(/\{\w+\}|undefined|\[object/);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(sv.message).not.toBe(en.message);
  });

  test("the values a refusal names are in its message", () => {
    expect(renderAddinError(ownError(REASONS.rowsMissing), "en").message).toContain("9.A99, 9.A98");
    expect(renderAddinError(ownError(REASONS.sheetMissing), "sv").message).toContain("Saknas");
    expect(renderAddinError(ownError(REASONS.entriesAtRisk), "sv").message).toContain("1 Trygghet!F7");
    expect(renderAddinError(ownError({ kind: "alreadyAFollowupWorkbook", year: 2020 }), "sv").message).toContain(
      "(för 2020)"
    );
  });
});

describe("errors from the double", () => {
  test("a sheet that does not exist is itemNotFound, in Swedish for sv-SE and English for en-US", async () => {
    installDouble({ displayLanguage: "sv-SE" });
    const sv = await service({ lang: officeLang })
      .selectCell("Finns inte", "A1")
      .catch((e: unknown) => e);
    expect(sv).toBeInstanceOf(AddinError);
    expect(sv).toMatchObject({ code: "itemNotFound" });
    expect(renderAddinError(sv as AddinError, officeLang()).message).toContain("finns inte");
  });

  test("English display language, English message", async () => {
    installDouble({ displayLanguage: "en-US" });
    const en = await service({ lang: officeLang })
      .selectCell("Missing", "A1")
      .catch((e: unknown) => e);
    expect(en).toMatchObject({ code: "itemNotFound" });
    expect(renderAddinError(en as AddinError, officeLang()).message).toContain("does not exist");
  });

  test("Excel older than ExcelApi 1.9 is refused before anything runs", async () => {
    const double = installDouble({ excelApiVersion: "1.8" });
    await expect(service().readMeta()).rejects.toMatchObject({ code: "notSupported" });
    expect(double.runs).toHaveLength(0);
  });

  test("a run that fails half-way leaves events on and says so as an AddinError", async () => {
    const double = installDouble();
    const programme = defaultProgramme();
    await service().generate(programme, YEAR);
    const area = programme.areas[0];
    const row = area?.rows[1];
    if (area === undefined || row === undefined) throw new Error("no row");
    // Protected with a password the add-in does not know: unprotecting fails.
    double.workbook.sheet(area.sheetName).protection.password = "hemligt";
    const error = await service()
      .saveRows([{ rowId: row.id, status: "Pågår" }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    // Said as what it is: a password on that sheet, not "Excel did not accept a value".
    expect((error as AddinError).reason).toEqual({ kind: "sheetPasswordProtected", sheets: [area.sheetName] });
    expect(renderAddinError(error as AddinError, "sv").message).toContain(`"${area.sheetName}"`);
    expect(renderAddinError(error as AddinError, "sv").message).toContain("lösenord");
    expect(double.workbook.runtime.enableEvents).toBe(true);
  });
});

describe("cell-edit mode", () => {
  test("a use case waits while the user types in a cell, then runs", async () => {
    const double = installDouble();
    await service().generate(defaultProgramme(), YEAR);
    double.enterCellEditMode();
    let done = false;
    const reading = service()
      .readMeta()
      .then((meta) => {
        done = true;
        return meta;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    double.exitCellEditMode();
    expect(await reading).toMatchObject({ year: YEAR });
    expect(double.runs.at(-1)?.delayForCellEdit).toBe(true);
  });

  test("without delayForCellEdit Excel fails the batch; the adapter calls that cellEditMode", async () => {
    const double = installDouble();
    double.enterCellEditMode();
    const raw = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.load("items/name");
        await context.sync();
      })
    );
    expect(toAddinError(raw).code).toBe("cellEditMode");
    double.exitCellEditMode();
  });
});
