import * as React from "react";
import { MessageBar, MessageBarBody, useId, type MessageBarProps } from "@fluentui/react-components";

/**
 * A short message in a MessageBar. Multiline: the task pane is narrow, and a message wraps
 * rather than being cut or switching layout as the pane is resized.
 */
export function Notice({
  intent,
  role,
  children,
}: {
  intent: NonNullable<MessageBarProps["intent"]>;
  role?: "status" | "alert";
  children: React.ReactNode;
}): React.JSX.Element {
  // Without a MessageBarTitle, Fluent's MessageBar names itself by a title id nothing carries: the
  // message names it instead, so no aria-labelledby points at a missing element.
  const id = useId("notice");
  return (
    <MessageBar intent={intent} layout="multiline" role={role} aria-labelledby={id}>
      <MessageBarBody id={id}>{children}</MessageBarBody>
    </MessageBar>
  );
}
