import { createRoot, type Root } from "react-dom/client";
import type { FollowupService } from "../app/service";
import { App } from "./App";
import { langFromDisplayLanguage } from "../core";

/** How long to wait for Office.onReady before showing the page as "outside Office". */
export const OFFICE_READY_TIMEOUT_MS = 5000;

/**
 * Starts the task pane once Office is ready: the UI language from Office's display language and
 * the workbook service from `createService` (the Office.js adapter in production). Office is read
 * from the global scope when this runs, not when the module loads, so a test page can put an
 * Excel test double in place of office.js (as globals `Office` and `Excel`) before the bundle runs.
 */
export function startTaskPane(container: HTMLElement, createService: () => FollowupService): void {
  let root: Root | undefined;
  let rendered = false;
  const render = (insideOffice: boolean): void => {
    if (rendered) return;
    rendered = true;
    root ??= createRoot(container);
    const lang = langFromDisplayLanguage(insideOffice ? displayLanguage() : null);
    let service: FollowupService | null = null;
    let startError: unknown = null;
    if (insideOffice) {
      try {
        service = createService();
      } catch (e) {
        startError = e; // shown in the pane (e.g. an Excel too old for the add-in), not only logged
      }
    }
    root.render(<App lang={lang} service={service} insideOffice={insideOffice} startError={startError} />);
  };

  if (typeof Office === "undefined") {
    render(false); // office.js did not load: the page was opened outside Office, or the script failed
    return;
  }
  // Outside an Office host, office.js reports host null; if it never answers, render anyway.
  const fallback = window.setTimeout(() => render(false), OFFICE_READY_TIMEOUT_MS);
  Office.onReady()
    .then((info) => {
      window.clearTimeout(fallback);
      render(info.host !== null && info.host !== undefined);
    })
    .catch(() => {
      window.clearTimeout(fallback);
      render(false);
    });
}

function displayLanguage(): string | null {
  try {
    return Office.context.displayLanguage;
  } catch {
    return null; // a host that gives no context: the default language
  }
}
