import type { Lang } from "../lang";
import { renderReason } from "../summary/summary-messages";
import type { CoordinatorChoice } from "../read/types";
import type { Suggestion } from "../summary/types";
import { ASSESSMENT, termByCode, type Assessment } from "../vocabulary/vocabularies";
import { present, reportTerm } from "./format";
import type { AssessmentLine } from "./types";

/**
 * The coordinator's assessment when one is made, else the suggestion, marked as such: the
 * report never passes a suggestion off as a decision. The text is the coordinator's.
 */
export function assessmentLine(
  suggestion: Suggestion,
  chosen: Assessment | null,
  choice: CoordinatorChoice | undefined,
  fallbackText: string | null,
  lang: Lang
): AssessmentLine {
  const code = choice?.assessment ?? chosen;
  return {
    term: reportTerm(termByCode(ASSESSMENT, code ?? suggestion.assessment), lang),
    source: code === null ? "suggested" : "chosen",
    reason: renderReason(suggestion, lang),
    text: present(choice?.text ?? fallbackText),
  };
}
