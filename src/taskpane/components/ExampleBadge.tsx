import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";

const useStyles = makeStyles({
  // The text is a sentence; in a narrow pane it wraps instead of overflowing the badge.
  badge: {
    height: "auto",
    minHeight: tokens.lineHeightBase300,
    whiteSpace: "normal",
    paddingBlock: tokens.spacingVerticalXXS,
  },
});

/** Marks a text that is an example from the template, not the adopted programme's wording. */
export function ExampleBadge(): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color="warning" shape="rounded">
      {t("common.exampleText")}
    </Badge>
  );
}
