import { createRoot, Root } from "react-dom/client";
import { App } from "./App";

/** How long to wait for Office.onReady before showing the page as "outside Office". */
const OFFICE_READY_TIMEOUT_MS = 5000;

let root: Root | undefined;

function render(insideOffice: boolean): void {
  const container = document.getElementById("container");
  if (!container) {
    throw new Error('The task pane page has no element with id "container".');
  }
  root ??= createRoot(container);
  root.render(<App insideOffice={insideOffice} />);
}

function start(): void {
  if (typeof Office === "undefined") {
    // office.js did not load: the page was opened outside Office (or the script failed).
    render(false);
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

start();
