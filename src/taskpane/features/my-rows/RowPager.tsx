import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { formatCount } from "../../i18n/format-count";
import { useI18n } from "../../i18n/i18n-context";
import type { RowPage } from "./row-list";

const useStyles = makeStyles({
  pager: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface RowPagerProps {
  readonly page: RowPage<unknown>;
  readonly onPage: (page: number) => void;
}

/** Which rows are on screen, and the way to the others. */
export function RowPager({ page, onPage }: RowPagerProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <nav className={styles.pager} aria-label={t("myRows.pager.label")}>
      <Caption1 role="status">
        {page.total === 0
          ? t("myRows.pager.none")
          : t("myRows.pager.showing", {
              from: formatCount(page.from, lang),
              to: formatCount(page.to, lang),
              total: formatCount(page.total, lang),
            })}
      </Caption1>
      {page.pages > 1 && (
        <>
          <Button
            size="small"
            icon={<ChevronLeftRegular />}
            disabled={page.page === 0}
            onClick={() => onPage(page.page - 1)}
          >
            {t("myRows.pager.previous")}
          </Button>
          <Button
            size="small"
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabled={page.page >= page.pages - 1}
            onClick={() => onPage(page.page + 1)}
          >
            {t("myRows.pager.next")}
          </Button>
        </>
      )}
    </nav>
  );
}
