import type { PaneSession } from "./pane";

/** No uncaught error, no console error and no request off the local server since the page opened. */
export function expectPageHealthy(session: PaneSession): void {
  expect(session.pageErrors).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
}
