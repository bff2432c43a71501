import * as React from "react";
import { FileChooserButton } from "../../components/files/FileChooserButton";
import { Button, Caption1, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, MailArrowUpRegular, MailInboxArrowDownRegular } from "@fluentui/react-icons";
import { columnHeader, conflictKey } from "../../../core";
import type { CopyToMerge, MergeConflict, MergeDecisions } from "../../../core";
import type { DepartmentCopy, MergeOutcome } from "../../../app/service";
import { ErrorBar } from "../../components/ErrorBar";
import { Working } from "../../components/Working";
import { downloadFile } from "../../components/files/download";
import { Notice } from "../../components/Notice";
import { ProblemList } from "../../components/ProblemList";
import { Screen, useStackStyles } from "../../components/Screen";
import { useAction } from "../../components/use-action";
import { useI18n } from "../../i18n/i18n-context";
import type { Translate } from "../../i18n/translate";
import { readCopyFiles, type ChosenFile, type UnreadableCopy } from "../../read-copies";
import { useService } from "../../service-context";
import { refusalLine } from "./refusal-lines";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/**
 * Department copies by e-mail (the coordinator): make one copy per department to send, and bring
 * the filled-in copies back, deciding each conflict. The workbook open in Excel is the master.
 */
export function CopiesScreen(): React.JSX.Element {
  const { t } = useI18n();
  const service = useService();
  const stack = useStackStyles();
  const split = useAction();
  const merge = useAction();
  const [made, setMade] = React.useState<{ year: number; copies: readonly DepartmentCopy[] } | null>(null);
  const [chosen, setChosen] = React.useState<CopyToMerge[]>([]);
  const [unreadable, setUnreadable] = React.useState<UnreadableCopy[]>([]);
  const [outcome, setOutcome] = React.useState<MergeOutcome | null>(null);
  const [decided, setDecided] = React.useState<number | null>(null);

  const onSplit = (): void => {
    setMade(null);
    void split.run(async () => setMade(await service.splitCopies(null)));
  };

  const onFiles = (files: readonly ChosenFile[]): void => {
    setOutcome(null);
    setDecided(null);
    void merge.run(async () => {
      const read = await readCopyFiles(files);
      setUnreadable(read.unreadable);
      setChosen(read.copies);
      if (read.copies.length > 0) setOutcome(await service.mergeCopies(read.copies));
    });
  };

  const onDecide = (decisions: MergeDecisions): void => {
    void merge.run(async () => {
      setOutcome(await service.mergeCopies(chosen, decisions));
      setDecided(decisions.size);
    });
  };

  return (
    <Screen title={t("copies.title")} intro={t("copies.intro")}>
      <div className={stack.row}>
        <Button icon={<MailArrowUpRegular />} disabled={split.busy || merge.busy} onClick={onSplit}>
          {t("copies.split")}
        </Button>
        <FileChooserButton
          label={t("copies.merge")}
          inputLabel={t("copies.merge.choose")}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          icon={<MailInboxArrowDownRegular />}
          disabled={split.busy || merge.busy}
          testId="copies-input"
          onFiles={onFiles}
        />
      </div>
      {split.busy && <Working label={t("copies.split.busy")} />}
      {split.hasError && <ErrorBar error={split.error} onDismiss={split.clearError} />}
      {made !== null && <MadeCopies year={made.year} copies={made.copies} />}
      {merge.busy && <Working label={t("copies.merge.busy")} />}
      {merge.hasError && <ErrorBar error={merge.error} onDismiss={merge.clearError} />}
      {unreadable.length > 0 && (
        <ProblemList
          title={t("copies.merge.unreadable", { count: unreadable.length })}
          problems={unreadable.map((u) => t("copies.merge.unreadableLine", { file: u.name }))}
        />
      )}
      {decided !== null && outcome?.ok === true && (
        <Notice intent="success" role="status">
          {t("copies.conflicts.decided", { count: decided })}
        </Notice>
      )}
      {outcome !== null && <MergeResult outcome={outcome} busy={merge.busy} onDecide={onDecide} />}
    </Screen>
  );
}

function MadeCopies({ year, copies }: { year: number; copies: readonly DepartmentCopy[] }): React.JSX.Element {
  const { t } = useI18n();
  const stack = useStackStyles();
  const styles = useStyles();
  return (
    <div className={stack.stack} data-testid="copies-made">
      <Notice intent="success" role="status">
        {t("copies.split.done", { count: copies.length, year })}
      </Notice>
      <ul className={styles.list} aria-label={t("copies.split")}>
        {copies.map((c) => (
          <li key={c.department} className={styles.item}>
            <Button size="small" icon={<ArrowDownloadRegular />} onClick={() => downloadFile(c.file)}>
              {t("copies.split.download", { file: c.file.fileName })}
            </Button>
            <Caption1>{t("copies.split.item", { department: c.department, rows: c.rows })}</Caption1>
          </li>
        ))}
      </ul>
      <Caption1 block>{t("copies.split.fallback")}</Caption1>
    </div>
  );
}

function shown(value: string, t: Translate): string {
  return value === "" ? t("copies.empty") : `\u201d${value}\u201d`;
}

function MergeResult({
  outcome,
  busy,
  onDecide,
}: {
  outcome: MergeOutcome;
  busy: boolean;
  onDecide: (decisions: MergeDecisions) => void;
}): React.JSX.Element {
  const { t } = useI18n();
  const stack = useStackStyles();
  const styles = useStyles();
  if (!outcome.ok) {
    return (
      <ProblemList
        title={t("copies.merge.refused", { count: outcome.refusals.length })}
        problems={outcome.refusals.map((r) => refusalLine(r, t))}
        action={t("copies.merge.refusedAction")}
      />
    );
  }
  const { report } = outcome;
  const cells = report.copies.reduce((n, c) => n + c.taken.length, 0);
  const notes = report.copies.flatMap((c) => [
    ...(c.outside.length > 0
      ? [
          t("copies.merge.outside", {
            copy: c.copy,
            count: c.outside.length,
            rows: c.outside.map((o) => o.rowId).join(", "),
          }),
        ]
      : []),
    ...(c.own.sheets.length > 0 || c.own.cells.length > 0
      ? [
          t("copies.merge.ownContent", {
            copy: c.copy,
            places: [...c.own.sheets.map((x) => `'${x}'`), ...c.own.cells].join(", "),
          }),
        ]
      : []),
    ...(c.missing.length > 0
      ? [t("copies.merge.missingInCopy", { copy: c.copy, count: c.missing.length, rows: c.missing.join(", ") })]
      : []),
  ]);
  const open = report.conflicts.filter((c) => c.outcome === "open");
  return (
    <div className={stack.stack} data-testid="merge-result">
      <Notice intent="success" role="status">
        {t("copies.merge.done", { cells, count: report.copies.length })}
      </Notice>
      <ul className={styles.list}>
        {report.copies.map((c) => (
          <li key={c.copy}>
            <Caption1>
              {t("copies.merge.copyLine", {
                copy: c.copy,
                department: c.department,
                cells: c.taken.length,
                rows: new Set(c.taken.map((x) => x.rowId)).size,
              })}
            </Caption1>
          </li>
        ))}
      </ul>
      {notes.length > 0 && <ProblemList title={t("copies.merge.notes")} problems={notes} />}
      {open.length > 0 && <Conflicts conflicts={open} busy={busy} onDecide={onDecide} />}
      {report.stillMissing.length > 0 && (
        <Notice intent="info">
          {`${t("copies.merge.stillMissing")}: ${report.stillMissing
            .map((d) => t("copies.merge.stillMissingLine", { department: d.department, count: d.rows.length }))
            .join("; ")}`}
        </Notice>
      )}
    </div>
  );
}

function Conflicts({
  conflicts,
  busy,
  onDecide,
}: {
  conflicts: readonly MergeConflict[];
  busy: boolean;
  onDecide: (decisions: MergeDecisions) => void;
}): React.JSX.Element {
  const { t } = useI18n();
  const stack = useStackStyles();
  const [choices, setChoices] = React.useState<ReadonlyMap<string, "copy" | "master">>(new Map());
  const decidable = conflicts.filter((c) => c.against === "master");
  return (
    <section className={stack.stack} aria-labelledby="copies-conflicts-title" data-testid="merge-conflicts">
      <Notice intent="warning">
        <strong id="copies-conflicts-title">{t("copies.conflicts.title", { count: conflicts.length })}</strong>{" "}
        {t("copies.conflicts.intro")}
      </Notice>
      {conflicts.map((c) => {
        const key = conflictKey(c);
        const where = t("copies.conflicts.where", {
          sheet: c.sheet ?? "",
          cell: c.cell ?? "",
          rowId: c.rowId,
          column: columnHeader(c.column),
        });
        if (c.against !== "master") {
          return (
            <Caption1 key={key} block>
              {`${where}: ${t("copies.conflicts.betweenCopies", { copy: c.against.copy, value: shown(c.theirs, t) })}`}
            </Caption1>
          );
        }
        return (
          <RadioGroup
            key={key}
            aria-label={where}
            value={choices.get(key) ?? "master"}
            onChange={(_, data) => setChoices(new Map(choices).set(key, data.value === "copy" ? "copy" : "master"))}
          >
            <Caption1 block>{where}</Caption1>
            <Radio value="master" label={t("copies.conflicts.keep", { value: shown(c.theirs, t) })} />
            <Radio value="copy" label={t("copies.conflicts.take", { copy: c.copy, value: shown(c.mine, t) })} />
          </RadioGroup>
        );
      })}
      {decidable.length > 0 && (
        <div className={stack.row}>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() =>
              onDecide(new Map(decidable.map((c) => [conflictKey(c), choices.get(conflictKey(c)) ?? "master"])))
            }
          >
            {t("copies.conflicts.apply")}
          </Button>
        </div>
      )}
    </section>
  );
}
