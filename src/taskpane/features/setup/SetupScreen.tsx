import * as React from "react";
import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { ArrowSyncRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { defaultProgramme } from "../../../core";
import type { WorkbookMeta } from "../../../core";
import type { ProgressReport, UpdateOutcome } from "../../../app/service";
import { ErrorBar } from "../../components/ErrorBar";
import { Working } from "../../components/Working";
import { Notice } from "../../components/Notice";
import { ProblemList } from "../../components/ProblemList";
import { ProgressPanel } from "../../components/ProgressPanel";
import { Screen, useStackStyles } from "../../components/Screen";
import { useAction } from "../../components/use-action";
import { useI18n } from "../../i18n/i18n-context";
import { conflictLines } from "./conflict-lines";
import { useService } from "../../service-context";
import { useRereadWhenShown } from "../../tab-shown";
import { defaultYear, yearsOf } from "./default-year";
import { ProgrammeFacts } from "../../components/programme/ProgrammeFacts";
import { ProgrammeSource } from "../../components/programme/ProgrammeSource";
import { useProgrammeChoice } from "../../components/programme/use-programme-choice";

type Outcome = { kind: "generated"; year: number } | { kind: "updated"; outcome: UpdateOutcome };

export interface SetupScreenProps {
  /** The calendar year now (tests pass one; the default year depends on it). */
  readonly currentYear?: number;
}

/** Set up (the coordinator): choose the programme and the year, then generate or update the workbook. */
export function SetupScreen({ currentYear = new Date().getFullYear() }: SetupScreenProps): React.JSX.Element {
  const { t } = useI18n();
  const service = useService();
  const stack = useStackStyles();
  const metaAction = useAction();
  const work = useAction();

  const bundled = React.useMemo(() => defaultProgramme(), []);
  const [chosenYear, setChosenYear] = React.useState<number | null>(null);
  const [meta, setMeta] = React.useState<WorkbookMeta | null | undefined>(undefined);
  const [progress, setProgress] = React.useState<ProgressReport | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const choice = useProgrammeChoice(bundled, work.run, () => setOutcome(null));

  const runMeta = metaAction.run;
  // A workbook that is no follow-up may still be someone's budget: what it holds is said first.
  const [ownSheets, setOwnSheets] = React.useState<readonly string[]>([]);
  const loadMeta = React.useCallback(
    () =>
      runMeta(async () => {
        const read = await service.readMeta();
        setMeta(read);
        setOwnSheets(read === null ? await service.sheetsWithContent() : []);
      }),
    [runMeta, service]
  );
  React.useEffect(() => {
    void loadMeta();
  }, [loadMeta]);
  useRereadWhenShown(() => void loadMeta());

  const { programme, problems } = choice;
  const years = programme === undefined ? [] : yearsOf(programme.period);
  const year =
    programme === undefined
      ? null
      : chosenYear !== null && years.includes(chosenYear)
        ? chosenYear
        : defaultYear(programme.period, currentYear);

  const onGenerate = (): void => {
    if (programme === undefined || year === null) return;
    setOutcome(null);
    void work.run(async () => {
      setProgress(null);
      await service.generate(programme, year, setProgress);
      setOutcome({ kind: "generated", year });
      setMeta(await service.readMeta());
      setOwnSheets([]);
    });
  };

  const onUpdate = (): void => {
    if (programme === undefined) return;
    setOutcome(null);
    void work.run(async () => {
      setProgress(null);
      setOutcome({ kind: "updated", outcome: await service.update(programme, setProgress) });
    });
  };

  // The button pressed is gone once the workbook exists (Create becomes Update): the focus goes to
  // what happened, not to the page's body.
  const outcomeRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (outcome !== null) outcomeRef.current?.focus();
  }, [outcome]);

  const isFollowup = meta !== null && meta !== undefined;
  return (
    <Screen title={t("setup.title")} intro={t("setup.intro")}>
      {metaAction.hasError && <ErrorBar error={metaAction.error} onDismiss={metaAction.clearError} />}
      {meta === undefined && metaAction.busy && <Working label={t("setup.meta.reading")} />}
      {isFollowup && <Notice intent="info">{t("setup.meta.followup", { year: meta.year })}</Notice>}
      {meta === null && ownSheets.length > 0 && (
        <Notice intent="warning">
          {t("setup.foreign", { count: ownSheets.length, sheets: ownSheets.map((x) => `"${x}"`).join(", ") })}
        </Notice>
      )}
      <ProgrammeSource {...choice.sourceProps} busy={work.busy} />
      {problems !== null && <ProblemList title={problems.title} problems={problems.list} />}
      {programme !== undefined && <ProgrammeFacts programme={programme} />}
      {!isFollowup && programme !== undefined && year !== null && (
        <Field
          label={t("setup.year.label")}
          hint={t("setup.year.hint", { from: programme.period.from, to: programme.period.to })}
        >
          <Dropdown
            value={String(year)}
            selectedOptions={[String(year)]}
            onOptionSelect={(_, data) => setChosenYear(Number(data.optionValue))}
            disabled={work.busy}
          >
            {years.map((y) => (
              <Option key={y} value={String(y)}>
                {String(y)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div className={stack.row}>
        {meta === null && (
          <Button
            // In a workbook already in use, creating the follow-up in it is not the obvious next step.
            appearance={ownSheets.length > 0 ? "secondary" : "primary"}
            icon={<DocumentTableRegular />}
            disabled={work.busy || programme === undefined}
            onClick={onGenerate}
          >
            {t("setup.generate")}
          </Button>
        )}
        {isFollowup && (
          <Button
            appearance="primary"
            icon={<ArrowSyncRegular />}
            disabled={work.busy || programme === undefined}
            onClick={onUpdate}
          >
            {t("setup.update")}
          </Button>
        )}
      </div>
      {work.busy && <ProgressPanel report={progress} />}
      {work.hasError && <ErrorBar error={work.error} onDismiss={work.clearError} />}
      {outcome !== null && (
        <div ref={outcomeRef} tabIndex={-1}>
          <OutcomeBar outcome={outcome} />
        </div>
      )}
    </Screen>
  );
}

function OutcomeBar({ outcome }: { outcome: Outcome }): React.JSX.Element {
  const { t, lang } = useI18n();
  if (outcome.kind === "generated") {
    return <Notice intent="success">{t("setup.generated", { year: outcome.year })}</Notice>;
  }
  const result = outcome.outcome;
  if (result.ok) {
    return (
      <Notice intent="success">
        {t("setup.updated", { added: result.added, retired: result.retired, moved: result.moved })}
      </Notice>
    );
  }
  return (
    <ProblemList
      title={t("setup.update.conflicts")}
      problems={conflictLines(result.conflicts, lang)}
      action={t("setup.update.conflictsAction")}
    />
  );
}
