import * as React from "react";

/**
 * How many times the tab holding a screen has been shown. Screens stay mounted once visited (a
 * half-filled form survives a look at another tab), so a screen that must not show stale facts
 * — a year closed meanwhile on another tab — reads them again when this number changes.
 */
const TabShownContext = React.createContext(0);

export function TabShownProvider({ shown, children }: { shown: number; children: React.ReactNode }): React.JSX.Element {
  return <TabShownContext.Provider value={shown}>{children}</TabShownContext.Provider>;
}

export function useTabShown(): number {
  return React.useContext(TabShownContext);
}

/**
 * Runs `reread` each time the screen's tab is shown again (not on the first showing: the screen
 * reads when it mounts). What another tab did meanwhile — a workbook generated, a year closed,
 * rows saved — is then on screen, not what stood when the tab was first opened.
 */
export function useRereadWhenShown(reread: () => void): void {
  const shown = useTabShown();
  const first = React.useRef(shown);
  const latest = React.useRef(reread);
  latest.current = reread;
  React.useEffect(() => {
    if (shown !== first.current) latest.current();
  }, [shown]);
}
