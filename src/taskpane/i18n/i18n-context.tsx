import * as React from "react";
import type { Lang } from "../../core";
import { translate, type Translate } from "./translate";

export interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
}

const I18nContext = React.createContext<I18n>({ lang: "sv", t: (key, params) => translate("sv", key, params) });

export function I18nProvider({ lang, children }: { lang: Lang; children: React.ReactNode }): React.JSX.Element {
  const value = React.useMemo<I18n>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI language and its texts. */
export function useI18n(): I18n {
  return React.useContext(I18nContext);
}
