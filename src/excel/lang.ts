import type { Lang } from "../core/lang";

/**
 * The user's language from Office's display language ("sv-SE", "en-US", …): Swedish for any
 * Swedish variant, English for anything else; Swedish when Office gives none.
 */
export function officeLang(): Lang {
  let display: string | undefined;
  try {
    display = typeof Office === "undefined" ? undefined : Office.context.displayLanguage;
  } catch {
    display = undefined;
  }
  if (display === undefined || display === null || display.trim() === "") return "sv";
  return /^sv(?:[-_]|$)/i.test(display.trim()) ? "sv" : "en";
}
