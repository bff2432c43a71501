import * as React from "react";
import { Button, Caption1, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, SaveRegular } from "@fluentui/react-icons";
import { Notice } from "../../components/Notice";
import { Working } from "../../components/Working";
import { useStackStyles } from "../../components/Screen";
import { useI18n } from "../../i18n/i18n-context";

const useStyles = makeStyles({
  // Stays at the bottom of the pane while the rows scroll under it: Save is never a long scroll away.
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderTop(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    boxShadow: tokens.shadow4,
  },
});

export interface SaveBarProps {
  readonly changed: number;
  readonly busy: boolean;
  /** Why Save cannot be pressed now, or null. */
  readonly saveBlocked: string | null;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
}

/** Save and undo, with how much is unsaved; throwing work away asks first, the safe answer focused. */
export function SaveBar({ changed, busy, saveBlocked, onSave, onDiscard }: SaveBarProps): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const stack = useStackStyles();
  const [confirming, setConfirming] = React.useState(false);
  const keepButton = React.useRef<HTMLButtonElement>(null);
  const discardButton = React.useRef<HTMLButtonElement>(null);

  const ask = (): void => {
    setConfirming(true);
    setTimeout(() => keepButton.current?.focus(), 0);
  };
  const keep = (): void => {
    setConfirming(false);
    setTimeout(() => discardButton.current?.focus(), 0);
  };
  const discard = (): void => {
    setConfirming(false);
    onDiscard();
  };

  return (
    <div className={styles.bar} role="region" aria-label={t("myRows.saveBar.label")}>
      <div className={stack.row}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabledFocusable={busy || saveBlocked !== null}
          aria-describedby={saveBlocked === null ? undefined : "save-blocked"}
          onClick={onSave}
        >
          {t("myRows.save")}
        </Button>
        <Button
          ref={discardButton}
          icon={<ArrowUndoRegular />}
          disabled={busy || changed === 0 || confirming}
          onClick={ask}
        >
          {t("myRows.discard")}
        </Button>
      </div>
      {busy && <Working label={t("progress.writing")} />}
      {changed > 0 && <Caption1>{t("myRows.saveBar.unsaved", { count: changed })}</Caption1>}
      {confirming && changed > 0 && (
        <Notice intent="warning" role="alert">
          <div className={stack.stack}>
            <span>{t("myRows.discard.confirm", { count: changed })}</span>
            <div className={stack.row}>
              <Button ref={keepButton} appearance="primary" onClick={keep}>
                {t("myRows.discard.no")}
              </Button>
              <Button onClick={discard}>{t("myRows.discard.yes")}</Button>
            </div>
          </div>
        </Notice>
      )}
      {saveBlocked !== null && <Caption1 id="save-blocked">{saveBlocked}</Caption1>}
    </div>
  );
}
