import { langFromDisplayLanguage } from "../core";
import type { Lang } from "../core";

/** The user's language from Office's display language, as the task pane reads it (core/lang). */
export function officeLang(): Lang {
  let display: string | undefined;
  try {
    display = typeof Office === "undefined" ? undefined : Office.context.displayLanguage;
  } catch {
    display = undefined;
  }
  return langFromDisplayLanguage(display);
}
