import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Problems with something the user gave (a file, a pasted table, an update), one per line, each naming where. */
export function ProblemList({
  title,
  problems,
  action,
}: {
  title: string;
  problems: readonly string[];
  action?: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {action}
        <ul className={styles.list}>
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
