/**
 * The last year of a programme, end to end in Chromium with the English UI and the Excel test
 * double: the workbook for 2021 (the bundled programme's last year) is generated and a department
 * reports an activity; "Year-end" then says the period is over and waits for the new programme.
 * The coordinator picks it as a JSON file (a real file chooser), sees its facts, and creates 2022's
 * workbook with it: opened as a new workbook that follows the new programme, with 2021's entry in
 * its last-year column and the row the new programme dropped gone. axe and a screenshot per screen.
 */
import { ACTIVITY_STATUS, defaultProgramme, readWorkbook, symbolOf, termByCode } from "../../src/core";
import type { Programme } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { cellOf } from "../core/rollover/rollover-fixture";
import { screenshot } from "./support/artifacts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import type { DoublePage } from "./support/double-page";
import { expectPageHealthy } from "./support/page-health";
import { e2eSuite, FLOW_TIMEOUT_MS } from "./support/suite";
import { choose, chooseProgrammeFile, exactly, expectEnabled, openTab, panel, shows, textsFor } from "./support/ui";
import { rowsOf } from "./support/workbook-facts";

const suite = e2eSuite();
const t = textsFor("en");
const programme = defaultProgramme();
const LAST = programme.period.to;
const DEPARTMENT = "HSF";

const [reported, dropped] = rowsOf(programme, DEPARTMENT).filter((r) => r.type === "activity");
const doneTerm = termByCode(ACTIVITY_STATUS, "done");

function nextProgramme(): Programme {
  return {
    ...programme,
    name: { text: `Program för trygghet och säkerhet ${LAST + 1}–${LAST + 4}`, provenance: "example" },
    period: { from: LAST + 1, to: LAST + 4 },
    areas: programme.areas.map((a) => ({ ...a, rows: a.rows.filter((r) => r.id !== dropped?.id) })),
  };
}

test(
  "past the programme's period, next year's workbook is made with the new programme chosen as a JSON file",
  async () => {
    if (reported === undefined || dropped === undefined) throw new Error(`${DEPARTMENT} needs two activities.`);
    const session = await suite.open({ displayLanguage: "en-US" });
    const page = session.page;
    const screen = async (name: string): Promise<void> => {
      await screenshot(page, `new-programme-${name}`);
      await expectNoSeriousA11yViolations(page, `new-programme ${name}`);
    };

    await choose(page, page, t("setup.year.label"), exactly(String(LAST)));
    await page.getByRole("button", { name: t("setup.generate"), exact: true }).click();
    await shows(page, t("setup.generated", { year: LAST }));
    const department = programme.departments.find((d) => d.code === DEPARTMENT);
    await openTab(page, t("tab.myRows"));
    await choose(panel(page), page, t("myRows.department.label"), exactly(`${department?.code} – ${department?.name}`));
    const card = panel(page).getByRole("group", { name: reported.id, exact: true });
    await choose(card, page, t("myRows.field.status"), exactly(`${symbolOf(doneTerm)} ${doneTerm.en}`));
    await card.getByRole("textbox", { name: t("myRows.field.done"), exact: true }).fill(`Done in ${LAST}.`);
    await panel(page)
      .getByRole("button", { name: t("myRows.save"), exact: true })
      .click();
    await shows(panel(page), t("myRows.saved", { count: 1 }));

    await openTab(page, t("tab.yearEnd"));
    await shows(panel(page), t("yearEnd.rollover.pastPeriod", { to: LAST, year: LAST + 1 }));
    const create = panel(page).getByRole("button", {
      name: t("yearEnd.rollover.button", { year: LAST + 1 }),
      exact: true,
    });
    await expectEnabled(create, false);
    await screen("01-past-period");

    const next = nextProgramme();
    await chooseProgrammeFile(page, t, next, "nytt-program.json");
    await shows(panel(page), next.name.text);
    await expectEnabled(create, true);
    await screen("02-new-programme-chosen");

    await create.click();
    await shows(panel(page), new RegExp(t("yearEnd.rollover.opened").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    const created = await page.evaluate(() => [...(globalThis as unknown as DoublePage).excelDouble.createdWorkbooks]);
    expect(created).toHaveLength(1);
    const workbook = readWorkbook(await readXlsx(Buffer.from(created[0] ?? "", "base64")));
    expect(workbook.meta).toMatchObject({ year: LAST + 1, closed: false });
    expect(workbook.programme?.name.text).toBe(next.name.text);
    expect(workbook.programme?.period).toEqual(next.period);
    expect(cellOf(workbook, reported.id, "lastStatus")).toBe(doneTerm.sv);
    expect(cellOf(workbook, reported.id, "lastDone")).toBe(`Done in ${LAST}.`);
    expect(workbook.areaSheets.flatMap((s) => s.rows.map((r) => r.cells.id))).not.toContain(dropped.id);
    await screen("03-next-year");
    expectPageHealthy(session);
  },
  FLOW_TIMEOUT_MS
);
