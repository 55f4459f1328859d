/**
 * FAKE BACKEND, for `npm run dev` in a plain browser and for Vitest only.
 *
 * It answers the same commands as the Rust shell, from a few values kept in
 * memory: an empty wallet that does not exist on disk. Nothing is saved. The
 * Tauri app never uses it (see `isTauri()` in ./index.ts).
 */
import { negotiateLanguage } from '../lib/languages';
import type { AppError, Language, Settings, Theme, WalletInfo, commands } from './bindings';
import type { Result } from './result';

type Commands = typeof commands;
type CommandName = keyof Commands;

export interface FakeState {
  language: Language | null;
  theme: Theme;
  /** What "follow the system" resolves to. */
  systemLanguage: Language;
  info: WalletInfo;
  /** Make a command answer with this error instead (tests, previews). */
  failures: Partial<Record<CommandName, AppError>>;
}

function initialState(): FakeState {
  const tags = typeof navigator === 'undefined' ? [] : navigator.languages;
  return {
    language: null,
    theme: 'system',
    systemLanguage: negotiateLanguage(tags),
    info: {
      path: '(browser preview, no wallet on disk)',
      database: '(in memory)',
      schemaVersion: 1,
      createdAt: new Date().toISOString(),
      journalMode: 'memory',
      counts: { badges: 0, selfDeclared: 0, endorsements: 0 },
    },
    failures: {},
  };
}

export const fakeState: FakeState = initialState();

/** Put the fake back as it starts (between tests). */
export function resetFake(): void {
  Object.assign(fakeState, initialState());
}

function answer<T>(name: CommandName, data: () => T): Promise<Result<T, AppError>> {
  const error = fakeState.failures[name];
  return Promise.resolve(error ? { status: 'error', error } : { status: 'ok', data: data() });
}

function settings(): Settings {
  return {
    language: fakeState.language,
    effectiveLanguage: fakeState.language ?? fakeState.systemLanguage,
    theme: fakeState.theme,
  };
}

export const fakeCommands: Commands = {
  walletInfo: () => answer('walletInfo', () => structuredClone(fakeState.info)),
  getSettings: () => answer('getSettings', settings),
  setLanguage: (language) =>
    answer('setLanguage', () => {
      fakeState.language = language;
      return settings();
    }),
  setTheme: (theme) =>
    answer('setTheme', () => {
      fakeState.theme = theme;
      return settings();
    }),
  pickFiles: () => answer('pickFiles', () => []),
  uiReady: () => answer('uiReady', () => 0),
};
