/**
 * Office errors become the project's own AddinError, with what happened and what to do in the
 * user's language (Office's display language); cell-edit mode is waited out (delayForCellEdit).
 */
import { defaultProgramme } from "../../src/core";
import { AddinError, OFFICE_ERRORS, fromOfficeCode, ownError, toAddinError } from "../../src/excel/errors";
import { officeLang } from "../../src/excel/lang";
import type { AddinErrorCode } from "../../src/excel/service";
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
    const sv = fromOfficeCode(office, "sv");
    const en = fromOfficeCode(office, "en");
    expect([sv.code, en.code, sv.officeCode]).toEqual([code, code, office]);
    for (const e of [sv, en]) {
      expect(e.message.length).toBeGreaterThan(20);
      expect(e.action.length).toBeGreaterThan(10);
    }
    expect(sv.message).not.toBe(en.message);
    expect(sv.action).not.toBe(en.action);
  });

  test("every entry of the table has both languages", () => {
    for (const [office, entry] of Object.entries(OFFICE_ERRORS)) {
      expect([office, entry.text.sv.message !== "", entry.text.en.message !== ""]).toEqual([office, true, true]);
    }
  });

  test("a code the table does not know keeps its code in the message", () => {
    const e = fromOfficeCode("SomethingNew", "en");
    expect([e.code, e.message.includes("SomethingNew")]).toEqual(["unknown", true]);
  });

  test("our own errors pass through; anything else is unknown with its text", () => {
    const own = ownError("workbookClosed", "sv", { year: 2019 });
    expect(toAddinError(own, "en")).toBe(own);
    expect(own.message).toContain("2019");
    const other = toAddinError(new TypeError("x is undefined"), "en");
    expect([other.code, other.message.includes("x is undefined")]).toEqual(["unknown", true]);
  });
});

describe("errors from the double", () => {
  test("a sheet that does not exist is itemNotFound, in Swedish for sv-SE and English for en-US", async () => {
    installDouble({ displayLanguage: "sv-SE" });
    const sv = await service({ lang: officeLang })
      .selectCell("Finns inte", "A1")
      .catch((e: unknown) => e);
    expect(sv).toBeInstanceOf(AddinError);
    expect(sv).toMatchObject({ code: "itemNotFound", message: expect.stringContaining("finns inte") });
  });

  test("English display language, English message", async () => {
    installDouble({ displayLanguage: "en-US" });
    const en = await service({ lang: officeLang })
      .selectCell("Missing", "A1")
      .catch((e: unknown) => e);
    expect(en).toMatchObject({ code: "itemNotFound", message: expect.stringContaining("does not exist") });
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
    expect((error as AddinError).officeCode).not.toBeNull();
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
    expect(toAddinError(raw, "en").code).toBe("cellEditMode");
    double.exitCellEditMode();
  });
});
