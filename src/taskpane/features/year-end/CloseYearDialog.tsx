import * as React from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { useI18n } from "../../i18n/i18n-context";
import { isComplete, type Missing } from "./close-missing";

/** Errors listed in the warning; Check lists them all. */
const ERRORS_SHOWN = 8;
/** Row IDs named per department before "…". */
const ROWS_SHOWN = 6;

function shortList(rows: readonly string[]): string {
  return rows.length <= ROWS_SHOWN ? rows.join(", ") : `${rows.slice(0, ROWS_SHOWN).join(", ")}, …`;
}

/** The warning before closing: what is still missing, and that nothing can be changed afterwards. */
export function CloseYearDialog({
  open,
  year,
  missing,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  year: number;
  missing: Missing;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useI18n();
  const complete = isComplete(missing);
  const cancel = React.useRef<HTMLButtonElement>(null);
  // The dialog first focuses the first focusable element it holds (the list of what is missing);
  // Cancel takes the focus right after, so Enter never closes a year by accident.
  React.useEffect(() => {
    if (!open) return undefined;
    const timer = setTimeout(() => cancel.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [open]);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="close-year-warning">
        <DialogBody>
          <DialogTitle>{t("yearEnd.close.dialogTitle", { year })}</DialogTitle>
          <DialogContent>
            {/* The warning first, so it is seen at any width before the lists that may scroll. */}
            <div id="close-year-warning">
              <Notice intent="warning">{t("yearEnd.close.warning")}</Notice>
            </div>
            {complete ? (
              <Body1 block>{t("yearEnd.close.complete")}</Body1>
            ) : (
              // Focusable, so a keyboard user can scroll a long list (axe: scrollable-region-focusable).
              <div data-testid="close-missing" tabIndex={0} role="region" aria-label={t("yearEnd.close.missing")}>
                <Body1 block>{t("yearEnd.close.missing")}</Body1>
                {missing.notReported.length > 0 && (
                  <ul>
                    {missing.notReported.map((m) => (
                      <li key={m.department}>
                        {t("yearEnd.close.notReported", {
                          department: m.department,
                          count: m.rows.length,
                          rows: shortList(m.rows),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
                {missing.errors.length > 0 && (
                  <>
                    <Body1 block>{t("yearEnd.close.errors", { count: missing.errors.length })}</Body1>
                    <ul>
                      {missing.errors.slice(0, ERRORS_SHOWN).map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                    {missing.errors.length > ERRORS_SHOWN && (
                      <Body1 block>
                        {t("yearEnd.close.moreErrors", { count: missing.errors.length - ERRORS_SHOWN })}
                      </Body1>
                    )}
                  </>
                )}
              </div>
            )}
          </DialogContent>
          {/*
            Cancel comes first and is the default: the dialog focuses it, so Enter never closes a year
            by accident; closing with rows missing is the secondary, deliberate choice.
          */}
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onCancel} ref={cancel}>
              {t("yearEnd.close.cancel")}
            </Button>
            <Button appearance={complete ? "outline" : "secondary"} disabled={busy} onClick={onConfirm}>
              {complete ? t("yearEnd.close.confirm") : t("yearEnd.close.confirmAnyway")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
