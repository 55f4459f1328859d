import type { Theme } from '../ipc';

export type ResolvedTheme = 'light' | 'dark';

/** The colours to use: the chosen theme, or the system's when it is "system". */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

function darkQuery(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
}

let stopFollowing: (() => void) | null = null;

/**
 * Put `data-theme="light|dark"` on `root` (the CSS variables hang on it). With
 * "system", keep following the system's preference while it changes.
 */
export function applyTheme(
  theme: Theme,
  root: HTMLElement = document.documentElement,
  media: MediaQueryList | null = darkQuery(),
): void {
  stopFollowing?.();
  stopFollowing = null;
  const update = (): void => {
    root.dataset.theme = resolveTheme(theme, media?.matches ?? false);
  };
  update();
  if (theme === 'system' && media) {
    media.addEventListener('change', update);
    stopFollowing = () => media.removeEventListener('change', update);
  }
}
