export type Lang = "sv" | "en";
export const LANGS: readonly Lang[] = ["sv", "en"];
export function isLang(s: string): s is Lang {
  return s === "sv" || s === "en";
}
