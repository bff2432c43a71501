/**
 * "My rows" at a real department's size, end to end in Chromium with the Swedish UI: a programme
 * chosen as a JSON file where KSF answers for 2,000 rows is generated, then the department head
 * sees a counter, one page of cards, filters to the rows not filled in, searches by ID and by
 * words, types into a row found on a later page and saves from the bar that stays on screen. The
 * workbook gets exactly that cell. The form's cost at 20 and 2,000 rows is printed (and measured
 * for real by `npm run bench`); the test asserts what the user sees, not times.
 */
import type { Page } from "playwright-core";
import { ACTIVITY_STATUS, readWorkbook, symbolOf, termByCode } from "../../src/core";
import { screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { workbookGrids } from "./support/double-page";
import {
  BIG_DEPARTMENT,
  discardTyping,
  formAtScaleProgramme,
  FORM_YEAR,
  generateFromFile,
  measureForm,
  SMALL_DEPARTMENT,
} from "./support/form-at-scale";
import type { PaneSession } from "./support/pane";
import { expectPageHealthy } from "./support/page-health";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import { choose, panel, shows, textsFor } from "./support/ui";
import { formatCount } from "../../src/taskpane/i18n/format-count";

const suite = e2eSuite();
const t = textsFor("sv");
const programme = formAtScaleProgramme();
const big = programme.departments.find((d) => d.code === BIG_DEPARTMENT.code);
const small = programme.departments.find((d) => d.code === SMALL_DEPARTMENT.code);
const bigRows = programme.areas.flatMap((a) => a.rows).filter((r) => r.department === BIG_DEPARTMENT.code);

/** "2 000", as the Swedish pane writes a count. */
const BIG_TOTAL = formatCount(BIG_DEPARTMENT.rows, "sv");

let session: PaneSession;
let page: Page;

async function screen(name: string): Promise<void> {
  await screenshot(page, `at-scale-${name}`);
  await expectNoSeriousA11yViolations(page, `at-scale ${name}`);
}

function cardIds(): Promise<string[]> {
  return panel(page)
    .getByRole("group")
    .evaluateAll((groups) => groups.map((g) => (g.getAttribute("aria-labelledby") ?? "").replace(/^row-/, "")));
}

test(
  "a programme with a 2,000-row department is generated from a JSON file",
  async () => {
    if (big === undefined || small === undefined) throw new Error("the programme has KSF and NBF");
    expect(bigRows).toHaveLength(BIG_DEPARTMENT.rows);
    session = await suite.open({ displayLanguage: "sv-SE" });
    page = session.page;
    await generateFromFile(page, t, programme, FORM_YEAR);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS * 2
);

test(
  "the 2,000-row department gets a counter, one page of cards and a Save bar on screen; 20 rows the same form",
  async () => {
    if (big === undefined || small === undefined) throw new Error("the programme has KSF and NBF");
    const smallCost = await measureForm(page, t, { ...small, rows: SMALL_DEPARTMENT.rows });
    await discardTyping(page, t);
    const bigCost = await measureForm(page, t, { ...big, rows: BIG_DEPARTMENT.rows });
    process.stdout.write(`My rows at 20 and 2,000 rows: ${JSON.stringify([smallCost, bigCost])}\n`);
    // The form's size does not follow the department's: one page of twenty cards either way.
    expect(await panel(page).getByRole("group").count()).toBe(20);
    expect(bigCost.elements).toBeLessThan(smallCost.elements * 1.5);
    await shows(panel(page), t("myRows.counter", { filled: 0, total: BIG_TOTAL }));
    await shows(panel(page), t("myRows.pager.showing", { from: 1, to: 20, total: BIG_TOTAL }));

    // Scrolled to the middle of the page, Save is still in the viewport.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const bar = panel(page).getByRole("region", { name: t("myRows.saveBar.label"), exact: true });
    const box = await bar.boundingBox();
    const viewport = page.viewportSize();
    if (box === null || viewport === null) throw new Error("the Save bar is not laid out");
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
    expect(box.y).toBeGreaterThan(viewport.height / 2);
    await shows(bar, t("myRows.saveBar.unsaved", { count: 1 }));
    // Nothing wider than the pane: no sideways scrolling at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await screen("01-big-department-typing");
    await discardTyping(page, t);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS * 2
);

test(
  "filter, search and save: a row found by its ID on a later page is filled in and saved, and leaves 'not filled in'",
  async () => {
    const reported = bigRows.slice(0, 3).filter((r) => r.type !== "indicator");
    const target = bigRows.filter((r) => r.type === "activity")[1500];
    if (target === undefined) throw new Error("KSF has 1,500 activities");

    await choose(panel(page), page, t("myRows.filter.label"), `${t("myRows.filter.missing")} (${BIG_TOTAL})`);
    const search = panel(page).getByRole("searchbox", { name: t("myRows.search.label"), exact: true });
    await search.fill(target.id);
    await shows(panel(page), t("myRows.pager.showing", { from: 1, to: 1, total: 1 }));
    expect(await cardIds()).toEqual([target.id]);

    const done = termByCode(ACTIVITY_STATUS, "done");
    const card = panel(page).getByRole("group", { name: target.id, exact: true });
    await choose(card, page, t("myRows.field.status"), `${symbolOf(done)} ${done.sv}`);
    await card.getByRole("textbox", { name: t("myRows.field.done"), exact: true }).fill("Klart i november.");
    await shows(panel(page), t("myRows.counter", { filled: 1, total: BIG_TOTAL }));
    await screen("02-found-and-filled");
    await panel(page)
      .getByRole("button", { name: t("myRows.save"), exact: true })
      .click();
    await shows(panel(page), t("myRows.saved", { count: 1 }), 60_000);
    // Saved, it is no longer "not filled in": the search on that filter finds nothing now.
    await shows(panel(page), t("myRows.pager.none"));

    // Words of the text, any order: the first rows' own words find them.
    await choose(panel(page), page, t("myRows.filter.label"), `${t("myRows.filter.all")} (${BIG_TOTAL})`);
    const words = (reported[0]?.text.text ?? "")
      .split(/[\s:]+/)
      .filter((w) => w.length > 5)
      .slice(0, 2)
      .reverse();
    await search.fill(words.join(" "));
    expect(await cardIds()).toContain(reported[0]?.id);
    await screen("03-search-by-words");

    // The workbook holds exactly that row's two cells; no other row was written.
    const typedRows = readWorkbook(await workbookGrids(page))
      .areaSheets.flatMap((s) => s.rows)
      .filter((r) => r.cells.status !== null || r.cells.done !== null);
    expect(typedRows.map((r) => [r.cells.id, r.cells.status, r.cells.done])).toEqual([
      [target.id, done.sv, "Klart i november."],
    ]);
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS * 2
);
