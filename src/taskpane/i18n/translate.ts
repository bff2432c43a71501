import type { Lang } from "../../core/i18n/lang";
import { EN } from "./en";
import { SV, type MessageKey } from "./sv";

export type { MessageKey } from "./sv";
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { sv: SV, en: EN };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The text for `key` with its {placeholders} filled in; a missing parameter stays visible as {name}. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[lang][key].replace(PLACEHOLDER, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(SV, key);
}
