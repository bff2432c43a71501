/**
 * A department head's part, end to end in Chromium with the English UI (Office's display language
 * en-US): the workbook is generated through the pane first, then the head picks a department,
 * fills every row in "My rows" (an indicator typed with a Swedish decimal comma), saves, marks the
 * department as ready, and the Check screen shows the department complete and ready. Asserts on
 * the Excel test double's workbook; axe and a screenshot on every screen. The steps share one page.
 */
import type { Page } from "playwright-core";
import { ACTIVITY_STATUS, ASSESSMENT, defaultProgramme, readWorkbook, symbolOf, termByCode } from "../../src/core";
import type { ProgrammeRow } from "../../src/core";
import { READY_PREFIX } from "../../src/excel/addin-state";
import { screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { settingValue, workbookGrids, type DoublePage } from "./support/double-page";
import type { PaneSession } from "./support/pane";
import { expectPageHealthy } from "./support/page-health";
import type { Typed } from "./support/typed-row";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import { choose, exactly, expectAttribute, expectEnabled, openTab, panel, shows, textsFor } from "./support/ui";
import { changedCells, coreView, rowCell, rowsOf } from "./support/workbook-facts";

const suite = e2eSuite();
const t = textsFor("en");
const programme = defaultProgramme();
const YEAR = 2019;
/** A department with goals, activities and an indicator, small enough to fill in full. */
const DEPARTMENT = "HSF";

let session: PaneSession;
let page: Page;

async function screen(name: string): Promise<void> {
  await screenshot(page, `department-${name}`);
  await expectNoSeriousA11yViolations(page, `department ${name}`);
}

/** Every row filled: the first activity not started (with the comment it needs), an indicator as "3,75". */
function entriesFor(rows: readonly ProgrammeRow[]): Typed[] {
  let activities = 0;
  return rows.map((row): Typed => {
    if (row.type === "activity") {
      activities += 1;
      return activities === 1
        ? {
            row,
            status: termByCode(ACTIVITY_STATUS, "notStarted"),
            comment: "Postponed to 2020: the contractor withdrew.",
          }
        : { row, status: termByCode(ACTIVITY_STATUS, "done"), done: `Carried out in 2019 (${row.id}).` };
    }
    if (row.type === "goal") {
      return { row, status: termByCode(ASSESSMENT, "onTrack"), done: "Followed up in the annual safety walk." };
    }
    return { row, value: "3,75", valueNumber: 3.75, comment: "From the property register." };
  });
}

const department = programme.departments.find((d) => d.code === DEPARTMENT);
const typed = entriesFor(rowsOf(programme, DEPARTMENT));

test(
  "Set up (English): the workbook for 2019 is generated through the pane; tabs opened before it read it again when shown",
  async () => {
    session = await suite.open({ displayLanguage: "en-US" });
    page = session.page;
    await expectAttribute(page.getByRole("tab", { name: t("tab.setup"), exact: true }), "aria-selected", "true");
    // Opened before there is a workbook, My rows and Year-end say so ...
    const noWorkbook = /The open workbook is no follow-up workbook/;
    await openTab(page, t("tab.myRows"));
    await shows(panel(page), noWorkbook);
    await openTab(page, t("tab.yearEnd"));
    await shows(panel(page), noWorkbook);
    await openTab(page, t("tab.setup"));
    await choose(page, page, t("setup.year.label"), exactly(String(YEAR)));
    await page.getByRole("button", { name: t("setup.generate"), exact: true }).click();
    await shows(page, t("setup.generated", { year: YEAR }));
    // ... and once it is generated, each reads it again when shown: no stale "no follow-up workbook".
    await openTab(page, t("tab.yearEnd"));
    await shows(panel(page), t("yearEnd.close.button"));
    expect(await panel(page).getByText(noWorkbook).count()).toBe(0);
    await openTab(page, t("tab.myRows"));
    await panel(page)
      .getByRole("combobox", { name: t("myRows.department.label"), exact: true })
      .waitFor();
    expect(await panel(page).getByText(noWorkbook).count()).toBe(0);
    await openTab(page, t("tab.setup"));
    await screen("01-setup-generated");
    expect(readWorkbook(await workbookGrids(page)).meta?.year).toBe(YEAR);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

test(
  "My rows (English): a department head fills every row, saves and marks the department as ready",
  async () => {
    if (department === undefined) throw new Error(`The bundled programme has no ${DEPARTMENT}.`);
    expect(new Set(typed.map((e) => e.row.type))).toEqual(new Set(["goal", "activity", "indicator"]));

    await openTab(page, t("tab.myRows"));
    await choose(panel(page), page, t("myRows.department.label"), exactly(`${department.code} – ${department.name}`));
    for (const e of typed) await panel(page).getByRole("group", { name: e.row.id, exact: true }).waitFor();
    // Nothing filled yet: the department cannot be marked ready, and the pane says which rows are missing.
    const ready = panel(page).getByRole("button", { name: t("myRows.markReady"), exact: true });
    await expectEnabled(ready, false);
    await shows(
      panel(page),
      t("myRows.ready.missing", { count: typed.length, rows: typed.map((e) => e.row.id).join(", ") })
    );
    await screen("02-my-rows");
    const before = await workbookGrids(page);
    const readBefore = readWorkbook(before);

    for (const e of typed) {
      const card = panel(page).getByRole("group", { name: e.row.id, exact: true });
      if (e.status !== undefined) {
        const label = t(e.row.type === "goal" ? "myRows.field.assessment" : "myRows.field.status");
        await choose(card, page, label, exactly(`${symbolOf(e.status)} ${e.status.en}`));
      }
      if (e.value !== undefined) {
        const unit = e.row.indicator?.unit ?? "";
        await card.getByRole("textbox", { name: t("myRows.field.value", { unit }), exact: true }).fill(e.value);
      }
      if (e.done !== undefined)
        await card.getByRole("textbox", { name: t("myRows.field.done"), exact: true }).fill(e.done);
      if (e.comment !== undefined) {
        await card.getByRole("textbox", { name: t("myRows.field.comment"), exact: true }).fill(e.comment);
      }
    }
    // Filled but not saved: still not ready.
    await shows(panel(page), t("myRows.ready.unsaved"));
    await expectEnabled(ready, false);
    await screen("03-my-rows-filled");

    await panel(page)
      .getByRole("button", { name: t("myRows.save"), exact: true })
      .click();
    await shows(panel(page), t("myRows.saved", { count: typed.length }));
    await expectEnabled(ready, true);
    await ready.click();
    await shows(panel(page), t("myRows.markedReady", { department: DEPARTMENT }));
    const date = await settingValue(page, `${READY_PREFIX}${DEPARTMENT}`);
    expect(String(date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await shows(panel(page), t("myRows.readySince", { date: String(date) }));
    await screen("04-my-rows-ready");

    // The sheet holds the Swedish labels (the workbook is Swedish whatever the UI language), the
    // indicator as the number 3.75, and nothing but the typed cells and their rows' "last changed" changed.
    const after = await workbookGrids(page);
    const expected: Record<string, unknown> = {};
    const stamps = new Set<string>();
    for (const e of typed) {
      const at = (key: "status" | "done" | "comment" | "value" | "changed"): string => {
        const c = rowCell(readBefore, e.row.id, key);
        return `${c.sheet}!${c.address}`;
      };
      if (e.status !== undefined) expected[at("status")] = e.status.sv;
      if (e.done !== undefined) expected[at("done")] = e.done;
      if (e.comment !== undefined) expected[at("comment")] = e.comment;
      if (e.valueNumber !== undefined) expected[at("value")] = e.valueNumber;
      stamps.add(at("changed"));
    }
    const changes = changedCells(before, after);
    expect(
      Object.fromEntries(
        changes.filter((c) => !stamps.has(`${c.sheet}!${c.address}`)).map((c) => [`${c.sheet}!${c.address}`, c.after])
      )
    ).toEqual(expected);
    expect(changes.filter((c) => stamps.has(`${c.sheet}!${c.address}`)).length).toBe(stamps.size);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

test(
  "Check (English): the department is complete and ready; the other screens pass axe",
  async () => {
    if (department === undefined) throw new Error(`The bundled programme has no ${DEPARTMENT}.`);
    const view = coreView(await workbookGrids(page), programme, YEAR);
    expect(view.summary.departments.find((p) => p.department === DEPARTMENT)).toMatchObject({
      owned: typed.length,
      filled: typed.length,
    });
    // No problem left about the department's rows, and none at all but other departments' unreported rows.
    const ids = new Set(typed.map((e) => e.row.id));
    expect(view.findings.filter((f) => f.params.department === DEPARTMENT || ids.has(f.rowId ?? ""))).toEqual([]);
    expect(view.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const date = String(await settingValue(page, `${READY_PREFIX}${DEPARTMENT}`));

    await openTab(page, t("tab.check"));
    const item = panel(page)
      .getByRole("listitem")
      .filter({ hasText: `${department.code} – ${department.name}` });
    await item.getByText(t("check.progress.rows", { filled: typed.length, owned: typed.length })).waitFor();
    await item.getByText(t("check.progress.ready", { date })).waitFor();
    // Only this department is ready.
    await expect(panel(page).getByText(t("check.progress.ready", { date })).count()).resolves.toBe(1);
    await shows(panel(page), t("check.none"));
    await screen("05-check");

    // Someone types a status no vocabulary knows straight into the sheet: the open tab says the
    // workbook changed (it reads nothing by itself), and reads it again when asked.
    const first = typed[0];
    if (first === undefined) throw new Error("a typed row");
    const cell = rowCell(
      readWorkbook(await workbookGrids(page)),
      first.row.id,
      first.row.type === "indicator" ? "comment" : "status"
    );
    await page.evaluate(({ sheet, address }) => {
      const wb = (globalThis as unknown as DoublePage).excelDouble.workbook;
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (m === null) throw new Error(address);
      const column = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      wb.writeInput(wb.sheet(sheet), Number(m[2]) - 1, column, { kind: "constant", value: "Nästan klar" });
    }, cell);
    const reload = panel(page).getByRole("button", { name: t("app.changed.reload"), exact: true });
    await reload.waitFor();
    await expect(panel(page).getByText(t("check.none")).count()).resolves.toBe(1);
    await reload.click();
    await shows(panel(page), /Nästan klar/);
    await expect(reload.count()).resolves.toBe(0);
    await screen("05b-check-after-edit");

    await openTab(page, t("tab.summary"));
    await panel(page)
      .getByRole("button", { name: t("summary.write"), exact: true })
      .waitFor();
    await screen("06-summary");
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);
