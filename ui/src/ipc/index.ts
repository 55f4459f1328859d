/**
 * The UI's only door to Rust (DESIGN.md, "IPC and UI"). Every command returns its
 * data or throws an `AppError` (`{ code, args }`); the words for an error come
 * from `locales/*\/errors.ftl` under `error-<code>` (see lib/i18n.svelte.ts).
 *
 * Outside Tauri (a plain browser during `npm run dev`, or Vitest) the calls go to
 * a small in-memory fake, ./fake.ts.
 */
import { isTauri as runningInTauri } from '@tauri-apps/api/core';

import { commands } from './bindings';
import type { AppError, FileFilter, Language, Settings, Theme, WalletInfo } from './bindings';
import { fakeCommands } from './fake';
import type { Result } from './result';

export type {
  AppError,
  Counts,
  FileFilter,
  Language,
  Settings,
  Theme,
  WalletInfo,
} from './bindings';
export type { Result } from './result';

/** True inside the Tauri webview, false in a plain browser or in tests. */
export function isTauri(): boolean {
  return runningInTauri();
}

function backend(): typeof commands {
  return isTauri() ? commands : fakeCommands;
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.args === 'object' && v.args !== null;
}

/** Any failure as an `AppError`; what is not one becomes `unexpected` with a detail. */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  const detail = value instanceof Error ? value.message : String(value);
  return { code: 'unexpected', args: { detail } };
}

/** The data of a command's result, or throw its error. */
export function unwrap<T>(result: Result<T, AppError>): T {
  if (result.status === 'ok') return result.data;
  throw toAppError(result.error);
}

async function run<T>(call: () => Promise<Result<T, AppError>>): Promise<T> {
  let result: Result<T, AppError>;
  try {
    result = await call();
  } catch (e) {
    throw toAppError(e);
  }
  return unwrap(result);
}

export const walletInfo = (): Promise<WalletInfo> => run(() => backend().walletInfo());
export const getSettings = (): Promise<Settings> => run(() => backend().getSettings());
/** Choose the interface language; `null` follows the system again. */
export const setLanguage = (language: Language | null): Promise<Settings> =>
  run(() => backend().setLanguage(language));
export const setTheme = (theme: Theme): Promise<Settings> => run(() => backend().setTheme(theme));
export const pickFiles = (filters: FileFilter[]): Promise<string[]> =>
  run(() => backend().pickFiles(filters));
/** Tell the shell the first screen is painted; returns milliseconds since launch. */
export const uiReady = (): Promise<number> => run(() => backend().uiReady());
