import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { useStackStyles } from "../../components/Screen";
import { useI18n } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/translate";
import { coverDateInvalid, type CoverDraft } from "./report-cover";

const FIELDS: readonly { key: keyof CoverDraft; label: MessageKey }[] = [
  { key: "dnr", label: "yearEnd.cover.dnr" },
  { key: "date", label: "yearEnd.cover.date" },
  { key: "caseOfficer", label: "yearEnd.cover.officer" },
  { key: "committee", label: "yearEnd.cover.committee" },
];

/** What the report's cover carries beside the programme, as on a tjänsteutlåtande's bilaga. */
export function ReportCoverFields({
  draft,
  disabled,
  onChange,
}: {
  draft: CoverDraft;
  disabled: boolean;
  onChange: (draft: CoverDraft) => void;
}): React.JSX.Element {
  const { t } = useI18n();
  const stack = useStackStyles();
  const badDate = coverDateInvalid(draft);
  return (
    <div className={stack.stack}>
      {FIELDS.map(({ key, label }) => (
        <Field
          key={key}
          label={t(label)}
          {...(key === "date" && badDate
            ? { validationState: "error" as const, validationMessage: t("yearEnd.cover.dateInvalid") }
            : {})}
        >
          <Input
            disabled={disabled}
            value={draft[key]}
            placeholder={key === "date" ? t("yearEnd.cover.datePlaceholder") : undefined}
            onChange={(_, data) => onChange({ ...draft, [key]: data.value })}
          />
        </Field>
      ))}
    </div>
  );
}
