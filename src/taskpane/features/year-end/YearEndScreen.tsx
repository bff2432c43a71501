import * as React from "react";
import { Body1, Button, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import {
  CalendarArrowRightRegular,
  DocumentArrowDownRegular,
  LockClosedRegular,
  LockOpenRegular,
  TableRegular,
} from "@fluentui/react-icons";
import type { Programme } from "../../../core";
import type { AddinFile, FollowupState, RolloverOutcome } from "../../../app/service";
import { ErrorBar } from "../../components/ErrorBar";
import { Working } from "../../components/Working";
import { Notice } from "../../components/Notice";
import { ProblemList } from "../../components/ProblemList";
import { ProgrammeFacts } from "../../components/programme/ProgrammeFacts";
import { ProgrammeSource } from "../../components/programme/ProgrammeSource";
import { useProgrammeChoice } from "../../components/programme/use-programme-choice";
import { Screen, useStackStyles } from "../../components/Screen";
import { useAction } from "../../components/use-action";
import { useI18n } from "../../i18n/i18n-context";
import { useService } from "../../service-context";
import { ChangedNotice, useReadMark } from "../../workbook-changes";
import { useRereadWhenShown } from "../../tab-shown";
import { missingFromFindings, missingFromOutcome, type Missing } from "./close-missing";
import { rolloverRefusalText } from "./rollover-refusal";
import { CloseYearDialog } from "./CloseYearDialog";
import { FileOffer } from "../../components/files/FileOffer";
import { ReportCoverFields } from "./ReportCoverFields";
import { coverDateInvalid, coverOf, EMPTY_COVER, type CoverDraft } from "./report-cover";

interface Offer {
  readonly file: AddinFile;
  readonly autoDownload: boolean;
  readonly note: string | null;
}

/**
 * Report and year-end (the coordinator): the committee report as .docx, the print-ready summary as
 * a new workbook, closing the year after a warning that lists what is missing, and next year's
 * workbook. Every result says where the file went; errors stay in a MessageBar.
 */
export function YearEndScreen(): React.JSX.Element {
  const { t, lang } = useI18n();
  const service = useService();
  const stack = useStackStyles();
  const reading = useAction();
  const work = useAction();
  const [state, setState] = React.useState<FollowupState | null>(null);
  const [offer, setOffer] = React.useState<Offer | null>(null);
  const [notice, setNotice] = React.useState<{ intent: "success" | "warning"; text: string } | null>(null);
  const [closing, setClosing] = React.useState<Missing | null>(null);
  const [cover, setCover] = React.useState<CoverDraft>(EMPTY_COVER);
  const closeButton = React.useRef<HTMLButtonElement>(null);
  // The dialog is opened by state, not by a DialogTrigger, so Fluent cannot give the focus back:
  // after Cancel or Esc it returns to the button that opened the dialog, not to the page's body.
  const cancelClose = (): void => {
    setClosing(null);
    setTimeout(() => closeButton.current?.focus(), 0);
  };
  // Past the programme's period, next year needs the new programme (never the bundled one here).
  const newProgramme = useProgrammeChoice(null, work.run, () => setOffer(null));

  const runReading = reading.run;
  const changed = useReadMark();
  const markRead = changed.reading;
  const load = React.useCallback(() => {
    markRead();
    void runReading(async () => setState(await service.read()));
  }, [runReading, service, markRead]);
  React.useEffect(load, [load]);
  useRereadWhenShown(load);

  const start = (): void => {
    setOffer(null);
    setNotice(null);
  };

  const exportReport = (): void => {
    start();
    void work.run(async () => {
      const file = await service.exportReport(lang, coverOf(cover));
      setOffer({ file, autoDownload: true, note: null });
    });
  };

  const openSummary = (): void => {
    start();
    void work.run(async () => {
      const outcome = await service.openSummaryWorkbook(lang);
      if (outcome.opened) {
        setNotice({ intent: "success", text: t("yearEnd.summary.opened") });
      } else {
        setOffer({ file: outcome.file, autoDownload: true, note: t("yearEnd.summary.notOpened") });
      }
    });
  };

  const askClose = (): void => {
    start();
    if (state !== null) setClosing(missingFromFindings(state.findings, lang));
  };

  const confirmClose = (): void => {
    const missing = closing;
    if (missing === null) return;
    const force = missing.notReported.length > 0 || missing.errors.length > 0;
    void work.run(async () => {
      const outcome = await service.closeYear(force);
      if (!outcome.ok) {
        // The workbook changed since it was read: warn again with what is missing now.
        setClosing(missingFromOutcome(outcome, lang));
        return;
      }
      setClosing(null);
      setNotice({
        intent: "success",
        text: t(outcome.alreadyClosed ? "yearEnd.close.already" : "yearEnd.close.done", { year: outcome.year }),
      });
      setState(await service.read());
    });
  };

  const [reopenReason, setReopenReason] = React.useState("");
  const reopen = (): void => {
    start();
    void work.run(async () => {
      const outcome = await service.reopenYear(reopenReason);
      setNotice(
        outcome.reopened
          ? { intent: "success", text: t("yearEnd.reopen.done", { year: outcome.year, day: outcome.day }) }
          : { intent: "warning", text: t("yearEnd.reopen.notClosed", { year: outcome.year }) }
      );
      setReopenReason("");
      setState(await service.read());
    });
  };

  const rollover = (year: number, programme: Programme | undefined): void => {
    start();
    void work.run(async () => {
      const outcome: RolloverOutcome = await service.rolloverWorkbook(year, programme);
      if (!outcome.ok) {
        setNotice({
          intent: "warning",
          text: t("yearEnd.rollover.refused", { reason: rolloverRefusalText(outcome.refusal, lang) }),
        });
        return;
      }
      const done = t("yearEnd.rollover.done", { year, carried: outcome.carried, closed: outcome.closedRows });
      setOffer({
        file: outcome.file,
        // Opened in Excel already: the download is there for keeping, not started again.
        autoDownload: !outcome.opened,
        note: outcome.opened ? `${done} ${t("yearEnd.rollover.opened")}` : done,
      });
    });
  };

  const meta = state?.meta ?? null;
  const nextYear = meta === null ? null : meta.year + 1;
  const periodEnd = state?.programme.period.to ?? null;
  const pastPeriod = nextYear !== null && periodEnd !== null && nextYear > periodEnd;
  const busy = reading.busy || work.busy;
  const nextProgramme = pastPeriod ? newProgramme.programme : undefined;

  return (
    <Screen title={t("yearEnd.title")} intro={t("yearEnd.intro")}>
      {reading.hasError && <ErrorBar error={reading.error} onDismiss={reading.clearError} />}
      {state === null && reading.busy && <Working label={t("yearEnd.loading")} />}
      {changed.stale && <ChangedNotice onReload={load} />}
      {meta !== null && (
        <Body1 block>
          {meta.closed ? t("yearEnd.closedLine", { year: meta.year }) : t("yearEnd.yearLine", { year: meta.year })}
        </Body1>
      )}
      {work.hasError && <ErrorBar error={work.error} onDismiss={work.clearError} />}
      {work.busy && <Working label={t("progress.working")} />}
      {notice !== null && (
        <Notice intent={notice.intent} role="status">
          {notice.text}
        </Notice>
      )}
      {offer !== null && (
        <>
          {offer.note !== null && (
            <Notice intent="info" role="status">
              {offer.note}
            </Notice>
          )}
          <FileOffer file={offer.file} autoDownload={offer.autoDownload} />
        </>
      )}

      <section className={stack.stack} aria-labelledby="year-end-report">
        <Subtitle2 as="h3" id="year-end-report" className={stack.heading}>
          {t("yearEnd.report.heading")}
        </Subtitle2>
        <Body1 block>{t("yearEnd.cover.intro")}</Body1>
        <ReportCoverFields draft={cover} disabled={busy} onChange={setCover} />
        <div className={stack.row}>
          <Button
            appearance="primary"
            icon={<DocumentArrowDownRegular />}
            disabled={busy || state === null || coverDateInvalid(cover)}
            onClick={exportReport}
          >
            {t("yearEnd.report.export")}
          </Button>
          <Button icon={<TableRegular />} disabled={busy || state === null} onClick={openSummary}>
            {t("yearEnd.summary.open")}
          </Button>
        </div>
      </section>

      <section className={stack.stack} aria-labelledby="year-end-close">
        <Subtitle2 as="h3" id="year-end-close" className={stack.heading}>
          {t("yearEnd.close.heading")}
        </Subtitle2>
        <Body1 block>{t("yearEnd.close.explain")}</Body1>
        <div className={stack.row}>
          <Button
            ref={closeButton}
            icon={<LockClosedRegular />}
            disabled={busy || meta === null || meta.closed}
            onClick={askClose}
          >
            {t("yearEnd.close.button")}
          </Button>
        </div>
        {meta !== null && meta.closed && (
          <>
            <Body1 block>{t("yearEnd.reopen.explain")}</Body1>
            <Field label={t("yearEnd.reopen.reason")} required>
              <Textarea
                value={reopenReason}
                disabled={busy}
                onChange={(_, data) => setReopenReason(data.value)}
                resize="vertical"
              />
            </Field>
            <div className={stack.row}>
              <Button icon={<LockOpenRegular />} disabled={busy || reopenReason.trim() === ""} onClick={reopen}>
                {t("yearEnd.reopen.button")}
              </Button>
            </div>
          </>
        )}
      </section>

      <section className={stack.stack} aria-labelledby="year-end-next">
        <Subtitle2 as="h3" id="year-end-next" className={stack.heading}>
          {t("yearEnd.rollover.heading")}
        </Subtitle2>
        {nextYear !== null && pastPeriod && periodEnd !== null && (
          <>
            <Notice intent="info">{t("yearEnd.rollover.pastPeriod", { to: periodEnd, year: nextYear })}</Notice>
            <ProgrammeSource {...newProgramme.sourceProps} busy={busy} />
            {newProgramme.problems !== null && (
              <ProblemList title={newProgramme.problems.title} problems={newProgramme.problems.list} />
            )}
            {newProgramme.programme !== undefined && <ProgrammeFacts programme={newProgramme.programme} />}
          </>
        )}
        {meta !== null && !meta.closed && !pastPeriod && <Body1 block>{t("yearEnd.rollover.notClosed")}</Body1>}
        <div className={stack.row}>
          <Button
            icon={<CalendarArrowRightRegular />}
            disabled={busy || nextYear === null || (pastPeriod && nextProgramme === undefined)}
            onClick={() => nextYear !== null && rollover(nextYear, nextProgramme)}
          >
            {nextYear === null ? t("yearEnd.rollover.buttonNoYear") : t("yearEnd.rollover.button", { year: nextYear })}
          </Button>
        </div>
      </section>

      {meta !== null && (
        <CloseYearDialog
          open={closing !== null}
          year={meta.year}
          missing={closing ?? { notReported: [], errors: [] }}
          busy={work.busy}
          onConfirm={confirmClose}
          onCancel={cancelClose}
        />
      )}
    </Screen>
  );
}
