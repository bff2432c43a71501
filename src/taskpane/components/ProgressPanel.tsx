import * as React from "react";
import { Caption1, Field, ProgressBar } from "@fluentui/react-components";
import type { ProgressReport } from "../../app/service";
import { useI18n } from "../i18n/i18n-context";
import { isMessageKey } from "../i18n/translate";
import { useSlow } from "./Working";

/**
 * Progress of long work in the workbook. The adapter names each step by a message key of the
 * task pane's texts ("progress.writingSheets"); an unknown key reads as "Arbetar…", never as a key.
 */
export function ProgressPanel({ report }: { report: ProgressReport | null }): React.JSX.Element {
  const { t } = useI18n();
  const step = report !== null && isMessageKey(report.step) ? t(report.step) : t("progress.working");
  const value = report !== null && report.total > 0 ? Math.min(1, report.done / report.total) : undefined;
  const slow = useSlow(true);
  return (
    <Field label={step} validationState="none" hint={value === undefined ? undefined : `${Math.round(value * 100)} %`}>
      <ProgressBar value={value} thickness="large" aria-label={step} />
      {slow && <Caption1>{t("progress.cellEdit")}</Caption1>}
    </Field>
  );
}
