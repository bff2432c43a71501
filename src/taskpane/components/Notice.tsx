import * as React from "react";
import { MessageBar, MessageBarBody, type MessageBarProps } from "@fluentui/react-components";

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
  return (
    <MessageBar intent={intent} layout="multiline" role={role}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
