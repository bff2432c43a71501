import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { symbolOf } from "../../core";
import type { Term } from "../../core";
import { useI18n } from "../i18n/i18n-context";

const useStyles = makeStyles({
  label: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/**
 * A status or assessment as the sheet shows it: its shape symbol and label on its colour, both
 * taken from the vocabulary, so it reads the same as the workbook and without colour too.
 */
export function TermLabel({ term }: { term: Term<string> }): React.JSX.Element {
  const styles = useStyles();
  const { lang } = useI18n();
  return (
    <span
      className={styles.label}
      // The colours are vocabulary data (vocabularies.ts), the same the workbook uses.
      style={{ backgroundColor: `#${term.colour}`, color: `#${term.fontColour}` }}
    >
      <span aria-hidden="true">{symbolOf(term)}</span>
      {term[lang]}
    </span>
  );
}
