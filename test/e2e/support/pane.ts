import type { Browser, BrowserContext, Page } from "playwright-core";
import type { E2eBuild } from "./build";

/** Where a production task pane loads office.js from (webpack.config.js). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** A task-pane-sized window, as Excel's task pane is about 320–400 px wide. */
export const PANE_VIEWPORT = { width: 360, height: 800 } as const;

export interface PaneOptions {
  /** Office.context.displayLanguage the double reports (default "sv-SE"). */
  readonly displayLanguage: string;
  /** The workbook's first sheet, someone's own (default: a new workbook's blank "Sheet1"). */
  readonly firstSheet?: { readonly name: string; readonly rows: readonly (readonly (string | number)[])[] };
  /** The pane's width in px (default 360). */
  readonly width?: number;
}

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests the page made to anything but the local server (aborted; there should be none). */
  readonly externalRequests: string[];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[];
  /** console.error output of the page. */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

/**
 * Opens the production task pane from the local server in a fresh browser context (its own
 * storage, so a remembered department does not leak between flows), with the Excel test double
 * served in place of office.js: the page starts exactly as in Excel, through Office.onReady.
 */
export async function openPane(
  browser: Browser,
  origin: string,
  build: E2eBuild,
  options: PaneOptions
): Promise<PaneSession> {
  const viewport = { ...PANE_VIEWPORT, width: options.width ?? PANE_VIEWPORT.width };
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  // Later routes take precedence: the catch-all first, then office.js.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    externalRequests.push(url);
    return route.abort("blockedbyclient");
  });
  // The production page asks Microsoft's CDN for office.js: the double answers in its place.
  await context.route(OFFICE_JS_CDN, (route) =>
    route.fulfill({ path: build.doubleScript, contentType: "text/javascript; charset=utf-8" })
  );
  await context.addInitScript(
    ({ displayLanguage, firstSheet }) => {
      (globalThis as unknown as Record<string, unknown>).excelDoubleOptions = {
        displayLanguage,
        platform: "web",
        firstSheet,
      };
    },
    { displayLanguage: options.displayLanguage, firstSheet: options.firstSheet }
  );
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.stack ?? e.message));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.goto(new URL("taskpane.html", origin).href);
  return { context, page, externalRequests, pageErrors, consoleErrors, close: () => context.close() };
}
