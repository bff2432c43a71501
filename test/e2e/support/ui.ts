import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../../src/core";
import { translate, type MessageKey, type MessageParams } from "../../../src/taskpane/i18n/translate";

/**
 * Driving the task pane as a person does: by roles and the visible texts. Texts come from the
 * task pane's own message tables (translate), so the tests follow the wording, not copies of it.
 */
export type T = (key: MessageKey, params?: MessageParams) => string;

export function textsFor(lang: Lang): T {
  return (key, params) => translate(lang, key, params);
}

/** Escapes text for an exact-match regular expression. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  await tab.click();
  await expectAttribute(tab, "aria-selected", "true");
}

export async function expectAttribute(locator: Locator, name: string, value: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await locator.getAttribute(name);
    if (now === value) return;
    if (Date.now() > deadline)
      throw new Error(`Expected ${name}="${value}" on ${String(locator)}, found "${now ?? "(none)"}".`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until a button is enabled or disabled (natively, or with aria-disabled as Fluent's disabledFocusable). */
export async function expectEnabled(locator: Locator, enabled: boolean, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const disabled = await locator.evaluate(
      (el) => el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true"
    );
    if (disabled !== enabled) return;
    if (Date.now() > deadline)
      throw new Error(`Expected ${String(locator)} to be ${enabled ? "enabled" : "disabled"}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The visible, selected tab panel. */
export function panel(page: Page): Locator {
  return page.locator('[role="tabpanel"]:not([hidden])');
}

/** Picks an option in a Fluent UI Dropdown (a combobox button with a listbox popup). */
export async function choose(
  scope: Page | Locator,
  page: Page,
  combobox: string,
  option: string | RegExp
): Promise<void> {
  const box = scope.getByRole("combobox", { name: combobox, exact: true });
  await box.click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  await listbox.getByRole("option", { name: option }).click();
  await listbox.waitFor({ state: "hidden" });
}

/** Waits until `text` shows anywhere on the page, and returns its locator. */
export async function shows(page: Page | Locator, text: string | RegExp, timeout = 20_000): Promise<Locator> {
  const locator = page.getByText(text).first();
  await locator.waitFor({ state: "visible", timeout });
  return locator;
}

/**
 * Records every progress bar that appears while `action` runs (a MutationObserver in the page, so
 * a bar that shows only for a moment is seen too), with its label.
 */
export async function progressSeenDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const host = globalThis as unknown as { progressSeen: string[]; progressObserver: MutationObserver };
    host.progressSeen = seen;
    const look = (): void => {
      for (const bar of Array.from(document.querySelectorAll('[role="progressbar"]'))) {
        const label = bar.getAttribute("aria-label") ?? "";
        if (!seen.includes(label)) seen.push(label);
      }
    };
    host.progressObserver = new MutationObserver(look);
    host.progressObserver.observe(document.body, { subtree: true, childList: true, attributes: true });
    look();
  });
  await action();
  return page.evaluate(() => {
    const host = globalThis as unknown as { progressSeen: string[]; progressObserver: MutationObserver };
    host.progressObserver.disconnect();
    return host.progressSeen;
  });
}

/** Picks a programme as a JSON file through the pane's file chooser (a real one, as a person does). */
export async function chooseProgrammeFile(
  page: Page,
  t: T,
  programme: unknown,
  fileName = "program.json"
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    panel(page)
      .getByRole("button", { name: t("setup.file.choose"), exact: true })
      .click(),
  ]);
  await chooser.setFiles({
    name: fileName,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(programme)),
  });
}
