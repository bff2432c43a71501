import * as React from "react";
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** A screen of the task pane: its heading, a line on what it is for, and its content in a column. */
export function Screen({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.screen} aria-label={title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {title}
      </Subtitle2>
      <Body1 className={styles.intro}>{intro}</Body1>
      {children}
    </section>
  );
}

export const useStackStyles = makeStyles({
  heading: { margin: 0 },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});
