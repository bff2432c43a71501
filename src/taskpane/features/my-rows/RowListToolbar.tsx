import * as React from "react";
import { Caption1, Dropdown, Field, makeStyles, Option, SearchBox, Text, tokens } from "@fluentui/react-components";
import { formatCount } from "../../i18n/format-count";
import { useI18n } from "../../i18n/i18n-context";
import { ROW_FILTERS, type RowCounts, type RowFilter } from "./row-list";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  counter: { fontWeight: tokens.fontWeightSemibold },
  fields: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  // Fluent's SearchBox and Dropdown have wide minimums of their own; in a 320 px pane they shrink with their field.
  fill: { width: "100%", minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
});

export interface RowListToolbarProps {
  readonly counts: RowCounts;
  readonly filter: RowFilter;
  readonly query: string;
  readonly onFilter: (filter: RowFilter) => void;
  readonly onQuery: (query: string) => void;
}

const FILTER_LABEL = {
  all: "myRows.filter.all",
  missing: "myRows.filter.missing",
  problems: "myRows.filter.problems",
  changed: "myRows.filter.changed",
} as const satisfies Record<RowFilter, string>;

/** Above the rows: how far the department has come, which rows to show, and a search. */
export function RowListToolbar({ counts, filter, query, onFilter, onQuery }: RowListToolbarProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const label = (f: RowFilter): string => {
    const n = f === "all" ? counts.total : f === "missing" ? counts.total - counts.filled : counts[f];
    return `${t(FILTER_LABEL[f])} (${formatCount(n, lang)})`;
  };
  return (
    <div className={styles.bar}>
      <Text className={styles.counter} role="status" aria-live="polite">
        {t("myRows.counter", { filled: formatCount(counts.filled, lang), total: formatCount(counts.total, lang) })}
      </Text>
      {counts.problems > 0 && (
        <Caption1>{t("myRows.counter.problems", { count: formatCount(counts.problems, lang) })}</Caption1>
      )}
      <div className={styles.fields}>
        <Field className={styles.field} label={t("myRows.filter.label")}>
          <Dropdown
            className={styles.fill}
            value={label(filter)}
            selectedOptions={[filter]}
            onOptionSelect={(_, data) => {
              const next = ROW_FILTERS.find((f) => f === data.optionValue);
              if (next !== undefined) onFilter(next);
            }}
          >
            {ROW_FILTERS.map((f) => (
              <Option key={f} value={f}>
                {label(f)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field className={styles.field} label={t("myRows.search.label")}>
          <SearchBox
            className={styles.fill}
            value={query}
            placeholder={t("myRows.search.placeholder")}
            onChange={(_, data) => onQuery(data.value)}
          />
        </Field>
      </div>
    </div>
  );
}
