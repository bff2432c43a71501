import * as React from "react";
import {
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Title2,
  webLightTheme,
} from "@fluentui/react-components";

export interface AppProps {
  /** True when the page runs inside an Office host (Office.onReady reported a host). */
  insideOffice: boolean;
}

/** The task pane. For now a placeholder that points to the command line, which does the work. */
export function App({ insideOffice }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang="sv">
      <main aria-labelledby="app-title">
        {!insideOffice && (
          <MessageBar intent="warning" data-testid="outside-office">
            <MessageBarBody>
              <MessageBarTitle>Öppna tillägget i Excel</MessageBarTitle>
              Sidan är öppnad utanför Office. Tillägget fungerar i Excel på webben, i Windows och på Mac.
            </MessageBarBody>
          </MessageBar>
        )}
        <Title2 as="h1" id="app-title" block>
          Programuppföljning
        </Title2>
        <Body1 as="p" block>
          Årlig uppföljning av ett flerårigt kommunalt program: skapa arbetsboken, fyll i, kontrollera, sammanfatta och
          exportera rapporten till nämnden.
        </Body1>
        <Subtitle2 as="h2" block>
          Aktivitetsfönstret kommer i en senare version
        </Subtitle2>
        <Body1 as="p" block>
          Tills vidare gör kommandoraden jobbet: kör <Text font="monospace">followup</Text> (till exempel{" "}
          <Text font="monospace">followup demo</Text>) för att skapa, kontrollera, sammanfatta och exportera
          uppföljningen.
        </Body1>
        <Caption1 as="p" block>
          Version 1.0
        </Caption1>
      </main>
    </FluentProvider>
  );
}
