import type { Browser } from "playwright-core";
import { ensureE2eBuild, type E2eBuild } from "./build";
import { launchChromium } from "./chromium";
import { openPane, type PaneOptions, type PaneSession } from "./pane";
import { serveFolder, type StaticServer } from "./static-server";

/** Long enough for a cold production build on a 2-core machine. */
export const SETUP_TIMEOUT_MS = 10 * 60 * 1000;
export const FLOW_TIMEOUT_MS = 3 * 60 * 1000;

export interface E2eSuite {
  /** Opens the task pane in a fresh browser context; closed after the file's tests. */
  open(options: PaneOptions): Promise<PaneSession>;
}

/**
 * One browser and one local server per test file, on the shared production build. Chromium is
 * checked first so a machine without it fails at once with the reason.
 */
export function e2eSuite(): E2eSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let build: E2eBuild | undefined;
  const sessions: PaneSession[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    build = await ensureE2eBuild();
    server = await serveFolder(build.paneDir);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    for (const s of sessions) await s.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  return {
    async open(options) {
      if (browser === undefined || server === undefined || build === undefined) {
        throw new Error("The e2e suite did not start (see the error in beforeAll).");
      }
      const session = await openPane(browser, server.origin, build, options);
      sessions.push(session);
      return session;
    },
  };
}
