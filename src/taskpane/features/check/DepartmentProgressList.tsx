import * as React from "react";
import { Badge, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Department, DepartmentProgress } from "../../../core";
import { useI18n } from "../../i18n/i18n-context";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
});

/** Reporting progress per department: rows filled of rows owned, and whether it is marked ready. */
export function DepartmentProgressList({
  progress,
  departments,
  ready,
}: {
  progress: readonly DepartmentProgress[];
  departments: readonly Department[];
  ready: Readonly<Record<string, string>>;
}): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t("check.progress.title")}>
      {progress.map((p) => {
        const name = departments.find((d) => d.code === p.department)?.name;
        const label = name === undefined ? p.department : `${p.department} – ${name}`;
        const date = ready[p.department];
        return (
          <li key={p.department} className={styles.item}>
            <Field
              label={label}
              hint={t("check.progress.rows", { filled: p.filled, owned: p.owned })}
              validationState="none"
            >
              <ProgressBar value={p.owned === 0 ? 1 : p.filled / p.owned} thickness="large" />
            </Field>
            {date !== undefined && (
              <Badge appearance="tint" color="success">
                {t("check.progress.ready", { date })}
              </Badge>
            )}
          </li>
        );
      })}
    </ul>
  );
}
