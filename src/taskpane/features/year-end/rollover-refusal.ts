import { renderRolloverRefusal } from "../../../core";
import type { Lang, RolloverRefusal } from "../../../core";
import { translate } from "../../i18n/translate";

/**
 * Why next year's workbook was not made, in the user's language. The core's words for a past
 * programme period name the command line's --programme option; the task pane says what to do here.
 */
export function rolloverRefusalText(refusal: RolloverRefusal, lang: Lang): string {
  if (refusal.reason !== "pastPeriod") return renderRolloverRefusal(refusal, lang);
  const { from, to, year } = refusal.params;
  return translate(lang, "yearEnd.rollover.refused.pastPeriod", { from: from ?? "", to: to ?? "", year: year ?? "" });
}
