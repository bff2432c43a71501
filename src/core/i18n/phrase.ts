import type { Lang } from "../lang";

/**
 * The one shape user text takes: both languages side by side under a name that says what the text
 * is, so a translation cannot be forgotten and a reader sees both at once. A fixed text is a
 * `Phrase`, a text with parameters a `PhraseOf` its parameters. Code picks the language only by
 * indexing a phrase (`PHRASES.x[lang]`), never by a condition on the language (the lint checks).
 */
export type Phrase = Readonly<Record<Lang, string>>;
export type PhraseOf<P> = Readonly<Record<Lang, (p: P) => string>>;

/** A table of phrases (key → { sv, en }). */
export type PhraseTable = Readonly<Record<string, Readonly<Record<Lang, unknown>>>>;

/** One language's side of a table of phrases: what a screen or a document reads its words from. */
export function inLanguage<T extends PhraseTable>(table: T, lang: Lang): { readonly [K in keyof T]: T[K][Lang] } {
  return Object.fromEntries(Object.entries(table).map(([key, phrase]) => [key, phrase[lang]])) as {
    readonly [K in keyof T]: T[K][Lang];
  };
}
