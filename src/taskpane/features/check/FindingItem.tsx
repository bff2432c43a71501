import * as React from "react";
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import { renderFinding } from "../../../core";
import type { Finding } from "../../../core";
import { useI18n } from "../../i18n/i18n-context";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  go: { gridColumnStart: 2, justifySelf: "start" },
});

/** One problem: its severity, the message in the UI language, and a button that selects its cell. */
export function FindingItem({
  finding,
  disabled,
  onSelect,
}: {
  finding: Finding;
  disabled: boolean;
  onSelect: (sheet: string, cell: string) => void;
}): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const Icon = { error: ErrorCircleRegular, warning: WarningRegular, info: InfoRegular }[finding.severity];
  const { sheet, cell } = finding;
  return (
    <li className={styles.item}>
      <Icon className={styles[finding.severity]} aria-label={t(`check.severity.${finding.severity}`)} role="img" />
      <Body1>{renderFinding(finding, lang)}</Body1>
      {sheet !== null && cell !== null && (
        <Button
          className={styles.go}
          size="small"
          appearance="subtle"
          disabled={disabled}
          onClick={() => onSelect(sheet, cell)}
        >
          {t("check.goToCell", { cell })}
        </Button>
      )}
    </li>
  );
}
