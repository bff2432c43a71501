import * as React from "react";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { Button } from "@fluentui/react-components";
import { Notice } from "./components/Notice";
import { useI18n } from "./i18n/i18n-context";
import { useService } from "./service-context";

/** Edits come in bursts (a paste, a fill-down): one notice for the burst. */
const SETTLE_MS = 300;

/** How many bursts of edits by someone's hand the workbook has had since the pane opened. */
const ChangesContext = React.createContext(0);

/**
 * Watches the workbook for edits made by hand (the add-in's own writes raise none) and counts
 * them for the screens below. As Office's co-authoring guidance asks, a change only updates this
 * count: no dialog, no read, no write in the handler. Where Excel cannot watch (an old host),
 * the screens still read again when their tab is shown.
 */
export function WorkbookChangesProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const service = useService();
  const [changes, setChanges] = React.useState(0);
  React.useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const noted = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => setChanges((n) => n + 1), SETTLE_MS);
    };
    service.watchChanges(noted).then(
      (s) => {
        if (ended) void s().catch(() => undefined);
        else stop = s;
      },
      // Watching is a convenience: without it the screens read again when shown.
      () => undefined
    );
    return () => {
      ended = true;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [service]);
  return <ChangesContext.Provider value={changes}>{children}</ChangesContext.Provider>;
}

export interface ReadMark {
  /** The workbook was edited by hand since the screen last read it. */
  readonly stale: boolean;
  /** Call when a read starts: what it reads is current from then on. */
  readonly reading: () => void;
}

export function useReadMark(): ReadMark {
  const changes = React.useContext(ChangesContext);
  const latest = React.useRef(changes);
  latest.current = changes;
  const [readAt, setReadAt] = React.useState(changes);
  const reading = React.useCallback(() => setReadAt(latest.current), []);
  return { stale: changes > readAt, reading };
}

/** Said when the workbook changed under a screen: a button reads it again; nothing is read unasked. */
export function ChangedNotice({ onReload }: { onReload: () => void }): React.JSX.Element {
  const { t } = useI18n();
  return (
    <Notice intent="info" role="status">
      <span>{t("app.changed")} </span>
      <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onReload}>
        {t("app.changed.reload")}
      </Button>
    </Notice>
  );
}
