/**
 * Messages, from the repository's `locales/{en,fr,nl}/{ui,errors,trainings}.ftl` (shared
 * with Rust). `t(id, args)` is reactive: components re-render when the language
 * changes. A missing id shows the id itself (tests check that none is missing).
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

import enErrors from '../../../locales/en/errors.ftl?raw';
import enTrainings from '../../../locales/en/trainings.ftl?raw';
import enUi from '../../../locales/en/ui.ftl?raw';
import frErrors from '../../../locales/fr/errors.ftl?raw';
import frTrainings from '../../../locales/fr/trainings.ftl?raw';
import frUi from '../../../locales/fr/ui.ftl?raw';
import nlErrors from '../../../locales/nl/errors.ftl?raw';
import nlTrainings from '../../../locales/nl/trainings.ftl?raw';
import nlUi from '../../../locales/nl/ui.ftl?raw';
import { toAppError, type Language } from '../ipc';

export type MessageArgs = Record<string, FluentVariable>;

/** The .ftl sources of each language, as text. */
export const SOURCES: Readonly<Record<Language, { ui: string; errors: string; trainings: string }>> = {
  en: { ui: enUi, errors: enErrors, trainings: enTrainings },
  fr: { ui: frUi, errors: frErrors, trainings: frTrainings },
  nl: { ui: nlUi, errors: nlErrors, trainings: nlTrainings },
};

/** A bundle with all of `lang`'s messages; syntax errors in a source are thrown. */
export function buildBundle(lang: Language): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [name, source] of Object.entries(SOURCES[lang])) {
    const problems = bundle.addResource(new FluentResource(source));
    if (problems.length > 0) {
      throw new Error(`locales/${lang}/${name}.ftl: ${problems.map(String).join('; ')}`);
    }
  }
  return bundle;
}

/** Built on first use; not reactive (only `current` is). */
const bundles: Partial<Record<Language, FluentBundle>> = {};

function bundleFor(lang: Language): FluentBundle {
  return (bundles[lang] ??= buildBundle(lang));
}

/** The text of message `id` in `bundle`, or `undefined` if it has none. */
export function formatMessage(
  bundle: FluentBundle,
  id: string,
  args?: MessageArgs,
): string | undefined {
  const message = bundle.getMessage(id);
  if (!message?.value) return undefined;
  const errors: Error[] = [];
  return bundle.formatPattern(message.value, args ?? null, errors);
}

let current = $state<Language>('en');

/** The interface language, reactive. */
export const i18n = {
  get language(): Language {
    return current;
  },
};

/** Switch the whole interface to `lang` (and `<html lang>`). Does not persist. */
export function setLanguage(lang: Language): void {
  current = lang;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
  }
}

/** The text of `id` in the current language, or `id` itself if it is missing. */
export function t(id: string, args?: MessageArgs): string {
  return formatMessage(bundleFor(current), id, args) ?? id;
}

/**
 * The person-facing text of an error from Rust, `{ code, args }`: message
 * `error-<code>` with those args; an unknown code falls back to `error-unexpected`.
 */
export function errorText(error: unknown): string {
  const { code, args } = toAppError(error);
  const bundle = bundleFor(current);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value !== undefined) values[key] = value;
  }
  const known = formatMessage(bundle, `error-${code}`, values);
  if (known !== undefined) return known;
  const detail = values.detail === undefined ? code : `${code}: ${values.detail}`;
  return formatMessage(bundle, 'error-unexpected', { detail }) ?? `${code} ${detail}`;
}

/**
 * The sentence of a training recommendation's reason, `{ code, args, text }` from
 * Rust: message `trainings-reason-<code>` (trainings.ftl) with those args in
 * the current language; an unknown code keeps the text Rust gave.
 */
export function reasonText(reason: { code: string; args: Partial<Record<string, string>>; text?: string }): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(reason.args)) {
    if (value !== undefined) values[key] = value;
  }
  return formatMessage(bundleFor(current), `trainings-reason-${reason.code}`, values) ?? reason.text ?? reason.code;
}

/** The locale for dates and numbers: English as written in Europe ("3 March 2026"). */
function intlLocale(): string {
  return current === 'en' ? 'en-GB' : current;
}

/** A whole number written the way the current language writes it. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocale()).format(value);
}

/** An RFC 3339 timestamp as a date and time in the current language (as is, if unreadable). */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(time);
}

/** An RFC 3339 timestamp or a date as a date in the current language (as is, if unreadable). */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  // A bare date or midnight UTC is a calendar day: show that day whatever the time zone.
  const utcDay = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:00))?$/i.test(iso.trim());
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeZone: utcDay ? 'UTC' : undefined }).format(time);
}

/**
 * Marks a literal as a message id where it is stored before being passed to `t`
 * (menus, tables). The tests collect the ids of `t('…')` and `msg('…')` calls.
 */
export function msg<T extends string>(id: T): T {
  return id;
}
