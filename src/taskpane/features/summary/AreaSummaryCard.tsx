import * as React from "react";
import { Body1, Caption1, Card, CardHeader, makeStyles, tokens } from "@fluentui/react-components";
import { ACTIVITY_STATUS, ASSESSMENT, formatPercent, renderReason, termByCode } from "../../../core";
import type { Counts, Suggestion, Term } from "../../../core";
import { TermLabel } from "../../components/TermLabel";
import { useI18n } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/translate";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  suggestion: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export interface AreaFigures {
  readonly activities: Counts;
  readonly goals: Counts;
  readonly rows: number;
  readonly reported: number;
  readonly shareOnTrack: number | null;
  readonly suggestion: Suggestion;
}

/**
 * "Genomförd 3, Pågår 2, ej rapporterade 1": only the terms that occur. Every row is counted
 * once: by its status, as unrecognised (the check lists it), or as unreported.
 */
function countLine(
  counts: Counts,
  terms: readonly Term<string>[],
  lang: "sv" | "en",
  labels: { unreported: string; unrecognised: string }
): string {
  const parts = terms
    .filter((term) => (counts[term.code] ?? 0) > 0)
    .map((term) => `${term[lang]} ${counts[term.code]}`);
  const unrecognised = counts["unrecognised"] ?? 0;
  if (unrecognised > 0) parts.push(`${labels.unrecognised} ${unrecognised}`);
  const missing = counts["unreported"] ?? 0;
  if (missing > 0) parts.push(`${labels.unreported} ${missing}`);
  return parts.join(", ");
}

/** One area's (or the programme's) numbers and suggested assessment, with the editor for the choice below. */
export function AreaSummaryCard({
  title,
  figures,
  children,
}: {
  title: string;
  figures: AreaFigures;
  children: React.ReactNode;
}): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const labels = { unreported: t("summary.unreported"), unrecognised: t("summary.unrecognised") };
  const lines: [MessageKey, string][] = [
    ["summary.activities", countLine(figures.activities, ACTIVITY_STATUS, lang, labels)],
    ["summary.goals", countLine(figures.goals, ASSESSMENT, lang, labels)],
  ];
  return (
    <Card className={styles.card} appearance="outline" role="group" aria-label={title}>
      <CardHeader
        header={
          <Body1 as="h3" className={styles.heading}>
            {title}
          </Body1>
        }
        description={
          <Caption1>
            {t("summary.reported", { reported: figures.reported, rows: figures.rows })}
            {" · "}
            {t("summary.shareOnTrack", {
              share: figures.shareOnTrack === null ? "–" : formatPercent(figures.shareOnTrack, lang),
            })}
          </Caption1>
        }
      />
      {lines
        .filter(([, line]) => line !== "")
        .map(([key, line]) => (
          <Caption1 key={key}>
            {t(key)}: {line}
          </Caption1>
        ))}
      <div className={styles.suggestion}>
        <Caption1>{t("summary.suggested")}</Caption1>
        <TermLabel term={termByCode(ASSESSMENT, figures.suggestion.assessment)} />
      </div>
      <Caption1>{renderReason(figures.suggestion, lang)}</Caption1>
      {children}
    </Card>
  );
}
