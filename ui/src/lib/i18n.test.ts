import { FluentResource } from '@fluent/bundle';
import { afterEach, describe, expect, it } from 'vitest';

import type { Language } from '../ipc';
import { buildBundle, errorText, formatDateTime, i18n, setLanguage, SOURCES, t } from './i18n.svelte';
import { LANGUAGES, negotiateLanguage } from './languages';

/** The app's source files (not the tests), as text. */
const sourceFiles = import.meta.glob<string>(['/src/**/*.svelte', '/src/**/*.ts', '!/src/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Ids passed as literals to `t(…)` or `msg(…)` in the app's source. */
function usedIds(): Set<string> {
  const ids = new Set<string>();
  for (const text of Object.values(sourceFiles)) {
    for (const m of text.matchAll(/\b(?:t|msg)\(\s*(['"])([a-z0-9-]+)\1/g)) ids.add(m[2] as string);
  }
  return ids;
}

type Shape = Map<string, { attributes: string[]; variables: string[] }>;

function collectVariables(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectVariables(item, out);
  } else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (n.type === 'var' && typeof n.name === 'string') out.add(n.name);
    for (const value of Object.values(n)) collectVariables(value, out);
  }
}

/** id -> attributes and variables, as @fluent/bundle parses the file. */
function shape(source: string): Shape {
  const out: Shape = new Map();
  for (const entry of new FluentResource(source).body) {
    const variables = new Set<string>();
    collectVariables(entry.value, variables);
    collectVariables(entry.attributes, variables);
    out.set(entry.id, {
      attributes: Object.keys(entry.attributes).sort(),
      variables: [...variables].sort(),
    });
  }
  return out;
}

afterEach(() => setLanguage('en'));

describe('messages', () => {
  it('finds the ids used in the source (the scan itself works)', () => {
    const ids = usedIds();
    expect(ids.size).toBeGreaterThan(40);
    expect(ids).toContain('home-title');
    expect(ids).toContain('nav-settings'); // stored with msg() in lib/nav.ts
  });

  it('has every id used in the source in en, fr and nl', () => {
    const missing: string[] = [];
    for (const lang of LANGUAGES) {
      const bundle = buildBundle(lang);
      for (const id of usedIds()) {
        if (!bundle.getMessage(id)?.value) missing.push(`${lang}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses every message of en/ui.ftl somewhere', () => {
    const used = usedIds();
    const unused = [...shape(SOURCES.en.ui).keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('never builds a message id at run time outside error codes', () => {
    const dynamic: string[] = [];
    for (const [file, text] of Object.entries(sourceFiles)) {
      if (/\b(?:t|msg)\(\s*`/.test(text)) dynamic.push(file);
    }
    expect(dynamic).toEqual([]);
  });

  it('gives fr and nl exactly the ids, attributes and variables of en', () => {
    for (const file of ['ui', 'errors', 'trainings'] as const) {
      const en = shape(SOURCES.en[file]);
      for (const lang of ['fr', 'nl'] as const) {
        const other = shape(SOURCES[lang][file]);
        expect([...other.keys()].sort(), `${lang}/${file}.ftl ids`).toEqual([...en.keys()].sort());
        for (const [id, expected] of en) {
          expect(other.get(id), `${lang}/${file}.ftl ${id}`).toEqual(expected);
        }
      }
    }
  });

  it('documents every placeable of en/ui.ftl in a `# Variables:` comment', () => {
    const lines = SOURCES.en.ui.split('\n');
    const problems: string[] = [];
    for (const [id, { variables }] of shape(SOURCES.en.ui)) {
      if (variables.length === 0) continue;
      const at = lines.findIndex((line) => line.startsWith(`${id} =`));
      const comment: string[] = [];
      for (let i = at - 1; i >= 0 && lines[i]?.startsWith('# '); i--) comment.unshift(lines[i] as string);
      const text = comment.join('\n');
      for (const v of variables) {
        if (!text.includes('# Variables:') || !text.includes(`$${v} (`)) problems.push(`${id}: $${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('parses every file without errors', () => {
    for (const lang of LANGUAGES) expect(() => buildBundle(lang)).not.toThrow();
  });
});

describe('t and the current language', () => {
  it('shows the id of a missing message', () => {
    expect(t('no-such-message')).toBe('no-such-message');
  });

  it('switches every string at once and sets <html lang>', () => {
    setLanguage('en');
    expect(t('nav-settings')).toBe('Settings');
    setLanguage('fr');
    expect(i18n.language).toBe('fr');
    expect(t('nav-settings')).toBe('Paramètres');
    expect(document.documentElement.lang).toBe('fr');
    setLanguage('nl');
    expect(t('nav-settings')).toBe('Instellingen');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('fills variables and picks plural forms by language', () => {
    setLanguage('en');
    expect(t('home-count-badges', { count: 1 })).toBe('badge');
    expect(t('home-count-badges', { count: 0 })).toBe('badges');
    // French counts zero as singular.
    setLanguage('fr');
    expect(t('home-count-badges', { count: 0 })).toBe('badge');
    expect(t('app-window-title', { page: 'Badges' })).toBe('Badges – Passerelle');
  });

  it('formats dates in the interface language', () => {
    setLanguage('fr');
    expect(formatDateTime('2024-03-05T10:00:00Z')).toMatch(/mars 2024/);
    setLanguage('nl');
    expect(formatDateTime('2024-03-05T10:00:00Z')).toMatch(/maart 2024/);
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('errorText', () => {
  const tooNew = { code: 'wallet-too-new', args: { path: '/home/zoë/wallet', found: '7', supported: '1' } };

  it('renders error-<code> with its args in the current language', () => {
    setLanguage('en');
    expect(errorText(tooNew)).toBe(
      'The wallet in /home/zoë/wallet was saved by a newer version of Passerelle (version 7; this one knows up to 1). Update Passerelle to open it. Nothing was changed.',
    );
    setLanguage('nl');
    expect(errorText(tooNew)).toMatch(/^De portefeuille in \/home\/zoë\/wallet .*versie 7/);
  });

  it('falls back to error-unexpected for an unknown code, keeping code and detail', () => {
    setLanguage('en');
    expect(errorText({ code: 'badge-on-fire', args: { detail: 'smoke' } })).toBe(
      'Something unexpected went wrong. (badge-on-fire: smoke)',
    );
    expect(errorText({ code: 'badge-on-fire', args: {} })).toBe('Something unexpected went wrong. (badge-on-fire)');
  });

  it('treats anything that is not an AppError as unexpected', () => {
    setLanguage('fr');
    expect(errorText('command wallet_info not found')).toBe(
      'Un problème inattendu est survenu. (command wallet_info not found)',
    );
  });
});

describe('negotiateLanguage', () => {
  it.each<[string[], Language]>([
    [['nl-BE', 'fr-BE'], 'nl'],
    [['fr_BE.UTF-8'], 'fr'],
    [['FR'], 'fr'],
    [['vls'], 'nl'],
    [['de-DE', 'fr-FR'], 'fr'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ])('%j gives %s', (tags, expected) => {
    expect(negotiateLanguage(tags)).toBe(expected);
  });
});
