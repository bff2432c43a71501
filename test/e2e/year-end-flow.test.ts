/**
 * Report and year-end, end to end in Chromium with the Swedish UI and the Excel test double: the
 * workbook for 2019 is generated and one department's rows are filled through the pane; then from
 * "Årsskifte" the committee report is exported (a real download: a .docx whose word/document.xml
 * names every area), the print-ready summary opens as a new workbook (Excel.createWorkbook), the
 * year is closed after the warning listing what is missing (afterwards no sheet of the double has
 * a cell left to type in, and "Mina rader" shows the rows read-only with why, no Save), and
 * next year's workbook is created: opened as a new workbook, and downloadable, holding 2019's
 * entries in its "förra året" columns. axe and a screenshot on every screen. Steps share one page.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import type { Download, Page } from "playwright-core";
import { ACTIVITY_STATUS, defaultProgramme, readWorkbook, symbolOf, termByCode } from "../../src/core";
import type { ProgrammeRow } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { cellOf } from "../core/rollover/rollover-fixture";
import { artifactPath, screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { workbookGrids, type DoublePage } from "./support/double-page";
import type { PaneSession } from "./support/pane";
import { expectPageHealthy } from "./support/page-health";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import { choose, exactly, expectAttribute, expectEnabled, openTab, panel, shows, textsFor } from "./support/ui";
import { rowsOf } from "./support/workbook-facts";

const suite = e2eSuite();
const t = textsFor("sv");
const programme = defaultProgramme();
const YEAR = 2019;
const DEPARTMENT = "HSF";

let session: PaneSession;
let page: Page;

async function screen(name: string): Promise<void> {
  await screenshot(page, `year-end-${name}`);
  await expectNoSeriousA11yViolations(page, `year-end ${name}`);
}

const rows = rowsOf(programme, DEPARTMENT);
const activities = rows.filter((r) => r.type === "activity").slice(0, 2);
const doneTerm = termByCode(ACTIVITY_STATUS, "done");
const doneText = (row: ProgrammeRow): string => `Genomfört 2019 (${row.id}).`;

function createdWorkbooks(): Promise<string[]> {
  return page.evaluate(() => [...(globalThis as unknown as DoublePage).excelDouble.createdWorkbooks]);
}

/** Cells a user could type in: every cell of an unprotected sheet's used area, or an unlocked one of a protected sheet. */
function typeableCells(): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const sheet of (globalThis as unknown as DoublePage).excelDouble.workbook.sheets) {
      if (sheet.deleted) continue;
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
  });
}

async function downloadBytes(download: Download, keepAs: string): Promise<Buffer> {
  await download.saveAs(artifactPath(keepAs));
  return readFileSync(artifactPath(keepAs));
}

test(
  "Konfigurera and Mina rader: the 2019 workbook is generated and a department reports two activities",
  async () => {
    expect(activities.length).toBe(2);
    session = await suite.open({ displayLanguage: "sv-SE" });
    page = session.page;
    await expectAttribute(page.getByRole("tab", { name: t("tab.setup"), exact: true }), "aria-selected", "true");
    await choose(page, page, t("setup.year.label"), exactly(String(YEAR)));
    await page.getByRole("button", { name: t("setup.generate"), exact: true }).click();
    await shows(page, t("setup.generated", { year: YEAR }));

    const department = programme.departments.find((d) => d.code === DEPARTMENT);
    if (department === undefined) throw new Error(`The bundled programme has no ${DEPARTMENT}.`);
    await openTab(page, t("tab.myRows"));
    await choose(panel(page), page, t("myRows.department.label"), exactly(`${department.code} – ${department.name}`));
    for (const row of activities) {
      const card = panel(page).getByRole("group", { name: row.id, exact: true });
      await choose(card, page, t("myRows.field.status"), exactly(`${symbolOf(doneTerm)} ${doneTerm.sv}`));
      await card.getByRole("textbox", { name: t("myRows.field.done"), exact: true }).fill(doneText(row));
    }
    await panel(page)
      .getByRole("button", { name: t("myRows.save"), exact: true })
      .click();
    await shows(panel(page), t("myRows.saved", { count: activities.length }));
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

test(
  "Årsskifte: the report is downloaded as .docx naming every area; the summary opens as a new workbook",
  async () => {
    await openTab(page, t("tab.yearEnd"));
    await shows(panel(page), t("yearEnd.yearLine", { year: YEAR }));
    await screen("01-screen");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel(page)
        .getByRole("button", { name: t("yearEnd.report.export"), exact: true })
        .click(),
    ]);
    const docx = await downloadBytes(download, "year-end-report.docx");
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    const xml = (await (await JSZip.loadAsync(docx)).file("word/document.xml")?.async("string")) ?? "";
    for (const area of programme.areas) {
      expect(xml).toContain(area.name.text.replace(/&/g, "&amp;"));
    }
    await shows(panel(page), t("yearEnd.file.downloaded", { file: download.suggestedFilename() }));
    await screen("02-report-exported");

    await panel(page)
      .getByRole("button", { name: t("yearEnd.summary.open"), exact: true })
      .click();
    await shows(panel(page), t("yearEnd.summary.opened"));
    const created = await createdWorkbooks();
    expect(created).toHaveLength(1);
    const summaryText = JSON.stringify(await readXlsx(Buffer.from(created[0] ?? "", "base64")));
    for (const area of programme.areas) expect(summaryText).toContain(area.name.text);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

test(
  "Stäng året: the warning lists what is missing; afterwards nothing can be typed, and Mina rader is read-only with why",
  async () => {
    expect((await typeableCells()).length).toBeGreaterThan(0);
    await panel(page)
      .getByRole("button", { name: t("yearEnd.close.button"), exact: true })
      .click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    // Other departments have reported nothing: they are listed.
    const other = programme.departments.find((d) => d.code !== DEPARTMENT && rowsOf(programme, d.code).length > 0);
    await shows(dialog, new RegExp(`^${other?.code ?? "?"}: `));
    await screen("03-close-warning");
    // The default is to cancel: Cancel has the focus, so Enter closes nothing.
    const cancel = dialog.getByRole("button", { name: t("yearEnd.close.cancel"), exact: true });
    await page.waitForFunction((label) => document.activeElement?.textContent === label, t("yearEnd.close.cancel"));
    expect(await cancel.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await panel(page)
      .getByRole("button", { name: t("yearEnd.close.button"), exact: true })
      .click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: t("yearEnd.close.confirmAnyway"), exact: true }).click();
    await shows(panel(page), t("yearEnd.close.done", { year: YEAR }));
    // The dialog has gone, and with it the aria-hidden a modal puts on the rest of the page.
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.querySelector("[aria-hidden='true']#container") === null);
    await shows(panel(page), t("yearEnd.closedLine", { year: YEAR }));
    expect(readWorkbook(await workbookGrids(page)).meta?.closed).toBe(true);
    expect(await typeableCells()).toEqual([]);
    await screen("04-closed");

    await openTab(page, t("tab.myRows"));
    const first = activities[0];
    if (first === undefined) throw new Error("no activity");
    // Mina rader, visited before the close, reads the workbook again when shown: the year is
    // shown read-only with why, and there is no Save that Excel would refuse.
    await shows(panel(page), t("myRows.closed", { year: YEAR }));
    const card = panel(page).getByRole("group", { name: first.id, exact: true });
    expect(await card.getByRole("textbox", { name: t("myRows.field.comment"), exact: true }).isDisabled()).toBe(true);
    expect(
      await panel(page)
        .getByRole("button", { name: t("myRows.save"), exact: true })
        .count()
    ).toBe(0);
    await screen("05-closed-read-only");
    expect(session.pageErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  },
  FLOW_TIMEOUT_MS
);

test(
  "Skapa nästa års arbetsbok: 2020's workbook opens as a new workbook and downloads, with 2019's entries as last year's",
  async () => {
    await openTab(page, t("tab.yearEnd"));
    const button = panel(page).getByRole("button", {
      name: t("yearEnd.rollover.button", { year: YEAR + 1 }),
      exact: true,
    });
    await expectEnabled(button, true);
    await button.click();
    await shows(panel(page), new RegExp(t("yearEnd.rollover.opened").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    const created = await createdWorkbooks();
    expect(created).toHaveLength(2);
    const fileName = `Uppföljning ${YEAR + 1}.xlsx`;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel(page)
        .getByRole("button", { name: t("yearEnd.file.download", { file: fileName }), exact: true })
        .click(),
    ]);
    const downloaded = await downloadBytes(download, "year-end-next-year.xlsx");
    const opened = Buffer.from(created[1] ?? "", "base64");
    expect(downloaded.equals(opened)).toBe(true);

    const next = readWorkbook(await readXlsx(opened));
    expect(next.meta).toMatchObject({ year: YEAR + 1, closed: false });
    for (const row of activities) {
      expect(cellOf(next, row.id, "lastStatus")).toBe(doneTerm.sv);
      expect(cellOf(next, row.id, "lastDone")).toBe(doneText(row));
    }
    await screen("06-next-year");
    expect(session.pageErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  },
  FLOW_TIMEOUT_MS
);

test(
  "Öppna året igen: with a reason the year opens again, Mina rader is editable and saves, the reason is on the summary",
  async () => {
    await openTab(page, t("tab.yearEnd"));
    const reason = "Rättelse av HSF:s rader efter nämndens fråga";
    await panel(page)
      .getByRole("textbox", { name: t("yearEnd.reopen.reason") })
      .fill(reason);
    await panel(page)
      .getByRole("button", { name: t("yearEnd.reopen.button"), exact: true })
      .click();
    await shows(
      panel(page),
      new RegExp(`^${t("yearEnd.reopen.done", { year: YEAR, day: "\\d{4}-\\d{2}-\\d{2}" }).replace(/[()]/g, "\\$&")}$`)
    );
    const grids = await workbookGrids(page);
    const read = readWorkbook(grids);
    expect(read.meta?.closed).toBe(false);
    expect(read.reopenings?.map((r) => r.reason)).toEqual([reason]);
    const summaryTexts = grids.find((g) => g.name === "Sammanfattning")?.cells.flat() ?? [];
    expect(
      summaryTexts.some(
        (c) => typeof c === "string" && c.endsWith(`öppnades igen ${read.reopenings?.[0]?.day ?? "?"}: ${reason}`)
      )
    ).toBe(true);
    expect((await typeableCells()).length).toBeGreaterThan(0);
    await screen("07-reopened");

    await openTab(page, t("tab.myRows"));
    const first = activities[0];
    if (first === undefined) throw new Error("no activity");
    const card = panel(page).getByRole("group", { name: first.id, exact: true });
    await card
      .getByRole("textbox", { name: t("myRows.field.comment"), exact: true })
      .fill("Rättat efter att året öppnades igen.");
    await panel(page)
      .getByRole("button", { name: t("myRows.save"), exact: true })
      .click();
    await shows(panel(page), t("myRows.saved", { count: 1 }));
    expect(session.pageErrors).toEqual([]);
  },
  FLOW_TIMEOUT_MS
);
