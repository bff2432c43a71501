import * as React from "react";
import { Body1, Caption1, Card, makeStyles, tokens } from "@fluentui/react-components";
import { ACTIVITY_STATUS, symbolOf } from "../../../core";
import type { AreaSummary } from "../../../core";
import { useI18n } from "../../i18n/i18n-context";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: "grid",
    gridTemplateColumns: "2.5em 1fr",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  bar: {
    display: "flex",
    height: "18px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  segment: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase100,
    overflow: "hidden",
    whiteSpace: "nowrap",
  },
  empty: { color: tokens.colorNeutralForeground3 },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

/**
 * The activities' status per area as 100 % stacked bars: the picture the report's chart shows,
 * in the vocabulary's colours with each segment's shape, and said in words for a screen reader.
 */
export function StatusChart({ areas }: { areas: readonly AreaSummary[] }): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <Card className={styles.card} appearance="outline" role="group" aria-label={t("summary.chart.title")}>
      <Body1 as="h3" className={styles.heading}>
        {t("summary.chart.title")}
      </Body1>
      {areas.map((area) => {
        const parts = ACTIVITY_STATUS.map((term) => ({ term, count: area.activities[term.code] ?? 0 })).filter(
          (p) => p.count > 0
        );
        const total = parts.reduce((n, p) => n + p.count, 0);
        const said = parts.map((p) => `${p.term[lang]} ${p.count}`).join(", ");
        return (
          <div key={area.areaId} className={styles.row}>
            <Caption1>{area.areaId}</Caption1>
            {total === 0 ? (
              <Caption1 className={styles.empty}>{t("summary.chart.none")}</Caption1>
            ) : (
              <div
                className={styles.bar}
                role="img"
                aria-label={t("summary.chart.area", { id: area.areaId, parts: said })}
              >
                {parts.map((p) => (
                  <span
                    key={p.term.code}
                    className={styles.segment}
                    title={`${p.term[lang]}: ${p.count}`}
                    // Widths are the data; colours the vocabulary's, as in the workbook and the report.
                    style={{
                      width: `${(100 * p.count) / total}%`,
                      backgroundColor: `#${p.term.colour}`,
                      color: `#${p.term.fontColour}`,
                    }}
                  >
                    {symbolOf(p.term)}
                  </span>
                ))}
              </div>
            )}
          </div>
        );
      })}
      <div className={styles.legend} aria-hidden="true">
        {ACTIVITY_STATUS.map((term) => (
          <Caption1 key={term.code}>
            <span style={{ color: `#${term.fontColour}` }}>{symbolOf(term)}</span> {term[lang]}
          </Caption1>
        ))}
      </div>
    </Card>
  );
}
