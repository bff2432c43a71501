import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { ArrowClockwiseRegular, DocumentEditRegular } from "@fluentui/react-icons";
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
import { AreaSummaryCard, type AreaFigures } from "./AreaSummaryCard";
import { ChoiceEditor } from "./ChoiceEditor";
import { StatusChart } from "./StatusChart";
import {
  choiceEdits,
  choicesFromState,
  mergeReread,
  OVERALL,
  unresolved,
  type ChoiceDraft,
  type ChoiceDrafts,
} from "./summary-choices";

interface Form {
  readonly drafts: ChoiceDrafts;
  readonly touched: ReadonlySet<string>;
}

/** Summary (the coordinator): per area the numbers and the suggestion; confirm or override, write the sheet. */
export function SummaryScreen(): React.JSX.Element {
  const { t } = useI18n();
  const service = useService();
  const stack = useStackStyles();
  const reading = useAction();
  const work = useAction();
  const [state, setState] = React.useState<FollowupState | null>(null);
  const [form, setForm] = React.useState<Form>({ drafts: {}, touched: new Set() });
  const [notice, setNotice] = React.useState<string | null>(null);

  const runReading = reading.run;
  const changed = useReadMark();
  const markRead = changed.reading;
  const load = React.useCallback(() => {
    markRead();
    setNotice(null);
    void runReading(async () => {
      const read = await service.read();
      setState(read);
      const fresh = choicesFromState(read);
      setForm((f) => ({ drafts: mergeReread(f.drafts, f.touched, fresh), touched: f.touched }));
    });
  }, [runReading, service, markRead]);
  React.useEffect(load, [load]);
  useRereadWhenShown(load);

  const change = (key: string) => (draft: ChoiceDraft) => {
    setNotice(null);
    setForm((f) => ({ drafts: { ...f.drafts, [key]: draft }, touched: new Set([...f.touched, key]) }));
  };

  const blocked = unresolved(form.drafts, form.touched);
  const write = (): void => {
    const edits = choiceEdits(form.drafts, form.touched);
    void work.run(async () => {
      await service.writeSummary(edits);
      setForm((f) => ({ drafts: f.drafts, touched: new Set() }));
      setNotice(t("summary.written"));
    });
  };

  const busy = reading.busy || work.busy;
  const summary = state?.summary;
  const overallFigures: AreaFigures | null =
    summary === undefined
      ? null
      : {
          activities: summary.totals.activities ?? {},
          goals: summary.totals.goals ?? {},
          rows: summary.totals.rows,
          reported: summary.totals.reported,
          shareOnTrack: summary.totals.shareOnTrack,
          suggestion: summary.overall.suggestion,
        };
  const draftOf = (key: string): ChoiceDraft =>
    form.drafts[key] ?? { assessment: null, text: "", raw: null, done: "", doneEdited: false, doneWritten: false };

  return (
    <Screen title={t("summary.title")} intro={t("summary.intro")}>
      <div>
        <Button icon={<ArrowClockwiseRegular />} disabled={busy} onClick={load}>
          {t("summary.reread")}
        </Button>
      </div>
      {reading.busy && <Working label={t("summary.reading")} />}
      {changed.stale && <ChangedNotice onReload={load} />}
      {work.busy && <Working label={t("progress.writing")} />}
      {reading.hasError && <ErrorBar error={reading.error} onDismiss={reading.clearError} />}
      {summary !== undefined && overallFigures !== null && (
        <div className={stack.stack}>
          <StatusChart areas={summary.areas} />
          <AreaSummaryCard title={t("summary.overall", { year: summary.year })} figures={overallFigures}>
            <ChoiceEditor
              name={t("summary.overallName")}
              draft={draftOf(OVERALL)}
              suggestion={summary.overall.suggestion.assessment}
              disabled={busy}
              textRows={8}
              onChange={change(OVERALL)}
            />
          </AreaSummaryCard>
          {summary.areas.map((area) => {
            const title = t(area.kind === "guideline" ? "summary.guidelineTitle" : "summary.areaTitle", {
              id: area.areaId,
              name: area.name,
            });
            return (
              <AreaSummaryCard key={area.areaId} title={title} figures={area}>
                <ChoiceEditor
                  name={title}
                  draft={draftOf(area.areaId)}
                  suggestion={area.suggestion.assessment}
                  disabled={busy}
                  doneDraft={area.doneDraft ?? ""}
                  onChange={change(area.areaId)}
                />
              </AreaSummaryCard>
            );
          })}
          <div>
            <Button
              appearance="primary"
              icon={<DocumentEditRegular />}
              disabledFocusable={busy || blocked.length > 0}
              aria-describedby={blocked.length > 0 ? "summary-blocked" : undefined}
              onClick={write}
            >
              {t("summary.write")}
            </Button>
          </div>
          {blocked.length > 0 && (
            <Caption1 id="summary-blocked">
              {t("summary.blocked", {
                keys: blocked.map((key) => (key === OVERALL ? t("summary.overallName") : key)).join(", "),
              })}
            </Caption1>
          )}
        </div>
      )}
      {work.hasError && <ErrorBar error={work.error} onDismiss={work.clearError} />}
      {notice !== null && <Notice intent="success">{notice}</Notice>}
    </Screen>
  );
}
