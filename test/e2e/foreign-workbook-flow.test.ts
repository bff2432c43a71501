/**
 * The pane opened in a workbook someone already uses ("Budget 2019"), end to end in Chromium at
 * 320 px, Swedish: Set up says first that the workbook holds that sheet and what Create will do,
 * with Create as a secondary action and a pointer for a department head who opened the wrong file.
 * Created anyway, the follow-up's sheets come after the budget, which stays first and untouched.
 */
import type { Page } from "playwright-core";
import { defaultProgramme, followupPlan, readWorkbook } from "../../src/core";
import { screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { sheetFacts, workbookGrids } from "./support/double-page";
import type { PaneSession } from "./support/pane";
import { expectPageHealthy } from "./support/page-health";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import { choose, exactly, panel, shows, textsFor } from "./support/ui";

const suite = e2eSuite();
const t = textsFor("sv");
const BUDGET = {
  name: "Budget 2019",
  rows: [
    ["Konto", "Belopp"],
    ["Trygghetsvandringar", 180000],
  ],
} as const;

let session: PaneSession;
let page: Page;

test(
  "a workbook in use: the pane says so before anything, and the follow-up's sheets come after the user's",
  async () => {
    session = await suite.open({ displayLanguage: "sv-SE", firstSheet: BUDGET, width: 320 });
    page = session.page;
    const warning = t("setup.foreign", { count: 1, sheets: `"${BUDGET.name}"` });
    await shows(panel(page), warning);
    await screenshot(page, "foreign-01-first-open");
    await expectNoSeriousA11yViolations(page, "foreign first open");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await choose(panel(page), page, t("setup.year.label"), exactly("2019"));
    await panel(page)
      .getByRole("button", { name: t("setup.generate"), exact: true })
      .click();
    await shows(page, t("setup.generated", { year: 2019 }));
    expect(await panel(page).getByText(warning).count()).toBe(0);

    const sheets = (await sheetFacts(page)).map((s) => s.name);
    const { plan } = followupPlan({
      programme: defaultProgramme(),
      year: 2019,
      values: new Map(),
      choices: {},
      retired: [],
      closed: false,
      now: new Date(),
    });
    expect(sheets).toEqual([BUDGET.name, ...plan.sheets.map((s) => s.name)]);
    const grids = await workbookGrids(page);
    const budget = grids.find((g) => g.name === BUDGET.name);
    expect(budget?.cells.slice(0, 2).map((r) => r.slice(0, 2))).toEqual(BUDGET.rows);
    expect(readWorkbook(grids).meta?.year).toBe(2019);
    await screenshot(page, "foreign-02-created");
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);
