import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/core";
import type { FollowupService } from "../../src/app/service";
import { I18nProvider } from "../../src/taskpane/i18n/i18n-context";
import { translate, type MessageKey, type MessageParams } from "../../src/taskpane/i18n/translate";
import { ServiceProvider } from "../../src/taskpane/service-context";

/** Renders a screen as the App does: Fluent's Office look, the UI language, the service in context. */
export function renderWith(ui: React.ReactElement, options: { lang: Lang; service: FollowupService }): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme} lang={options.lang}>
      <I18nProvider lang={options.lang}>
        <ServiceProvider service={options.service}>{ui}</ServiceProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

/** The UI text as the user reads it, for assertions: from the message table, not copied into the test. */
export function text(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return translate(lang, key, params);
}
