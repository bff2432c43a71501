import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Subtitle2,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, EraserRegular, HighlightRegular } from "@fluentui/react-icons";
import type { FollowupState } from "../../../app/service";
import { ErrorBar } from "../../components/ErrorBar";
import { Working } from "../../components/Working";
import { Notice } from "../../components/Notice";
import { Screen, useStackStyles } from "../../components/Screen";
import { useAction } from "../../components/use-action";
import { useI18n } from "../../i18n/i18n-context";
import { useService } from "../../service-context";
import { ChangedNotice, useReadMark } from "../../workbook-changes";
import { useRereadWhenShown } from "../../tab-shown";
import { DepartmentProgressList } from "./DepartmentProgressList";
import { FindingItem } from "./FindingItem";
import { countBySeverity, groupBySheet, markable } from "./group-findings";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none" },
  heading: { margin: 0 },
});

/** Check (the coordinator): every problem by sheet, a click to its cell, and who has reported. */
export function CheckScreen(): React.JSX.Element {
  const { t } = useI18n();
  const service = useService();
  const stack = useStackStyles();
  const styles = useStyles();
  const reading = useAction();
  const work = useAction();
  const [state, setState] = React.useState<FollowupState | null>(null);
  const [reads, setReads] = React.useState(0);
  const [notice, setNotice] = React.useState<string | null>(null);

  const runReading = reading.run;
  const changed = useReadMark();
  const markRead = changed.reading;
  const check = React.useCallback(() => {
    markRead();
    setNotice(null);
    void runReading(async () => {
      setState(await service.read());
      setReads((n) => n + 1);
    });
  }, [runReading, service, markRead]);
  React.useEffect(check, [check]);
  useRereadWhenShown(check);

  const groups = state === null ? [] : groupBySheet(state.findings);
  const counts = state === null ? null : countBySeverity(state.findings);
  const toMark = state === null ? [] : markable(state.findings);
  const busy = reading.busy || work.busy;

  return (
    <Screen title={t("check.title")} intro={t("check.intro")}>
      <div className={stack.row}>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} disabled={busy} onClick={check}>
          {t("check.run")}
        </Button>
        <Button
          icon={<HighlightRegular />}
          disabled={busy || toMark.length === 0}
          onClick={() =>
            void work.run(async () => {
              await service.markProblems(toMark);
              setNotice(t("check.marked", { count: toMark.length }));
            })
          }
        >
          {t("check.mark")}
        </Button>
        <Button
          icon={<EraserRegular />}
          disabled={busy}
          onClick={() =>
            void work.run(async () => {
              await service.clearProblemMarks();
              setNotice(t("check.cleared"));
            })
          }
        >
          {t("check.clear")}
        </Button>
      </div>
      {reading.busy && <Working label={t("check.reading")} />}
      {changed.stale && <ChangedNotice onReload={check} />}
      {work.busy && <Working label={t("progress.writing")} />}
      {reading.hasError && <ErrorBar error={reading.error} onDismiss={reading.clearError} />}
      {work.hasError && <ErrorBar error={work.error} onDismiss={work.clearError} />}
      {notice !== null && <Notice intent="success">{notice}</Notice>}
      {counts !== null && (
        <Notice intent={counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "success"} role="status">
          {counts.error + counts.warning === 0
            ? t("check.none")
            : t("check.counts", { errors: counts.error, warnings: counts.warning })}
        </Notice>
      )}
      {groups.length > 0 && (
        <Accordion key={reads} multiple collapsible defaultOpenItems={groups.map((g) => g.sheet ?? "")}>
          {groups.map((g) => (
            <AccordionItem key={g.sheet ?? ""} value={g.sheet ?? ""}>
              <AccordionHeader as="h3">
                {t("check.group", {
                  sheet: g.sheet ?? t("check.workbook"),
                  count: g.findings.length,
                })}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {g.findings.map((f, i) => (
                    <FindingItem
                      key={i}
                      finding={f}
                      disabled={busy}
                      onSelect={(sheet, cell) => void work.run(() => service.selectCell(sheet, cell))}
                    />
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {state !== null && (
        <>
          <Subtitle2 as="h3" className={styles.heading}>
            {t("check.progress.title")}
          </Subtitle2>
          <DepartmentProgressList
            progress={state.summary.departments}
            departments={state.programme.departments}
            ready={state.ready}
          />
        </>
      )}
    </Screen>
  );
}
