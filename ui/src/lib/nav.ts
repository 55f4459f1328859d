import { msg } from './i18n.svelte';
import type { IconName } from './icons';
import type { Route } from './router.svelte';

export interface NavItem {
  route: Route;
  /** Message id of the menu entry (also the window title of the screen). */
  label: string;
  icon: IconName;
}

/** The menu, top to bottom; settings sit apart at the bottom. */
export const NAV_MAIN: readonly NavItem[] = [
  { route: 'home', label: msg('nav-home'), icon: 'home' },
  { route: 'badges', label: msg('nav-badges'), icon: 'badges' },
  { route: 'skills', label: msg('nav-skills'), icon: 'skills' },
  { route: 'trainings', label: msg('nav-trainings'), icon: 'trainings' },
  { route: 'cv', label: msg('nav-cv'), icon: 'cv' },
  { route: 'review', label: msg('nav-review'), icon: 'review' },
];

export const NAV_SETTINGS: NavItem = { route: 'settings', label: msg('nav-settings'), icon: 'settings' };

export function navItem(route: Route): NavItem {
  return NAV_MAIN.find((item) => item.route === route) ?? NAV_SETTINGS;
}
