import type { Page } from "playwright-core";
import type { Programme } from "../../../src/core";
import { syntheticProgramme, withDepartmentSizes } from "../../../bench/synthetic-programme";
import { choose, chooseProgrammeFile, exactly, openTab, panel, shows, type T } from "./ui";

/**
 * "My rows" at a department's real size, shared by the end-to-end test (what the form does) and
 * `npm run bench` (what it costs): one workbook where KSF answers for 2,000 rows and NBF for 20,
 * so the two are measured on the same workbook and differ only in the form's own work.
 */
export const BIG_DEPARTMENT = { code: "KSF", rows: 2000 } as const;
export const SMALL_DEPARTMENT = { code: "NBF", rows: 20 } as const;
export const FORM_YEAR = 2019;

export function formAtScaleProgramme(): Programme {
  // 5 areas × 404 rows = 2,020 rows with real-length texts: 2,000 for KSF, 20 for NBF.
  return withDepartmentSizes(syntheticProgramme(5, 404, { longTexts: true }), [
    { department: BIG_DEPARTMENT.code, rows: BIG_DEPARTMENT.rows },
    { department: SMALL_DEPARTMENT.code, rows: SMALL_DEPARTMENT.rows },
  ]);
}

/** Set up → a programme chosen as a JSON file → the workbook generated in the double. */
export async function generateFromFile(page: Page, t: T, programme: Programme, year: number): Promise<void> {
  await openTab(page, t("tab.setup"));
  await panel(page)
    .getByRole("radio", { name: t("setup.source.file"), exact: true })
    .check();
  await chooseProgrammeFile(page, t, programme);
  await shows(panel(page), programme.name.text);
  await choose(panel(page), page, t("setup.year.label"), exactly(String(year)));
  await panel(page)
    .getByRole("button", { name: t("setup.generate"), exact: true })
    .click();
  await shows(page, t("setup.generated", { year }), 180_000);
}

export interface FormCost {
  readonly rows: number;
  /** From choosing the department to its first card on screen (the workbook read included). */
  readonly firstRenderMs: number;
  /** Per keystroke in a card's text box: the JavaScript it runs (keydown to keyup handlers, React's render included). */
  readonly keystrokeMedianMs: number;
  readonly keystrokeMaxMs: number;
  /** The longest task of 50 ms or more the page ran while typing; 0 when there was none. */
  readonly typingLongestTaskMs: number;
  readonly elements: number;
  readonly pageHeightPx: number;
}

interface PageClock {
  formClock: {
    keystrokes: number[];
    longTasks: number[];
    started: number | null;
    spent: number;
  };
}

/**
 * Installs the page-side clock: every keystroke's handlers are timed from the first listener
 * (capture on window) to the last (bubble on window), so React's render and commit, which run
 * inside the root's listener, fall in between. Long tasks come from the browser's own observer.
 */
async function installClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = globalThis as unknown as PageClock;
    if (host.formClock !== undefined) return;
    const clock: PageClock["formClock"] = { keystrokes: [], longTasks: [], started: null, spent: 0 };
    host.formClock = clock;
    for (const type of ["keydown", "keypress", "input", "keyup"]) {
      window.addEventListener(
        type,
        () => {
          clock.started = performance.now();
        },
        true
      );
      window.addEventListener(type, () => {
        if (clock.started !== null) clock.spent += performance.now() - clock.started;
        clock.started = null;
        if (type === "keyup") {
          clock.keystrokes.push(clock.spent);
          clock.spent = 0;
        }
      });
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) clock.longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Opens "My rows" for a department and measures the form: the time to its first card, then
 * `keystrokes` characters typed into the first card's "done" box. Leaves the typing unsaved.
 */
export async function measureForm(
  page: Page,
  t: T,
  department: { readonly code: string; readonly name: string; readonly rows: number },
  keystrokes = 20
): Promise<FormCost> {
  await openTab(page, t("tab.myRows"));
  // The screen's code arrives on first use: the clock starts once the picker is there.
  await panel(page)
    .getByRole("combobox", { name: t("myRows.department.label"), exact: true })
    .waitFor();
  await installClock(page);
  const start = await page.evaluate(() => performance.now());
  await choose(panel(page), page, t("myRows.department.label"), exactly(`${department.code} – ${department.name}`));
  const firstCard = panel(page).getByRole("group").first();
  await firstCard.waitFor({ state: "visible", timeout: 120_000 });
  const firstRenderMs = (await page.evaluate(() => performance.now())) - start;

  const box = firstCard.getByRole("textbox", { name: t("myRows.field.done"), exact: true });
  await box.click();
  await page.evaluate(() => {
    const clock = (globalThis as unknown as PageClock).formClock;
    clock.keystrokes = [];
    clock.longTasks = [];
  });
  for (let i = 0; i < keystrokes; i += 1) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    // One frame between keystrokes, as a person types slower than a frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  }
  const measured = await page.evaluate(() => {
    const clock = (globalThis as unknown as PageClock).formClock;
    return {
      keystrokes: [...clock.keystrokes],
      longTasks: [...clock.longTasks],
      elements: document.getElementsByTagName("*").length,
      pageHeightPx: document.documentElement.scrollHeight,
    };
  });
  return {
    rows: department.rows,
    firstRenderMs,
    keystrokeMedianMs: median(measured.keystrokes),
    keystrokeMaxMs: Math.max(0, ...measured.keystrokes),
    typingLongestTaskMs: Math.max(0, ...measured.longTasks),
    elements: measured.elements,
    pageHeightPx: measured.pageHeightPx,
  };
}

/** Throws the typing away (Undo, then the confirmation), so another department can be chosen. */
export async function discardTyping(page: Page, t: T): Promise<void> {
  await panel(page)
    .getByRole("button", { name: t("myRows.discard"), exact: true })
    .click();
  await panel(page)
    .getByRole("button", { name: t("myRows.discard.yes"), exact: true })
    .click();
  await panel(page)
    .getByRole("button", { name: t("myRows.discard"), exact: true })
    .waitFor();
}
