import * as React from "react";
import { FileChooserButton } from "../files/FileChooserButton";
import { Button, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { DocumentArrowUpRegular, TableSearchRegular } from "@fluentui/react-icons";
import type { Programme } from "../../../core";
import { useI18n } from "../../i18n/i18n-context";
import { useStackStyles } from "../Screen";

export type SourceKind = "bundled" | "file" | "sheet";

export interface ProgrammeSourceProps {
  readonly source: SourceKind;
  readonly onSourceChange: (source: SourceKind) => void;
  readonly fileName: string | null;
  readonly onFile: (file: File) => void;
  readonly sheetName: string;
  readonly onSheetNameChange: (name: string) => void;
  readonly onReadSheet: () => void;
  readonly busy: boolean;
  /** The programme that comes with the add-in, named in its option; null: not offered. */
  readonly bundled: Programme | null;
}

/** Where the programme comes from: the bundled template, a JSON file, or a table pasted into a sheet. */
export function ProgrammeSource(props: ProgrammeSourceProps): React.JSX.Element {
  const { t } = useI18n();
  const stack = useStackStyles();
  return (
    <div className={stack.stack}>
      <Field label={t("setup.source.label")}>
        <RadioGroup
          value={props.source}
          onChange={(_, data) => props.onSourceChange(data.value as SourceKind)}
          disabled={props.busy}
        >
          {props.bundled !== null && (
            <Radio
              value="bundled"
              label={t("setup.source.bundled", {
                municipality: props.bundled.municipality,
                from: props.bundled.period.from,
                to: props.bundled.period.to,
              })}
            />
          )}
          <Radio value="file" label={t("setup.source.file")} />
          <Radio value="sheet" label={t("setup.source.sheet")} />
        </RadioGroup>
      </Field>
      {props.source === "file" && (
        <Field label={t("setup.file.label")} hint={props.fileName ?? t("setup.file.none")}>
          <div>
            <FileChooserButton
              label={t("setup.file.choose")}
              inputLabel={t("setup.file.label")}
              accept=".json,application/json"
              icon={<DocumentArrowUpRegular />}
              disabled={props.busy}
              onFiles={([file]) => {
                if (file !== undefined) props.onFile(file);
              }}
            />
          </div>
        </Field>
      )}
      {props.source === "sheet" && (
        <div className={stack.stack}>
          <Field label={t("setup.sheet.label")} hint={t("setup.sheet.hint")}>
            <Input
              value={props.sheetName}
              onChange={(_, data) => props.onSheetNameChange(data.value)}
              disabled={props.busy}
            />
          </Field>
          <div>
            <Button
              icon={<TableSearchRegular />}
              disabled={props.busy || props.sheetName.trim() === ""}
              onClick={props.onReadSheet}
            >
              {t("setup.sheet.read")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
