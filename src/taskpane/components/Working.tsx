import * as React from "react";
import { Caption1, Spinner } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";

/** After this long, the pane says why Excel may be holding the request. */
export const SLOW_MS = 3000;

/** True once `active` has lasted SLOW_MS; false again when it ends. */
export function useSlow(active: boolean): boolean {
  const [slow, setSlow] = React.useState(false);
  React.useEffect(() => {
    setSlow(false);
    if (!active) return undefined;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [active]);
  return slow;
}

/**
 * Work in the workbook is under way: a spinner naming it, and, if it takes long, the likeliest
 * reason — Excel runs no add-in request while someone is typing in a cell, and says nothing.
 */
export function Working({ label }: { label: string }): React.JSX.Element {
  const { t } = useI18n();
  const slow = useSlow(true);
  return (
    <div role="status">
      <Spinner size="tiny" label={label} />
      {slow && <Caption1>{t("progress.cellEdit")}</Caption1>}
    </div>
  );
}
