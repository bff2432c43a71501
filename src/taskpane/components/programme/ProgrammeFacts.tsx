import * as React from "react";
import { Body1, Caption1, Card, CardHeader } from "@fluentui/react-components";
import type { Programme } from "../../../core";
import { useI18n } from "../../i18n/i18n-context";
import { ExampleBadge } from "../ExampleBadge";

/** The chosen programme in a line or two, so the coordinator sees what will be generated. */
export function ProgrammeFacts({ programme }: { programme: Programme }): React.JSX.Element {
  const { t } = useI18n();
  const rows = programme.areas.reduce((n, a) => n + a.rows.length, 0);
  return (
    <Card size="small" appearance="outline">
      <CardHeader
        header={<Body1>{programme.name.text}</Body1>}
        description={
          <Caption1>
            {t("setup.programme.facts", {
              municipality: programme.municipality,
              from: programme.period.from,
              to: programme.period.to,
              areas: programme.areas.length,
              rows,
            })}
          </Caption1>
        }
        action={programme.name.provenance === "example" ? <ExampleBadge /> : undefined}
      />
    </Card>
  );
}
