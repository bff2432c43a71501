/**
 * The coordinator's year, end to end in Chromium with the Swedish UI: the production task pane,
 * served from localhost, with the Excel test double in place of office.js. Set up → generate →
 * a department fills its rows in "Mina rader" → "Kontroll" → "Sammanfattning" → the workbook
 * saved as .xlsx and read back. Each step asserts on the double's workbook (what Excel would
 * hold) against the core's own reading of it, runs axe, and keeps a screenshot in
 * test-artifacts/e2e/. The steps share one page, in order: each builds on the one before.
 */
import { writeFile } from "fs/promises";
import type { Page } from "playwright-core";
import {
  ACTIVITY_STATUS,
  AREA_COLUMNS,
  areaTableName,
  ASSESSMENT,
  buildWorkbookPlan,
  checkWorkbook,
  collectEntries,
  DATA_SHEET,
  defaultProgramme,
  displayValue,
  OVERALL_LABEL,
  readWorkbook,
  renderFinding,
  SUMMARY_COLUMNS,
  SUMMARY_SHEET,
  SUMMARY_TABLE_HEADER_ROW,
  symbolOf,
  termByCode,
} from "../../src/core";
import type { ProgrammeRow, SheetGrid, Term } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { saveDoubleAsXlsx } from "../excel-double/save-xlsx";
import { artifactPath, screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import {
  cellFacts,
  selection,
  sheetFacts,
  tableFacts,
  typeInCell,
  workbookFromPage,
  workbookGrids,
  type DoublePage,
} from "./support/double-page";
import type { PaneSession } from "./support/pane";
import { expectPageHealthy } from "./support/page-health";
import type { Typed } from "./support/typed-row";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import {
  choose,
  exactly,
  expectAttribute,
  expectEnabled,
  openTab,
  panel,
  progressSeenDuring,
  shows,
  textsFor,
} from "./support/ui";
import {
  cellIndex,
  changedCells,
  coreView,
  listSourceValues,
  rowCell,
  rowsOf,
  summaryTableCell,
} from "./support/workbook-facts";

const suite = e2eSuite();
const t = textsFor("sv");
const programme = defaultProgramme();
const YEAR = 2019;
/** The department that fills its rows: it has goals, activities and an indicator. */
const DEPARTMENT = "BUF";
const OVERALL_TEXT =
  "Arbetet med programmet går i stort enligt plan 2019. Samverkan med polisen har stärkts, medan några aktiviteter inom skolan är försenade.";

let session: PaneSession;
let page: Page;

/** A screenshot and an axe run of what the pane shows now. */
async function screen(name: string): Promise<void> {
  await screenshot(page, `coordinator-${name}`);
  await expectNoSeriousA11yViolations(page, `coordinator ${name}`);
}

function optionName(term: Term<string>): RegExp {
  return exactly(`${symbolOf(term)} ${term.sv}`);
}

/** Entries for the department's rows: one Försenad (needs a comment), one Delvis i fas (needs one), the rest plain. */
function entriesFor(rows: readonly ProgrammeRow[]): Typed[] {
  let activities = 0;
  let goals = 0;
  return rows.map((row): Typed => {
    if (row.type === "activity") {
      activities += 1;
      if (activities === 1) {
        return {
          row,
          status: termByCode(ACTIVITY_STATUS, "delayed"),
          done: "Planeringen är klar; genomförandet flyttas till vårterminen.",
          comment: "Försenad eftersom upphandlingen överklagades.",
        };
      }
      const code = activities % 2 === 0 ? "done" : "ongoing";
      return { row, status: termByCode(ACTIVITY_STATUS, code), done: `Genomfört under 2019 för ${row.id}.` };
    }
    if (row.type === "goal") {
      goals += 1;
      return goals === 1
        ? { row, status: termByCode(ASSESSMENT, "onTrack"), done: "Målet följs upp i skolornas trygghetsenkät." }
        : { row, status: termByCode(ASSESSMENT, "partly"), comment: "Delvis: två av tre skolor har planen på plats." };
    }
    return { row, value: "12,5", valueNumber: 12.5, comment: "Andel enligt elevenkäten hösten 2019." };
  });
}

async function fillRow(entry: Typed): Promise<void> {
  const card = panel(page).getByRole("group", { name: entry.row.id, exact: true });
  if (entry.status !== undefined) {
    const label = t(entry.row.type === "goal" ? "myRows.field.assessment" : "myRows.field.status");
    await choose(card, page, label, optionName(entry.status));
  }
  if (entry.value !== undefined) {
    const unit = entry.row.indicator?.unit ?? "";
    await card.getByRole("textbox", { name: t("myRows.field.value", { unit }), exact: true }).fill(entry.value);
  }
  if (entry.done !== undefined)
    await card.getByRole("textbox", { name: t("myRows.field.done"), exact: true }).fill(entry.done);
  if (entry.comment !== undefined) {
    await card.getByRole("textbox", { name: t("myRows.field.comment"), exact: true }).fill(entry.comment);
  }
}

const typed = entriesFor(rowsOf(programme, DEPARTMENT));
/** The cell someone typed a wrong status into, outside the add-in. */
let typo: { rowId: string; sheet: string; address: string; text: string } | undefined;

test(
  "Konfigurera: the bundled programme and 2019 generate the follow-up workbook, with a progress bar",
  async () => {
    session = await suite.open({ displayLanguage: "sv-SE" });
    page = session.page;

    // An empty workbook opens on Set up, in Swedish.
    await expectAttribute(page.getByRole("tab", { name: t("tab.setup"), exact: true }), "aria-selected", "true");
    const bundled = page.getByRole("radio", {
      name: t("setup.source.bundled", {
        municipality: programme.municipality,
        from: programme.period.from,
        to: programme.period.to,
      }),
    });
    expect(await bundled.isChecked()).toBe(true);
    await choose(page, page, t("setup.year.label"), exactly(String(YEAR)));
    await screen("01-setup");

    // The coordinator is still typing in a cell when Generate is pressed: the pane shows progress
    // and waits for the edit to end (delayForCellEdit) instead of failing.
    await page.evaluate(() => (globalThis as unknown as DoublePage).excelDouble.enterCellEditMode());
    const progressTexts = new Set(
      (
        [
          "progress.working",
          "progress.preparing",
          "progress.writingSheets",
          "progress.writingRows",
          "progress.formatting",
          "progress.protecting",
          "progress.saving",
          "progress.reading",
          "progress.summary",
        ] as const
      ).map((k) => t(k))
    );
    const seen = await progressSeenDuring(page, async () => {
      await page.getByRole("button", { name: t("setup.generate") }).click();
      await page.getByRole("progressbar").first().waitFor();
      await screen("02-generating");
      await page.evaluate(() => (globalThis as unknown as DoublePage).excelDouble.exitCellEditMode());
      await shows(page, t("setup.generated", { year: YEAR }));
    });
    expect(seen.length).toBeGreaterThan(0);
    for (const label of seen) expect(progressTexts).toContain(label);
    await page.getByRole("progressbar").waitFor({ state: "detached" });
    await shows(page, t("setup.meta.followup", { year: YEAR }));
    await screen("03-generated");

    // The workbook: what the core plans for this programme and year, in Excel's terms.
    const grids = await workbookGrids(page);
    const view = coreView(grids, programme, YEAR);
    expect(view.read.meta?.year).toBe(YEAR);
    expect(view.read.programme).toEqual(programme);
    const plan = buildWorkbookPlan(programme, { year: YEAR, summary: view.summary });
    const visibility = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
    expect(await sheetFacts(page)).toEqual(
      plan.sheets.map((s) => ({
        name: s.name,
        visibility: visibility[s.visibility],
        protected: s.protection.protected,
      }))
    );
    expect(plan.sheets[0].name).toBe(SUMMARY_SHEET);
    expect(plan.sheets.find((s) => s.name === DATA_SHEET)?.visibility).not.toBe("visible");

    // One table per area and guideline, on its own sheet, with the programme's rows in order.
    const tables = await tableFacts(page);
    for (const area of programme.areas) {
      const sheet = plan.sheets.find((s) => s.role === "area" && s.areaId === area.id);
      const table = tables.find((x) => x.name === areaTableName(area.id));
      expect({ area: area.id, sheet: table?.sheet, ids: table?.firstColumn }).toEqual({
        area: area.id,
        sheet: sheet?.name,
        ids: area.rows.map((r) => r.id),
      });
    }

    // Protected sheets with the input columns unlocked and the rest locked, on every area's rows;
    // status lists point at the vocabularies on the hidden sheet (never an inline list).
    for (const area of programme.areas) {
      for (const row of [area.rows[0], area.rows[area.rows.length - 1]]) {
        const cells = AREA_COLUMNS.map((c) => rowCell(view.read, row.id, c.key));
        const facts = await cellFacts(page, cells);
        expect(facts.map((f, i) => `${AREA_COLUMNS[i].key}:${f.locked ? "locked" : "unlocked"}`)).toEqual(
          AREA_COLUMNS.map((c) => `${c.key}:${c.input ? "unlocked" : "locked"}`)
        );
        const textColumns = AREA_COLUMNS.filter((c) => c.text).map((c) => c.key);
        facts.forEach((f, i) => {
          if (textColumns.includes(AREA_COLUMNS[i].key))
            expect(`${AREA_COLUMNS[i].key}:${f.numberFormat}`).toBe(`${AREA_COLUMNS[i].key}:@`);
        });
      }
      for (const row of area.rows.filter((r) => r.type !== "indicator")) {
        const [status] = await cellFacts(page, [rowCell(view.read, row.id, "status")]);
        expect(status.validation?.type).toBe("List");
        expect(status.validation?.source?.startsWith(`=${DATA_SHEET}!`)).toBe(true);
        const terms = row.type === "goal" ? ASSESSMENT : ACTIVITY_STATUS;
        expect(listSourceValues(grids, status.validation?.source ?? "")).toEqual(terms.map((x) => x.sv));
      }
    }

    // A fresh workbook has no errors or warnings: only departments that have not reported yet.
    expect(view.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(view.findings.length).toBeGreaterThan(0);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

test(
  "Mina rader: a department fills its rows (Försenad needs a comment); only the typed cells change",
  async () => {
    await openTab(page, t("tab.myRows"));
    const department = programme.departments.find((d) => d.code === DEPARTMENT);
    if (department === undefined) throw new Error(`The bundled programme has no ${DEPARTMENT}.`);
    await choose(panel(page), page, t("myRows.department.label"), exactly(`${department.code} – ${department.name}`));
    for (const entry of typed) await panel(page).getByRole("group", { name: entry.row.id, exact: true }).waitFor();
    await screen("04-my-rows");
    const before = await workbookGrids(page);
    const readBefore = readWorkbook(before);

    // Försenad without a comment: the form says a comment is required and Save is blocked.
    const delayed = typed.find((e) => e.status?.code === "delayed");
    if (delayed === undefined) throw new Error("The department has no activity to mark Försenad.");
    const card = panel(page).getByRole("group", { name: delayed.row.id, exact: true });
    await fillRow({ ...delayed, comment: undefined });
    const required = t("form.comment.required", { status: termByCode(ACTIVITY_STATUS, "delayed").sv });
    await shows(card, required);
    const save = panel(page).getByRole("button", { name: t("myRows.save"), exact: true });
    await expectEnabled(save, false);
    await shows(panel(page), t("myRows.save.invalid", { rows: delayed.row.id }));
    await screen("05-my-rows-comment-required");

    for (const entry of typed) await fillRow(entry);
    await card.getByText(required).waitFor({ state: "detached" });
    await expectEnabled(save, true);
    await screen("06-my-rows-filled");
    await save.click();
    await shows(panel(page), t("myRows.saved", { count: typed.length }));
    await screen("07-my-rows-saved");

    // Exactly the typed cells changed (and each edited row's "Senast ändrad"); nothing else in any sheet.
    const after = await workbookGrids(page);
    const expected = new Map<string, unknown>();
    for (const e of typed) {
      const put = (key: "status" | "done" | "comment" | "value", value: unknown): void => {
        const c = rowCell(readBefore, e.row.id, key);
        expected.set(`${c.sheet}!${c.address}`, value);
      };
      if (e.status !== undefined) put("status", e.status.sv);
      if (e.done !== undefined) put("done", e.done);
      if (e.comment !== undefined) put("comment", e.comment);
      if (e.valueNumber !== undefined) put("value", e.valueNumber);
    }
    const stamps = new Set(
      typed.map((e) => {
        const c = rowCell(readBefore, e.row.id, "changed");
        return `${c.sheet}!${c.address}`;
      })
    );
    const changes = changedCells(before, after);
    const inputs = changes.filter((c) => !stamps.has(`${c.sheet}!${c.address}`));
    expect(Object.fromEntries(inputs.map((c) => [`${c.sheet}!${c.address}`, c.after]))).toEqual(
      Object.fromEntries(expected)
    );
    const stamped = changes.filter((c) => stamps.has(`${c.sheet}!${c.address}`));
    expect(stamped.map((c) => `${c.sheet}!${c.address}`).sort()).toEqual([...stamps].sort());
    for (const s of stamped) expect(String(displayValue(s.after))).toMatch(/^\d{4}-\d{2}-\d{2}/);

    // The core reads the entries back as the department meant them.
    const entries = collectEntries(readWorkbook(after), programme).filter((e) => e.department === DEPARTMENT);
    expect(entries.map((e) => ({ id: e.rowId, status: e.status, value: e.value, reported: e.reported }))).toEqual(
      typed.map((e) => ({ id: e.row.id, status: e.status?.code ?? null, value: e.valueNumber ?? null, reported: true }))
    );
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

test(
  "Kontroll: problems and reporting progress as the core finds them; a problem selects its cell",
  async () => {
    // Someone else types a wrong status straight into the sheet, outside the add-in.
    const other = programme.areas
      .flatMap((a) => a.rows)
      .find((r) => r.type === "activity" && r.department !== DEPARTMENT);
    if (other === undefined) throw new Error("No other department's activity in the programme.");
    const place = rowCell(readWorkbook(await workbookGrids(page)), other.id, "status");
    typo = { rowId: other.id, ...place, text: "Pågåt" };
    await typeInCell(page, typo.sheet, typo.address, typo.text);

    const grids = await workbookGrids(page);
    const view = coreView(grids, programme, YEAR);
    const typoFinding = view.findings.find((f) => f.sheet === typo?.sheet && f.cell === typo?.address);
    expect(typoFinding?.severity).toBe("error");

    await openTab(page, t("tab.check"));
    const errors = view.findings.filter((f) => f.severity === "error").length;
    const warnings = view.findings.filter((f) => f.severity === "warning").length;
    await shows(panel(page), t("check.counts", { errors, warnings }));

    // Every problem, grouped by sheet as the core found them.
    const bySheet = new Map<string, number>();
    for (const f of view.findings) {
      const key = f.sheet ?? t("check.workbook");
      bySheet.set(key, (bySheet.get(key) ?? 0) + 1);
    }
    for (const [sheet, count] of bySheet) {
      await panel(page)
        .getByRole("heading", { name: t("check.group", { sheet, count }) })
        .waitFor();
    }
    const items = panel(page).getByRole("listitem");
    for (const f of view.findings) {
      await items
        .filter({ hasText: renderFinding(f, "sv") })
        .first()
        .waitFor();
    }

    // Reporting progress per department, as the core counts it; the department that filled in is complete.
    for (const p of view.summary.departments) {
      const name = programme.departments.find((d) => d.code === p.department)?.name ?? p.department;
      const item = items.filter({ hasText: `${p.department} – ${name}` });
      await item.getByText(t("check.progress.rows", { filled: p.filled, owned: p.owned })).waitFor();
    }
    const mine = view.summary.departments.find((p) => p.department === DEPARTMENT);
    expect(mine).toMatchObject({ owned: typed.length, filled: typed.length });
    await screen("08-check");

    // A click on the problem selects its cell in the workbook.
    if (typoFinding === undefined || typo === undefined) throw new Error("unreachable");
    const item = items.filter({ hasText: renderFinding(typoFinding, "sv") }).first();
    await item.getByRole("button", { name: t("check.goToCell", { cell: typo.address }) }).click();
    const { row, column } = cellIndex(typo.address);
    const want = { activeSheet: typo.sheet, sheet: typo.sheet, r0: row, c0: column, r1: row, c1: column };
    const deadline = Date.now() + 10_000;
    while (JSON.stringify(await selection(page)) !== JSON.stringify(want) && Date.now() < deadline) {
      await page.waitForTimeout(50);
    }
    expect(await selection(page)).toEqual(want);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

const suggestionHeader = SUMMARY_COLUMNS.find((c) => c.key === "suggestion")?.header ?? "";
const choiceHeader = SUMMARY_COLUMNS.find((c) => c.key === "choice")?.header ?? "";
const textHeader = SUMMARY_COLUMNS.find((c) => c.key === "text")?.header ?? "";

test(
  "Sammanfattning: the coordinator overrides one area and writes the overall text; the sheet keeps both",
  async () => {
    const view = coreView(await workbookGrids(page), programme, YEAR);
    const area = view.summary.areas.find((a) => a.areaId === "2");
    if (area === undefined) throw new Error("No area 2 in the summary.");
    const suggested = termByCode(ASSESSMENT, area.suggestion.assessment);
    const override =
      ASSESSMENT.find((a) => a.code !== area.suggestion.assessment && a.code !== "cannotAssess") ?? ASSESSMENT[0];
    const areaTitle = t("summary.areaTitle", { id: area.areaId, name: area.name });

    await openTab(page, t("tab.summary"));
    const overallText = panel(page).getByRole("textbox", {
      name: t("summary.text.label", { name: t("summary.overallName") }),
      exact: true,
    });
    await overallText.waitFor();
    // Pre-filled with the core's draft in the municipality's style; no assessment is chosen for anyone.
    expect(await overallText.inputValue()).toBe(view.summary.overall.draftText);
    const areaChoice = panel(page).getByRole("combobox", {
      name: t("summary.choice.label", { name: areaTitle }),
      exact: true,
    });
    expect((await areaChoice.textContent())?.trim()).toBe(
      t("summary.choice.placeholder", { suggestion: suggested.sv })
    );

    await choose(panel(page), page, t("summary.choice.label", { name: areaTitle }), optionName(override));
    await overallText.fill(OVERALL_TEXT);
    await screen("09-summary");
    await panel(page)
      .getByRole("button", { name: t("summary.write"), exact: true })
      .click();
    await shows(panel(page), t("summary.written"));
    await screen("10-summary-written");

    const grids = await workbookGrids(page);
    const choices = readWorkbook(grids).choices;
    expect(choices["2"]?.assessment).toBe(override.code);
    expect(choices.overall?.text).toBe(OVERALL_TEXT);
    // The suggestion stands beside the choice and was copied into no choice the coordinator left open.
    expect(choices.overall?.assessment ?? null).toBeNull();
    for (const other of programme.areas.filter((a) => a.id !== "2")) {
      expect({ area: other.id, chosen: choices[other.id]?.assessment ?? null }).toEqual({
        area: other.id,
        chosen: null,
      });
    }
    const cell = (label: string, header: string): string =>
      String(displayValue(summaryTableCell(grids, SUMMARY_SHEET, SUMMARY_TABLE_HEADER_ROW, label, header)) ?? "");
    expect(cell("2", choiceHeader)).toBe(override.sv);
    expect(cell("2", suggestionHeader)).toContain(suggested.sv);
    expect(cell("2", suggestionHeader)).not.toContain(override.sv);
    expect(cell(OVERALL_LABEL, textHeader)).toBe(OVERALL_TEXT);
    expect(cell(OVERALL_LABEL, choiceHeader)).toBe("");
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);

test(
  "the workbook the pane wrote, saved as .xlsx, reads back with the entries typed in the browser",
  async () => {
    const pageGrids: SheetGrid[] = await workbookGrids(page);
    const workbook = await workbookFromPage(page);
    expect(workbook.toSheetGrids()).toEqual(pageGrids); // carried out of the page whole

    const file = await saveDoubleAsXlsx(workbook);
    await writeFile(artifactPath("coordinator.xlsx"), file);
    const read = readWorkbook(await readXlsx(file));
    const inPage = readWorkbook(pageGrids);

    expect(read.meta?.year).toBe(YEAR);
    const mine = (r: typeof read): unknown =>
      collectEntries(r, programme)
        .filter((e) => e.department === DEPARTMENT)
        .map((e) => ({ id: e.rowId, status: e.status, done: e.done, comment: e.comment, value: e.value }));
    expect(mine(read)).toEqual(
      typed.map((e) => ({
        id: e.row.id,
        status: e.status?.code ?? null,
        done: e.done ?? null,
        comment: e.comment ?? null,
        value: e.valueNumber ?? null,
      }))
    );
    expect(mine(read)).toEqual(mine(inPage));
    expect(read.choices["2"]).toEqual(inPage.choices["2"]);
    expect(read.choices.overall?.text).toBe(OVERALL_TEXT);

    // The same problems as in the page: the one typo, and who has not reported.
    const where = (f: { severity: string; code: string; sheet: string | null; cell: string | null }): string =>
      `${f.severity} ${f.code} ${f.sheet ?? ""}!${f.cell ?? ""}`;
    const fromFile = checkWorkbook(read, programme).map(where);
    expect(fromFile).toEqual(checkWorkbook(inPage, programme).map(where));
    expect(fromFile.filter((f) => f.startsWith("error"))).toEqual([
      expect.stringContaining(`${typo?.sheet ?? ""}!${typo?.address ?? ""}`),
    ]);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);
