import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { describeError } from "../errors";
import { useI18n } from "../i18n/i18n-context";

/** An error the user must act on: what happened and what to do, in a MessageBar. */
export function ErrorBar({ error, onDismiss }: { error: unknown; onDismiss?: () => void }): React.JSX.Element {
  const { t, lang } = useI18n();
  const shown = describeError(error, t, lang);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{shown.message}</MessageBarTitle> {shown.action}
        {shown.detail !== null && (
          <Caption1 block>
            {t("error.detail")}: {shown.detail}
          </Caption1>
        )}
      </MessageBarBody>
      {onDismiss !== undefined && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={t("common.dismiss")}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
