import * as React from "react";
import { Button, Caption1, Dropdown, Field, Option, Textarea } from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import { ASSESSMENT, symbolOf, termByCode } from "../../../core";
import type { Assessment } from "../../../core";
import { useStackStyles } from "../../components/Screen";
import { useI18n } from "../../i18n/i18n-context";
import type { ChoiceDraft } from "./summary-choices";

/** An area's "Genomfört under året" for the committee: the coordinator's text, or the draft to start from. */
function DoneField({
  name,
  draft,
  doneDraft,
  disabled,
  onChange,
}: {
  name: string;
  draft: ChoiceDraft;
  doneDraft: string;
  disabled: boolean;
  onChange: (draft: ChoiceDraft) => void;
}): React.JSX.Element {
  const { t } = useI18n();
  const showsDraft = !draft.doneWritten && !draft.doneEdited;
  const hint = showsDraft ? t(doneDraft === "" ? "summary.done.empty" : "summary.done.draftHint") : undefined;
  return (
    <>
      <Field label={t("summary.done.label", { name })} hint={hint}>
        <Textarea
          disabled={disabled}
          resize="vertical"
          rows={6}
          value={draft.done}
          onChange={(_, data) => onChange({ ...draft, done: data.value, doneEdited: true })}
        />
      </Field>
      {!showsDraft && doneDraft !== "" && draft.done !== doneDraft && (
        <div>
          <Button
            size="small"
            disabled={disabled}
            aria-label={t("summary.done.useDraftFor", { name })}
            onClick={() => onChange({ ...draft, done: doneDraft, doneEdited: true })}
          >
            {t("summary.done.useDraft")}
          </Button>
        </div>
      )}
    </>
  );
}

/**
 * The coordinator's assessment and text for an area or the programme. The Dropdown starts empty
 * when nothing is chosen: the suggestion is offered in its placeholder and behind a button, never
 * filled in on its own.
 */
export function ChoiceEditor({
  name,
  draft,
  suggestion,
  disabled,
  textRows = 3,
  doneDraft,
  onChange,
}: {
  name: string;
  draft: ChoiceDraft;
  suggestion: Assessment;
  disabled: boolean;
  /** Height of the text box: the overall text is a paragraph, an area's a sentence or two. */
  textRows?: number;
  /** An area's draft of "Genomfört under året" from the rows; absent for the programme as a whole. */
  doneDraft?: string;
  onChange: (draft: ChoiceDraft) => void;
}): React.JSX.Element {
  const { t, lang } = useI18n();
  const stack = useStackStyles();
  const chosen = draft.assessment === null ? null : termByCode(ASSESSMENT, draft.assessment);
  const suggested = termByCode(ASSESSMENT, suggestion);
  const shown = (term: typeof suggested): string => `${symbolOf(term)} ${term[lang]}`;
  return (
    <div className={stack.stack}>
      <Field
        label={t("summary.choice.label", { name })}
        hint={draft.raw !== null && chosen === null ? t("summary.choice.unknownRaw", { raw: draft.raw }) : undefined}
      >
        <Dropdown
          disabled={disabled}
          placeholder={t("summary.choice.placeholder", { suggestion: suggested[lang] })}
          value={chosen === null ? "" : shown(chosen)}
          selectedOptions={chosen === null ? [] : [chosen.code]}
          onOptionSelect={(_, data) => {
            const term = ASSESSMENT.find((a) => a.code === data.optionValue);
            if (term !== undefined) onChange({ ...draft, assessment: term.code });
          }}
        >
          {ASSESSMENT.map((term) => (
            <Option key={term.code} value={term.code} text={term[lang]}>
              {shown(term)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {draft.assessment !== suggestion && (
        <div>
          <Button
            size="small"
            icon={<CheckmarkRegular />}
            disabled={disabled}
            aria-label={t("summary.choice.useSuggestionFor", { name, suggestion: suggested[lang] })}
            onClick={() => onChange({ ...draft, assessment: suggestion })}
          >
            {t("summary.choice.useSuggestion")}
          </Button>
        </div>
      )}
      {draft.assessment === null && <Caption1>{t("summary.choice.notChosen")}</Caption1>}
      <Field label={t("summary.text.label", { name })}>
        <Textarea
          disabled={disabled}
          resize="vertical"
          rows={textRows}
          value={draft.text}
          onChange={(_, data) => onChange({ ...draft, text: data.value })}
        />
      </Field>
      {doneDraft !== undefined && (
        <DoneField name={name} draft={draft} doneDraft={doneDraft} disabled={disabled} onChange={onChange} />
      )}
    </div>
  );
}
