import { msg } from '../../lib/i18n.svelte';

/**
 * The message ids naming what the profile form offers (crates/wallet/src/profile.rs
 * LANGUAGES, LEVELS and REGIONS; a Rust test checks each has a name in en, fr and nl).
 * Literal ids, so the locale tests see every one of them.
 */
export const LANGUAGE_NAMES: Record<string, string> = {
  fr: msg('language-name-fr'),
  nl: msg('language-name-nl'),
  en: msg('language-name-en'),
  de: msg('language-name-de'),
  bg: msg('language-name-bg'),
  cs: msg('language-name-cs'),
  da: msg('language-name-da'),
  el: msg('language-name-el'),
  es: msg('language-name-es'),
  et: msg('language-name-et'),
  fi: msg('language-name-fi'),
  ga: msg('language-name-ga'),
  hr: msg('language-name-hr'),
  hu: msg('language-name-hu'),
  it: msg('language-name-it'),
  lt: msg('language-name-lt'),
  lv: msg('language-name-lv'),
  mt: msg('language-name-mt'),
  pl: msg('language-name-pl'),
  pt: msg('language-name-pt'),
  ro: msg('language-name-ro'),
  sk: msg('language-name-sk'),
  sl: msg('language-name-sl'),
  sv: msg('language-name-sv'),
  ar: msg('language-name-ar'),
  tr: msg('language-name-tr'),
  ru: msg('language-name-ru'),
  uk: msg('language-name-uk'),
  zh: msg('language-name-zh'),
  sq: msg('language-name-sq'),
  ln: msg('language-name-ln'),
  fa: msg('language-name-fa'),
};

export const LEVEL_NAMES: Record<string, string> = {
  A1: msg('cefr-level-a1'),
  A2: msg('cefr-level-a2'),
  B1: msg('cefr-level-b1'),
  B2: msg('cefr-level-b2'),
  C1: msg('cefr-level-c1'),
  C2: msg('cefr-level-c2'),
  native: msg('cefr-level-native'),
};

export const REGION_NAMES: Record<string, string> = {
  'BE-WAL': msg('region-name-be-wal'),
  'BE-VLG': msg('region-name-be-vlg'),
  'BE-BRU': msg('region-name-be-bru'),
  'FR-HDF': msg('region-name-fr-hdf'),
  'other': msg('region-name-other'),
};

/** The id naming `code` in `names`, or `code` itself (shown as is) when unknown. */
export function nameId(names: Record<string, string>, code: string): string {
  return names[code] ?? code;
}
