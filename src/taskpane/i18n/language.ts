import type { Lang } from "../../core/lang";

/**
 * The UI language from Office's display language ("sv-SE", "en-US", …): Swedish for any Swedish
 * variant, English for anything else. Without a display language (outside Office) Swedish, the
 * programme's own language.
 */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  if (displayLanguage === null || displayLanguage === undefined || displayLanguage.trim() === "") return "sv";
  return /^sv(?:[-_]|$)/i.test(displayLanguage.trim()) ? "sv" : "en";
}
