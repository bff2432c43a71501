import { inLanguage, type Lang } from "../../core";
import { TEXTS, type MessageKey } from "./texts";

export type { MessageKey } from "./texts";
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  sv: inLanguage(TEXTS, "sv"),
  en: inLanguage(TEXTS, "en"),
};

/** {name}, or {name|one|other}: the word for a count of 1, else the other ("1 rad", "2 rader"). */
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/**
 * The text for `key` with its {placeholders} filled in and its {count|one|other} forms chosen; a
 * missing parameter stays visible as {name}.
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[lang][key].replace(
    PLACEHOLDER,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      const v = params[name];
      if (v === undefined) return whole;
      if (one === undefined || other === undefined) return String(v);
      return Number(v) === 1 ? one : other;
    }
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(TEXTS, key);
}
