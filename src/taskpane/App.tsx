import * as React from "react";
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  CalendarArrowRightRegular,
  CheckboxCheckedRegular,
  DataBarVerticalRegular,
  PersonEditRegular,
  SettingsRegular,
} from "@fluentui/react-icons";
import type { Lang } from "../core";
import type { FollowupService } from "../app/service";
import { ErrorBar } from "./components/ErrorBar";
import { useAction } from "./components/use-action";
import { CheckScreen, CopiesScreen, MyRowsScreen, SetupScreen, SummaryScreen, YearEndScreen } from "./lazy-screens";
import { I18nProvider, useI18n } from "./i18n/i18n-context";
import type { MessageKey } from "./i18n/translate";
import { ServiceProvider, useService } from "./service-context";
import { TabShownProvider } from "./tab-shown";
import { WorkbookChangesProvider } from "./workbook-changes";

export type TabKey = "setup" | "myRows" | "check" | "summary" | "yearEnd";

const TABS: readonly { key: TabKey; label: MessageKey; icon: React.JSX.Element }[] = [
  { key: "setup", label: "tab.setup", icon: <SettingsRegular /> },
  { key: "myRows", label: "tab.myRows", icon: <PersonEditRegular /> },
  { key: "check", label: "tab.check", icon: <CheckboxCheckedRegular /> },
  { key: "summary", label: "tab.summary", icon: <DataBarVerticalRegular /> },
  { key: "yearEnd", label: "tab.yearEnd", icon: <CalendarArrowRightRegular /> },
];

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  tabs: { flexWrap: "wrap" },
  screens: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXL },
  heading: { margin: 0 },
});

export interface AppProps {
  readonly lang: Lang;
  /** The workbook; null outside Office, where there is none. */
  readonly service: FollowupService | null;
  /** True when Office.onReady reported a host. */
  readonly insideOffice: boolean;
  /** The tab shown first; by default Set up for a workbook that is no follow-up yet, else My rows. */
  readonly initialTab?: TabKey;
  readonly currentYear?: number;
  /** Why the workbook service could not be created, if it could not. */
  readonly startError?: unknown;
}

/** The task pane: Office's look (webLightTheme), the UI language, the workbook in context, five tabs. */
export function App({
  lang,
  service,
  insideOffice,
  initialTab,
  currentYear,
  startError = null,
}: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <I18nProvider lang={lang}>
        {startError !== null ? (
          <StartFailed error={startError} />
        ) : insideOffice && service !== null ? (
          <ServiceProvider service={service}>
            <Tabs initialTab={initialTab} currentYear={currentYear} />
          </ServiceProvider>
        ) : (
          <OutsideOffice />
        )}
      </I18nProvider>
    </FluentProvider>
  );
}

function Heading(): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Title3 as="h1" id="app-title" className={styles.heading}>
      {t("app.title")}
    </Title3>
  );
}

function OutsideOffice(): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <main className={styles.main} aria-labelledby="app-title">
      <Heading />
      <MessageBar intent="warning" data-testid="outside-office" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("outside.title")}</MessageBarTitle>
          {t("outside.body")}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

function StartFailed({ error }: { error: unknown }): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.main} aria-labelledby="app-title">
      <Heading />
      <ErrorBar error={error} />
    </main>
  );
}

function Tabs({ initialTab, currentYear }: { initialTab?: TabKey; currentYear?: number }): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const service = useService();
  const start = useAction();
  const [tab, setTab] = React.useState<TabKey | null>(initialTab ?? null);
  // Screens stay mounted once visited, so a half-filled form survives a look at another tab.
  const [visited, setVisited] = React.useState<ReadonlySet<TabKey>>(
    new Set(initialTab === undefined ? [] : [initialTab])
  );

  const [shown, setShown] = React.useState<Readonly<Partial<Record<TabKey, number>>>>({});
  const show = React.useCallback((key: TabKey) => {
    setTab(key);
    setVisited((v) => new Set([...v, key]));
    setShown((s) => ({ ...s, [key]: (s[key] ?? 0) + 1 }));
  }, []);

  const runStart = start.run;
  React.useEffect(() => {
    if (initialTab !== undefined) return;
    void runStart(async (): Promise<TabKey> => ((await service.readMeta()) === null ? "setup" : "myRows")).then(
      (first) => show(first ?? "setup")
    );
  }, [initialTab, runStart, service, show]);

  const panel = (key: TabKey): React.ReactNode => {
    switch (key) {
      case "setup":
        // Sending copies out and bringing them in is the coordinator's, beside setting up.
        return (
          <div className={styles.screens}>
            <SetupScreen currentYear={currentYear} />
            <CopiesScreen />
          </div>
        );
      case "myRows":
        return <MyRowsScreen />;
      case "check":
        return <CheckScreen />;
      case "summary":
        return <SummaryScreen />;
      case "yearEnd":
        return <YearEndScreen />;
    }
  };

  return (
    <WorkbookChangesProvider>
      <main className={styles.main} aria-labelledby="app-title">
        <Heading />
        <TabList
          className={styles.tabs}
          size="small"
          // Controlled from the start: "none" selects no tab until the workbook says which comes first.
          selectedValue={tab ?? "none"}
          onTabSelect={(_, data) => show(data.value as TabKey)}
          aria-label={t("tab.label")}
        >
          {TABS.map((x) => (
            <Tab
              key={x.key}
              id={`tab-${x.key}`}
              value={x.key}
              icon={x.icon}
              aria-controls={visited.has(x.key) ? `panel-${x.key}` : undefined}
            >
              {t(x.label)}
            </Tab>
          ))}
        </TabList>
        {start.hasError && <ErrorBar error={start.error} onDismiss={start.clearError} />}
        {tab === null && <Spinner size="small" label={t("app.starting")} />}
        {TABS.filter((x) => visited.has(x.key)).map((x) => (
          <div
            key={x.key}
            id={`panel-${x.key}`}
            role="tabpanel"
            aria-labelledby={`tab-${x.key}`}
            hidden={tab !== x.key}
          >
            <TabShownProvider shown={shown[x.key] ?? 0}>
              <React.Suspense fallback={<Spinner size="small" label={t("app.screenLoading")} />}>
                {panel(x.key)}
              </React.Suspense>
            </TabShownProvider>
          </div>
        ))}
      </main>
    </WorkbookChangesProvider>
  );
}
