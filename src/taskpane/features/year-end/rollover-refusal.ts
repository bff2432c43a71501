import { renderRolloverRefusal } from "../../../core";
import type { Lang, RolloverRefusal } from "../../../core";

type Params = Readonly<Record<string, string | number>>;

/** The command line's words name its --programme option; the task pane says what to do instead. */
const PAST_PERIOD: Readonly<Record<Lang, (p: Params) => string>> = {
  sv: (p) =>
    `programperioden ${String(p["from"])}–${String(p["to"])} är slut, så ${String(p["year"])} hör inte till programmet. Välj det nya programmet under Nästa år.`,
  en: (p) =>
    `the programme period ${String(p["from"])}–${String(p["to"])} has ended, so ${String(p["year"])} is not part of the programme. Choose the new programme under Next year.`,
};

/** Why next year's workbook was not made, in the user's language. */
export function rolloverRefusalText(refusal: RolloverRefusal, lang: Lang): string {
  return refusal.reason === "pastPeriod" ? PAST_PERIOD[lang](refusal.params) : renderRolloverRefusal(refusal, lang);
}
