import * as React from "react";
import type { Programme } from "../../../core";
import { useI18n } from "../../i18n/i18n-context";
import { useService } from "../../service-context";
import type { ProgrammeSourceProps, SourceKind } from "./ProgrammeSource";
import { readFileText, readProgrammeFile } from "./programme-file";

type Loaded = { readonly label: string; readonly programme: Programme } | null;

export interface ProgrammeProblems {
  readonly title: string;
  readonly list: readonly string[];
}

export interface ProgrammeChoice {
  /** The programme chosen and valid, if any. */
  readonly programme: Programme | undefined;
  readonly problems: ProgrammeProblems | null;
  /** Everything ProgrammeSource needs but `busy`. */
  readonly sourceProps: Omit<ProgrammeSourceProps, "busy">;
}

/**
 * Choosing a programme: the bundled one (when there is one to offer), a JSON file, or a programme
 * table pasted into a sheet, each checked against the schema with its problems in the user's
 * language. Shared by Set up and by next year's workbook. `run` carries the work, so the screen's
 * own busy state and error bar cover it.
 */
export function useProgrammeChoice(
  bundled: Programme | null,
  run: (work: () => Promise<void>) => Promise<unknown>,
  onChange: () => void = () => undefined
): ProgrammeChoice {
  const { t, lang } = useI18n();
  const service = useService();
  const [source, setSource] = React.useState<SourceKind>(bundled === null ? "file" : "bundled");
  const [fromFile, setFromFile] = React.useState<Loaded>(null);
  const [fromSheet, setFromSheet] = React.useState<Loaded>(null);
  const [sheetName, setSheetName] = React.useState("");
  const [problems, setProblems] = React.useState<ProgrammeProblems | null>(null);

  const programme =
    source === "bundled" ? (bundled ?? undefined) : source === "file" ? fromFile?.programme : fromSheet?.programme;

  const onSourceChange = (next: SourceKind): void => {
    setSource(next);
    setProblems(null);
    onChange();
  };

  const onFile = (file: File): void => {
    onChange();
    void run(async () => {
      const result = readProgrammeFile(await readFileText(file), lang);
      if (result.ok) {
        setFromFile({ label: file.name, programme: result.programme });
        setProblems(null);
      } else {
        setFromFile(null);
        setProblems({
          title: t("setup.file.problems", { file: file.name }),
          list: "notJson" in result ? [t("setup.file.notJson", { detail: result.notJson })] : result.problems,
        });
      }
    });
  };

  const onReadSheet = (): void => {
    const name = sheetName.trim();
    onChange();
    void run(async () => {
      const result = await service.readProgrammeTable(name, lang);
      if (result.ok) {
        setFromSheet({ label: name, programme: result.programme });
        setProblems(null);
      } else {
        setFromSheet(null);
        setProblems({ title: t("setup.sheet.problems", { sheet: name }), list: result.problems });
      }
    });
  };

  return {
    programme,
    problems,
    sourceProps: {
      source,
      onSourceChange,
      fileName: fromFile?.label ?? null,
      onFile,
      sheetName,
      onSheetNameChange: setSheetName,
      onReadSheet,
      bundled,
    },
  };
}
