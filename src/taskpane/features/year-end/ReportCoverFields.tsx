import * as React from "react";
import { FileChooserButton } from "../../components/files/FileChooserButton";
import { Button, Field, Input } from "@fluentui/react-components";
import { DeleteRegular, ImageAddRegular } from "@fluentui/react-icons";
import { useStackStyles } from "../../components/Screen";
import { useI18n } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/translate";
import { coverDateInvalid, logoOf, type CoverDraft } from "./report-cover";

type TextKey = "dnr" | "date" | "caseOfficer" | "committee";

const FIELDS: readonly { key: TextKey; label: MessageKey }[] = [
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
  const [notImage, setNotImage] = React.useState<string | null>(null);
  const badDate = coverDateInvalid(draft);
  const choose = async (file: File): Promise<void> => {
    const image = await file
      .arrayBuffer()
      .then((b) => logoOf(new Uint8Array(b)))
      .catch(() => null);
    setNotImage(image === null ? file.name : null);
    if (image !== null) onChange({ ...draft, logo: { name: file.name, image } });
  };
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
      <Field
        label={t("yearEnd.cover.logo")}
        hint={draft.logo?.name ?? t("yearEnd.cover.logoNone")}
        {...(notImage !== null
          ? {
              validationState: "error" as const,
              validationMessage: t("yearEnd.cover.logoNotImage", { file: notImage }),
            }
          : {})}
      >
        <div className={stack.row}>
          <FileChooserButton
            label={t("yearEnd.cover.logoChoose")}
            inputLabel={t("yearEnd.cover.logo")}
            accept=".png,.jpg,.jpeg,image/png,image/jpeg"
            icon={<ImageAddRegular />}
            disabled={disabled}
            onFiles={([file]) => {
              if (file !== undefined) void choose(file);
            }}
          />
          {draft.logo !== null && (
            <Button icon={<DeleteRegular />} disabled={disabled} onClick={() => onChange({ ...draft, logo: null })}>
              {t("yearEnd.cover.logoRemove")}
            </Button>
          )}
        </div>
      </Field>
    </div>
  );
}
