import { existsSync } from "fs";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, driven by playwright-core (never `npx playwright install`: it downloads a
 * browser). The end-to-end tests fail, not skip, when it is missing: a skipped test would pass unseen in CI.
 * CHROMIUM overrides the path.
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM ?? "/usr/bin/chromium";
}

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(
      `Chromium was not found at ${path}. Install it (Debian: apt-get install chromium) or set CHROMIUM to the ` +
        `browser's path. The end-to-end tests need a real browser and fail without it.`
    );
    this.name = "ChromiumMissingError";
  }
}

/**
 * A headless Chromium with a fresh, throwaway profile (playwright-core makes a new temporary
 * user data directory per launch and removes it on close), no network beyond what the page asks for.
 */
export async function launchChromium(): Promise<Browser> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new ChromiumMissingError(path);
  return chromium.launch({
    executablePath: path,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
