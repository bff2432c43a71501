/**
 * Department copies by e-mail, end to end in Chromium with the Swedish UI and the Excel test
 * double: the 2019 workbook is generated; "Skicka ut till förvaltningarna" makes the copies and
 * one is downloaded (a real download); the department fills it in with openpyxl, as another
 * program would, while the coordinator types a comment into the same cell of the workbook; the
 * copy is chosen in the file dialog ("Hämta in kopior"), read in the browser, merged; the conflict
 * shows both values and is decided for the copy. The double's cells then hold the department's
 * entries and nothing else changed. axe and a screenshot on every screen.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { defaultProgramme, enteredValues, readWorkbook } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { fillWithOpenpyxl } from "../support/openpyxl-fill";
import { artifactPath, screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { typeInCell, workbookGrids } from "./support/double-page";
import type { PaneSession } from "./support/pane";
import { expectPageHealthy } from "./support/page-health";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import { choose, exactly, shows, panel, textsFor } from "./support/ui";
import { changedCells, rowCell } from "./support/workbook-facts";

const suite = e2eSuite();
const t = textsFor("sv");
const programme = defaultProgramme();
const YEAR = 2019;

let session: PaneSession;
let page: Page;

async function screen(name: string): Promise<void> {
  await screenshot(page, `copies-${name}`);
  await expectNoSeriousA11yViolations(page, `copies ${name}`);
}

test(
  "Skicka ut, fyll i kopian, Hämta in: the department's entries reach the workbook, the conflict decided in the pane",
  async () => {
    session = await suite.open({ displayLanguage: "sv-SE" });
    page = session.page;
    await choose(page, page, t("setup.year.label"), exactly(String(YEAR)));
    await page.getByRole("button", { name: t("setup.generate"), exact: true }).click();
    await shows(page, t("setup.generated", { year: YEAR }));

    await panel(page)
      .getByRole("button", { name: t("copies.split"), exact: true })
      .click();
    const withRows = programme.departments.filter((d) =>
      programme.areas.some((a) => a.rows.some((r) => r.department === d.code))
    );
    await shows(panel(page), t("copies.split.done", { count: withRows.length, year: YEAR }));
    await screen("01-sent-out");
    const fileName = `Uppföljning ${YEAR} – KSF.xlsx`;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel(page)
        .getByRole("button", { name: t("copies.split.download", { file: fileName }), exact: true })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    const copyPath = artifactPath("copies-ksf.xlsx");
    await download.saveAs(copyPath);

    await fillWithOpenpyxl(copyPath, {
      "1.M1": { "Status/bedömning": "I fas", "Kommentar/analys": "KSF:s kommentar" },
      "1.A1": { "Status/bedömning": "Pågår", "Genomfört under året": "Medborgarlöften ses över" },
    });
    // Meanwhile the coordinator writes in the same cell of the workbook.
    const before = readWorkbook(await workbookGrids(page));
    const comment = rowCell(before, "1.M1", "comment");
    await typeInCell(page, comment.sheet, comment.address, "Samordnarens kommentar");
    const typed = await workbookGrids(page);

    await page.getByTestId("copies-input").setInputFiles(copyPath);
    const conflicts = page.getByTestId("merge-conflicts");
    await conflicts.waitFor({ timeout: 30_000 });
    await shows(panel(page), t("copies.merge.done", { cells: 3, count: 1 }));
    await shows(
      conflicts,
      t("copies.conflicts.where", {
        sheet: comment.sheet,
        cell: comment.address,
        rowId: "1.M1",
        column: "Kommentar/analys",
      })
    );
    await screen("02-conflict");
    let values = enteredValues(readWorkbook(await workbookGrids(page)));
    expect(values.get("1.M1")?.comment).toBe("Samordnarens kommentar");
    expect(values.get("1.M1")?.status).toBe("I fas");
    expect(values.get("1.A1")?.done).toBe("Medborgarlöften ses över");

    await conflicts
      .getByRole("radio", {
        name: t("copies.conflicts.take", { copy: "copies-ksf.xlsx", value: "\u201dKSF:s kommentar\u201d" }),
        exact: true,
      })
      .check();
    await conflicts.getByRole("button", { name: t("copies.conflicts.apply"), exact: true }).click();
    await shows(panel(page), t("copies.conflicts.decided", { count: 1 }));
    await conflicts.waitFor({ state: "detached" });
    await screen("03-decided");

    const after = await workbookGrids(page);
    values = enteredValues(readWorkbook(after));
    expect(values.get("1.M1")?.comment).toBe("KSF:s kommentar");
    // Of what people type, only the department's cells changed: status and comment of 1.M1,
    // status and done of 1.A1 (the summary's formulas count them, as they should).
    const areaSheets = new Set(before.areaSheets.map((a) => a.sheet));
    const changed = changedCells(typed, after)
      .filter((c) => areaSheets.has(c.sheet))
      .map((c) => `${c.sheet}!${c.address}`);
    const expected = [
      rowCell(before, "1.M1", "status"),
      rowCell(before, "1.M1", "comment"),
      rowCell(before, "1.A1", "status"),
      rowCell(before, "1.A1", "done"),
    ].map((c) => `${c.sheet}!${c.address}`);
    expect(changed.sort()).toEqual(expected.sort());
    // The copy the pane made is a real workbook for the reader.
    expect((await readXlsx(readFileSync(copyPath))).length).toBeGreaterThan(3);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);
