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
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="close-year-warning">
        <DialogBody>
          <DialogTitle>{t("yearEnd.close.dialogTitle", { year })}</DialogTitle>
          <DialogContent>
            {complete ? (
              <Body1 block>{t("yearEnd.close.complete")}</Body1>
            ) : (
              <div data-testid="close-missing">
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
            <div id="close-year-warning">
              <Notice intent="warning">{t("yearEnd.close.warning")}</Notice>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onConfirm}>
              {complete ? t("yearEnd.close.confirm") : t("yearEnd.close.confirmAnyway")}
            </Button>
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>
              {t("yearEnd.close.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
