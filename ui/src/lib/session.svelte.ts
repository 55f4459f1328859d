/** The open wallet and the person's settings, as the screens see them. */
import {
  getSettings,
  setLanguage as saveLanguage,
  setTheme as saveTheme,
  toAppError,
  walletInfo,
  type AppError,
  type Language,
  type Settings,
  type Theme,
  type WalletInfo,
} from '../ipc';
import { i18n, setLanguage } from './i18n.svelte';
import { applyTheme } from './theme';
import { toasts } from './toasts.svelte';

export type Phase = 'loading' | 'ready' | 'failed';

export class Session {
  phase = $state<Phase>('loading');
  info = $state<WalletInfo | null>(null);
  settings = $state<Settings | null>(null);
  /** Why the wallet could not be opened, when `phase` is "failed". */
  failure = $state<AppError | null>(null);

  /** Read the wallet and the settings; on failure the app shows `failure`. */
  async load(): Promise<void> {
    this.phase = 'loading';
    this.failure = null;
    try {
      const [settings, info] = await Promise.all([getSettings(), walletInfo()]);
      this.settings = settings;
      this.info = info;
      setLanguage(settings.effectiveLanguage);
      applyTheme(settings.theme);
      this.phase = 'ready';
    } catch (error) {
      this.failure = toAppError(error);
      this.phase = 'failed';
    }
  }

  /** Read the wallet's summary again after it changed (the counts); failures are left unsaid. */
  async refreshInfo(): Promise<void> {
    if (this.phase !== 'ready') return;
    try {
      this.info = await walletInfo();
    } catch {
      // The screen that changed the wallet reports its own errors; the counts wait for the next start.
    }
  }

  /** Choose a language (`null`: follow the system) and save it in the wallet. */
  async chooseLanguage(choice: Language | null): Promise<void> {
    const before = { settings: this.settings, language: i18n.language };
    if (this.settings) this.settings = { ...this.settings, language: choice };
    if (choice !== null) setLanguage(choice);
    try {
      this.settings = await saveLanguage(choice);
      setLanguage(this.settings.effectiveLanguage);
    } catch (error) {
      this.settings = before.settings;
      setLanguage(before.language);
      toasts.error(error);
    }
  }

  /** Choose a theme and save it in the wallet. */
  async chooseTheme(theme: Theme): Promise<void> {
    const before = this.settings;
    if (this.settings) this.settings = { ...this.settings, theme };
    applyTheme(theme);
    try {
      this.settings = await saveTheme(theme);
      applyTheme(this.settings.theme);
    } catch (error) {
      this.settings = before;
      applyTheme(before?.theme ?? 'system');
      toasts.error(error);
    }
  }
}

export const session = new Session();
