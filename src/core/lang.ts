export type Lang = "sv" | "en";
export const LANGS: readonly Lang[] = ["sv", "en"];
export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/**
 * The user's language from Office's display language ("sv-SE", "en-US", …): Swedish for any
 * Swedish variant, English for anything else. Without a display language (outside Office) Swedish,
 * the programme's own language. The task pane and the adapter both ask this one function.
 */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  if (displayLanguage === null || displayLanguage === undefined || displayLanguage.trim() === "") return "sv";
  return /^sv(?:[-_]|$)/i.test(displayLanguage.trim()) ? "sv" : "en";
}
