import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  Card,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { ROW_TYPE_LABEL, symbolOf, termsFor } from "../../../core";
import type { Lang, Term } from "../../../core";
import type { DepartmentRow } from "../../../app/service";
import { ExampleBadge } from "../../components/ExampleBadge";
import { useI18n } from "../../i18n/i18n-context";
import { cellAsText } from "./row-edits";
import type { FieldProblem, RowField, RowFormValues } from "./row-form-schema";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  id: { fontWeight: tokens.fontWeightSemibold },
  changed: { color: tokens.colorPaletteMarigoldForeground2 },
  last: { color: tokens.colorNeutralForeground2 },
});

export interface RowCardProps {
  readonly row: DepartmentRow;
  readonly values: RowFormValues;
  readonly problems: Readonly<Partial<Record<RowField, FieldProblem>>>;
  readonly changed: boolean;
  readonly disabled: boolean;
  readonly onChange: (rowId: string, values: RowFormValues) => void;
}

function statusTermOf(terms: readonly Term<string>[], status: string): Term<string> | undefined {
  return terms.find((t) => t.sv === status || t.en === status);
}

/** Last year's status and what was done, as the roll-over left them; null in a first year. */
function lastYearLine(row: DepartmentRow, lang: Lang): string | null {
  const status = cellAsText(row.lastStatus, lang);
  const done = cellAsText(row.lastDone, lang);
  if (status === "" && done === "") return null;
  const term = status === "" ? undefined : statusTermOf(termsFor(row.type), status);
  const shown = term === undefined ? status : `${symbolOf(term)} ${term[lang]}`;
  return [shown, done].filter((x) => x !== "").join(" – ");
}

/**
 * One row of the department's: its wording, last year's answer where a roll-over carried one,
 * and the fields the department fills in. Memoised: typing in one card leaves the others be.
 */
export const RowCard = React.memo(function RowCard({
  row,
  values,
  problems,
  changed,
  disabled,
  onChange,
}: RowCardProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const terms = termsFor(row.type);
  const current = statusTermOf(terms, values.status);
  const set = (field: RowField) => (value: string) => onChange(row.rowId, { ...values, [field]: value });
  // The comment a status asks for is said as a hint until the user has been in the comment box:
  // an alert announced while they are still choosing the status would come before they get there.
  const [commentVisited, setCommentVisited] = React.useState(false);
  const message = (
    field: RowField
  ): { validationState?: "error" | "none"; validationMessage?: string; hint?: string } => {
    const p = problems[field];
    if (p === undefined) return {};
    if (field === "comment" && !commentVisited) return { validationState: "none", hint: t(p.key, p.params) };
    return { validationState: "error", validationMessage: t(p.key, p.params) };
  };
  const headingId = `row-${row.rowId}`;
  const textId = `row-${row.rowId}-text`;
  const last = lastYearLine(row, lang);

  return (
    <Card
      className={styles.card}
      appearance="outline"
      role="group"
      aria-labelledby={headingId}
      aria-describedby={textId}
    >
      <div className={styles.head}>
        <Body1 id={headingId} className={styles.id}>
          {row.rowId}
        </Body1>
        <Badge appearance="outline" color="informative">
          {ROW_TYPE_LABEL[row.type][lang]}
        </Badge>
        {row.textIsExample && <ExampleBadge />}
        {changed && <Caption1 className={styles.changed}>{t("myRows.row.unsaved")}</Caption1>}
      </div>
      <Body1 id={textId}>{row.text}</Body1>
      {last !== null && <Caption1 className={styles.last}>{t("myRows.row.lastYear", { last })}</Caption1>}
      {row.type !== "indicator" && (
        <Field
          label={t(row.type === "goal" ? "myRows.field.assessment" : "myRows.field.status")}
          {...message("status")}
        >
          <Dropdown
            disabled={disabled}
            placeholder={t("myRows.field.statusPlaceholder")}
            // A label the vocabulary does not know stays visible (and flagged) until the user picks one.
            value={current === undefined ? values.status : `${symbolOf(current)} ${current[lang]}`}
            selectedOptions={current === undefined ? [] : [current.code]}
            onOptionSelect={(_, data) => {
              const term = terms.find((x) => x.code === data.optionValue);
              if (term !== undefined) set("status")(term.sv);
            }}
          >
            {terms.map((term) => (
              <Option key={term.code} value={term.code} text={term[lang]}>
                {`${symbolOf(term)} ${term[lang]}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {row.type === "indicator" && (
        <Field
          label={t("myRows.field.value", { unit: row.unit ?? "" })}
          hint={
            row.target === null
              ? t("myRows.field.valueHintNoTarget", {
                  lastYear: cellAsText(row.lastYear, lang) || t("myRows.field.none"),
                })
              : t("myRows.field.valueHint", {
                  lastYear: cellAsText(row.lastYear, lang) || t("myRows.field.none"),
                  target: cellAsText(row.target, lang),
                  unit: row.unit ?? "",
                })
          }
          {...message("value")}
        >
          <Input
            disabled={disabled}
            inputMode="decimal"
            value={values.value}
            onChange={(_, data) => set("value")(data.value)}
            contentAfter={row.unit === null ? undefined : <Caption1>{row.unit}</Caption1>}
          />
        </Field>
      )}
      <Field label={t("myRows.field.done")} {...message("done")}>
        <Textarea
          disabled={disabled}
          resize="vertical"
          rows={3}
          value={values.done}
          onChange={(_, data) => set("done")(data.value)}
        />
      </Field>
      <Field label={t("myRows.field.comment")} {...message("comment")}>
        <Textarea
          disabled={disabled}
          resize="vertical"
          rows={3}
          value={values.comment}
          onChange={(_, data) => set("comment")(data.value)}
          onBlur={() => setCommentVisited(true)}
        />
      </Field>
    </Card>
  );
});
