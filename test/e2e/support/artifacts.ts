import { mkdirSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { PROJECT_ROOT } from "./build";

/** Screenshots and files the e2e tests keep for people to look at (test-artifacts/ is gitignored). */
export const ARTIFACTS_DIR = join(PROJECT_ROOT, "test-artifacts", "e2e");

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/** The whole pane, scrolled content included, at the task pane's width. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = artifactPath(`${name}.png`);
  // Let transitions (tab indicator, accordion, progress bar) settle before the picture.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(250);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  return path;
}
