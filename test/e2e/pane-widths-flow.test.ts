/**
 * Every screen at the narrowest and widest task pane Excel gives (320 and 450 px; the other flows
 * run at 360), in Swedish and English: a workbook generated, then each tab shown in turn, My rows
 * with a department chosen. axe finds nothing serious, and nothing is wider than the pane.
 */
import { defaultProgramme } from "../../src/core";
import type { Lang } from "../../src/core";
import { screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expectPageHealthy } from "./support/page-health";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import { choose, exactly, openTab, panel, shows, textsFor } from "./support/ui";

const suite = e2eSuite();
const department = defaultProgramme().departments[0];
const TABS = ["tab.setup", "tab.myRows", "tab.check", "tab.summary", "tab.yearEnd"] as const;

describe.each([
  ["sv", 320],
  ["en", 320],
  ["sv", 450],
  ["en", 450],
] as const)("the pane in %s at %i px", (lang: Lang, width: number) => {
  const t = textsFor(lang);
  test(
    "every screen passes axe and fits the pane",
    async () => {
      if (department === undefined) throw new Error("the bundled programme has departments");
      const session = await suite.open({ displayLanguage: lang === "sv" ? "sv-SE" : "en-US", width });
      const page = session.page;
      await choose(page, page, t("setup.year.label"), exactly("2019"));
      await page.getByRole("button", { name: t("setup.generate"), exact: true }).click();
      await shows(page, t("setup.generated", { year: 2019 }));
      for (const tab of TABS) {
        await openTab(page, t(tab));
        await panel(page).getByRole("heading", { level: 2 }).first().waitFor();
        if (tab === "tab.myRows") {
          await choose(panel(page), page, t("myRows.department.label"), `${department.code} – ${department.name}`);
          await panel(page).getByRole("group").first().waitFor();
        }
        // Let the screen's read finish (its spinner goes) before judging it.
        await page.waitForFunction(() => document.querySelectorAll('[role="status"] .fui-Spinner').length === 0);
        const name = `widths-${lang}-${width}-${tab.replace("tab.", "")}`;
        await screenshot(page, name);
        await expectNoSeriousA11yViolations(page, name);
        expect([name, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([name, width]);
      }
      expectPageHealthy(session);
    },
    FLOW_TIMEOUT_MS
  );
});
