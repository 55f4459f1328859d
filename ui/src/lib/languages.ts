import type { Language } from '../ipc';

/** The languages Passerelle speaks, in the order the picker shows them. */
export const LANGUAGES: readonly Language[] = ['fr', 'nl', 'en'];

/**
 * Each language's name in that language. Endonyms are not translated: a person
 * looks for their own language under its own name.
 */
export const ENDONYMS: Readonly<Record<Language, string>> = {
  fr: 'Français',
  nl: 'Nederlands',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first supported language among BCP 47 / POSIX locale tags, else English.
 * Mirrors `Language::negotiate` in crates/wallet (used by Rust for the OS locale).
 */
export function negotiateLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const primary = tag.split(/[-_.@]/)[0]?.toLowerCase() ?? '';
    if (primary === 'fr') return 'fr';
    if (primary === 'nl' || primary === 'vls') return 'nl';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
