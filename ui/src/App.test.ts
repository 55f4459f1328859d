import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';

import App from './App.svelte';
import { badges } from './features/badges/store.svelte';
import { fakeState, resetFake } from './ipc/fake';
import { setLanguage } from './lib/i18n.svelte';
import { router } from './lib/router.svelte';
import { session } from './lib/session.svelte';
import { toasts } from './lib/toasts.svelte';

async function start(hash = ''): Promise<void> {
  window.location.hash = hash;
  router.sync();
  render(App);
  await session.load();
}

function h1(): HTMLElement {
  const headings = screen.getAllByRole('heading', { level: 1 });
  expect(headings).toHaveLength(1);
  return headings[0] as HTMLElement;
}

beforeEach(() => {
  resetFake();
  badges.reset();
  fakeState.systemLanguage = 'en';
  toasts.clear();
  setLanguage('en');
  delete document.documentElement.dataset.theme;
});

describe('the app frame', () => {
  it('opens in the language the settings give, with the menu and one heading', async () => {
    fakeState.language = 'nl';
    await start();
    expect(await screen.findByRole('heading', { level: 1, name: 'Je competentieportfolio' })).toBeTruthy();
    expect(h1().textContent).toBe('Je competentieportfolio');
    expect(document.documentElement.lang).toBe('nl');
    expect(document.title).toBe('Start – Passerelle');

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Instellingen' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('shows the three first steps while the wallet is empty, and the counts', async () => {
    await start();
    await screen.findByRole('heading', { level: 2, name: 'Where to start' });
    const steps = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(steps).toEqual([
      'Import the badges you already have',
      'Declare the skills you learned on the job',
      'Find trainings and export your CV',
    ]);
    expect(screen.getByRole('link', { name: 'Import your badges' }).getAttribute('href')).toBe('#/badges');
    expect(screen.getByText('Everything stays on this computer')).toBeTruthy();
    expect(screen.getByText(fakeState.info.path)).toBeTruthy();
  });

  it('hides the first steps once the wallet holds something', async () => {
    fakeState.info.counts = { badges: 1, selfDeclared: 2, endorsements: 0 };
    await start();
    await screen.findByRole('heading', { level: 2, name: 'In your wallet' });
    expect(screen.queryByRole('heading', { name: 'Where to start' })).toBeNull();
    expect(screen.getByText('badge')).toBeTruthy();
    expect(screen.getByText('self-declared skills')).toBeTruthy();
  });

  it('moves between screens through the URL hash and marks the current one', async () => {
    await start();
    await screen.findByRole('heading', { level: 1, name: 'Your competency wallet' });
    await fireEvent.click(screen.getByRole('link', { name: 'Badges' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Badges' });
    expect(window.location.hash).toBe('#/badges');
    expect(screen.getByRole('link', { name: 'Badges' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(await screen.findByRole('heading', { level: 2, name: 'No badges yet' })).toBeTruthy();
    expect(document.title).toBe('Badges – Passerelle');
  });

  it('skips to the main content without leaving the screen', async () => {
    await start('#/skills');
    const skip = await screen.findByRole('link', { name: 'Skip to main content' });
    await fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(router.current).toBe('skills');
  });
});

describe('settings', () => {
  it('switches the whole interface language at once and saves it', async () => {
    await start('#/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await fireEvent.click(screen.getByRole('radio', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Accueil' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(fakeState.language).toBe('fr');

    fakeState.systemLanguage = 'nl';
    const language = screen.getByRole('group', { name: 'Langue' });
    await fireEvent.click(within(language).getByRole('radio', { name: /Comme le système/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeTruthy();
    expect(fakeState.language).toBeNull();
    expect(screen.getByText('Nu: Nederlands')).toBeTruthy();
  });

  it('applies and saves the theme', async () => {
    await start('#/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(() => expect(fakeState.theme).toBe('dark'));
  });

  it('shows an alert and keeps the previous choice when saving fails', async () => {
    fakeState.failures.setTheme = { code: 'database', args: { detail: 'disk full' } };
    await start('#/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your wallet could not be read or saved. (disk full)');
    expect(document.documentElement.dataset.theme).toBe('light');
    const theme = screen.getByRole('group', { name: 'Appearance' });
    expect((within(theme).getByRole('radio', { name: 'Follow the system' }) as HTMLInputElement).checked).toBe(true);

    await fireEvent.click(within(alert).getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells about the wallet: folder, format version, creation date', async () => {
    fakeState.info.createdAt = '2024-03-05T10:00:00Z';
    fakeState.language = 'fr';
    await start('#/settings');
    await screen.findByRole('heading', { level: 2, name: 'À propos de ce portefeuille' });
    expect(screen.getByText(/5 mars 2024/)).toBeTruthy();
  });
});

describe('when the wallet cannot be opened', () => {
  it('shows the reason from errors.ftl on a full page, and can try again', async () => {
    fakeState.failures.walletInfo = {
      code: 'wallet-too-new',
      args: { path: '/home/ana/wallet', found: '3', supported: '1' },
    };
    await start();
    expect(h1().textContent).toBe('Passerelle cannot open your wallet');
    expect(screen.getByText(/saved by a newer version of Passerelle \(version 3; this one knows up to 1\)/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();

    delete fakeState.failures.walletInfo;
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your competency wallet' })).toBeTruthy();
  });
});
