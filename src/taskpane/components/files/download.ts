import type { AddinFile } from "../../../app/service";

/**
 * Getting a file out of the task pane. A Blob and an <a download> where the host lets the add-in
 * download (Excel on the web, new Edge WebView2); some hosts (older Windows and Mac webviews)
 * ignore it silently, which cannot be detected — so the screen always says where the file went and
 * offers the file in a new window as the way round.
 */

function blobUrl(file: AddinFile): string | null {
  if (typeof URL.createObjectURL !== "function" || typeof Blob === "undefined") return null;
  // A copy with its own ArrayBuffer, as Blob takes it.
  return URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mimeType }));
}

/** The URL is released after a minute: long enough for the browser to have read it. */
function releaseLater(url: string): void {
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Starts a download of the file; false when the host has no way to (no Blob URLs). */
export function downloadFile(file: AddinFile): boolean {
  const url = blobUrl(file);
  if (url === null) return false;
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  releaseLater(url);
  return true;
}

/** Opens the file in a new browser window; false when the host refuses a window. */
export function openFileInWindow(file: AddinFile): boolean {
  const url = blobUrl(file);
  if (url === null) return false;
  // Not the "noopener" feature: with it window.open always returns null, so a window that did open
  // could not be told from one the host refused. The new window is cut off from this one instead.
  const opened = window.open(url, "_blank");
  releaseLater(url);
  if (opened === null) return false;
  opened.opener = null;
  return true;
}
