import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import App from '../../App.svelte';
import { fakeCommands, fakeEvents, fakeSamples, fakeState, resetFake } from '../../ipc/fake';
import { setLanguage } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import { badges } from './store.svelte';

async function start(hash = '#/badges'): Promise<void> {
  window.location.hash = hash;
  router.sync();
  render(App);
  await session.load();
}

function withSamples(): void {
  fakeState.badges = fakeSamples();
  fakeState.info.counts.badges = fakeState.badges.length;
}

/** The names on the cards of the grid, in order. */
function cardNames(): string[] {
  return screen.queryAllByRole('article').map((card) => within(card).getByRole('heading', { level: 3 }).textContent ?? '');
}

/** Hold each imported file until the test lets it through. */
function gateImports(): { release: () => Promise<void>; waiting: () => number } {
  const gates: (() => void)[] = [];
  fakeState.beforeFile = () => new Promise<void>((resolve) => gates.push(resolve));
  return {
    async release() {
      await waitFor(() => expect(gates.length).toBeGreaterThan(0));
      gates.shift()?.();
    },
    waiting: () => gates.length,
  };
}

beforeEach(() => {
  resetFake();
  fakeState.systemLanguage = 'en';
  badges.reset();
  toasts.clear();
  setLanguage('en');
});

describe('an empty wallet', () => {
  it('explains what to do, and fills up with the sample badges', async () => {
    await start();
    expect(await screen.findByRole('heading', { level: 2, name: 'No badges yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import badges…' })).toBeTruthy();
    expect(screen.getByText(/drag badge files .* onto this window/)).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Try with sample data' }));
    await waitFor(() => expect(cardNames()).toHaveLength(3));
    expect(cardNames().sort()).toEqual(fakeSamples().map((b) => b.item.name).sort());
    expect(screen.getByText('3 badges imported')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'No badges yet' })).toBeNull();
    // The home screen's counts follow.
    expect(session.info?.counts.badges).toBe(3);
  });
});

describe('the badge grid', () => {
  it('shows each badge with its image, issuer and a status chip in words', async () => {
    withSamples();
    await start();
    await waitFor(() => expect(cardNames()).toHaveLength(3));
    const [first, , third] = screen.getAllByRole('article') as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByRole('img', { name: 'Image of the badge “Gestión de proyectos TIC”' })).toBeTruthy();
    expect(within(first).getByText('Centre de formation fictif (fake)')).toBeTruthy();
    expect(within(first).getByText('Verified')).toBeTruthy();
    expect(within(first).getByText('Endorsed once')).toBeTruthy();
    // No image: a neutral placeholder, and nothing for screen readers to read out.
    expect(within(third).queryByRole('img')).toBeNull();
    expect(within(third).getByText('Needs attention')).toBeTruthy();

    const link = within(third).getByRole('link', { name: 'Cybersecurity basics' });
    expect(link.getAttribute('href')).toBe('#/badges/urn%3Auuid%3Afake-0003');
    expect(screen.getByText('3 badges shown')).toBeTruthy();
  });

  it('searches without minding accents or case', async () => {
    withSamples();
    await start();
    await waitFor(() => expect(cardNames()).toHaveLength(3));
    const search = screen.getByRole('searchbox', { name: 'Search by name or issuer' });

    await fireEvent.input(search, { target: { value: 'GESTION' } });
    await waitFor(() => expect(cardNames()).toEqual(['Gestión de proyectos TIC']));
    expect(screen.getByText('1 badge shown')).toBeTruthy();

    await fireEvent.input(search, { target: { value: 'oeuvre' } });
    await waitFor(() => expect(cardNames()).toEqual(['Mise en œuvre d’un projet numérique']));

    await fireEvent.input(search, { target: { value: 'nothing like this' } });
    await waitFor(() => expect(screen.getByText('No badge matches your search.')).toBeTruthy());
    await fireEvent.click(screen.getByRole('button', { name: 'Show all badges' }));
    await waitFor(() => expect(cardNames()).toHaveLength(3));
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('filters by status with the segmented control', async () => {
    withSamples();
    await start();
    await waitFor(() => expect(cardNames()).toHaveLength(3));
    const filter = screen.getByRole('group', { name: 'Show' });

    await fireEvent.click(within(filter).getByRole('radio', { name: 'Needs attention' }));
    await waitFor(() => expect(cardNames()).toEqual(['Cybersecurity basics']));
    await fireEvent.click(within(filter).getByRole('radio', { name: 'Not valid' }));
    await waitFor(() => expect(cardNames()).toEqual([]));
    expect(screen.getByText('No badge matches your search.')).toBeTruthy();
    // Filtering to nothing is not an empty wallet.
    expect(screen.queryByRole('heading', { name: 'No badges yet' })).toBeNull();
    await fireEvent.click(within(filter).getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(cardNames()).toHaveLength(3));
  });
});

describe('importing files', () => {
  it('shows "3 of 12" while it runs, can be cancelled, and sums up what happened', async () => {
    fakeState.pickedFiles = Array.from({ length: 12 }, (_, i) => `/home/ana/badge-${i + 1}.png`);
    const gate = gateImports();
    await start();
    await fireEvent.click(await screen.findByRole('button', { name: 'Import badges…' }));

    expect(await screen.findByText('0 of 12')).toBeTruthy();
    for (let i = 0; i < 3; i++) await gate.release();
    expect(await screen.findByText('3 of 12')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Importing badges…' }) as HTMLProgressElement;
    expect(bar.value).toBe(3);
    expect(bar.max).toBe(12);
    expect(screen.getByText('Just checked: badge-3.png')).toBeTruthy();
    expect(screen.getByText('3 of 12').getAttribute('aria-live')).toBe('polite');

    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fakeState.cancelRequested).toBe(true);
    expect(screen.getByRole('button', { name: 'Stopping…' })).toHaveProperty('disabled', true);
    // The file under way is finished, then the import stops.
    await gate.release();

    const summary = await screen.findByRole('region', { name: 'Import finished' });
    expect(within(summary).getByText('4 badges imported')).toBeTruthy();
    expect(within(summary).getByText('8 files left out: you stopped the import')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(cardNames()).toHaveLength(4));
  });

  it('lists each refused file with its reasons in words', async () => {
    withSamples();
    fakeState.pickedFiles = [
      '/tmp/fake-tampered.png',
      '/tmp/new-badge.json',
      '/tmp/broken.png',
      `/tmp/${fakeSamples()[0]?.report.file ?? ''}`,
    ];
    await start();
    await fireEvent.click(await screen.findByRole('button', { name: 'Import badges…' }));

    const summary = await screen.findByRole('region', { name: 'Import finished' });
    expect(within(summary).getByText('1 badge imported')).toBeTruthy();
    expect(within(summary).getByText('1 already in your wallet')).toBeTruthy();
    expect(within(summary).getByText('2 files refused')).toBeTruthy();
    expect(within(summary).getByText('fake-tampered.png')).toBeTruthy();
    expect(
      within(summary).getByText('This file has been changed since it was signed, or it was signed with another key'),
    ).toBeTruthy();
    expect(within(summary).getByText('broken.png')).toBeTruthy();
    expect(within(summary).getByText('The PNG image is damaged: part of it was changed or corrupted')).toBeTruthy();

    await fireEvent.click(within(summary).getByRole('button', { name: 'Close this summary' }));
    expect(screen.queryByRole('region', { name: 'Import finished' })).toBeNull();
  });

  it('imports files dropped on the window, showing a drop target while they hover', async () => {
    await start('#/home');
    await screen.findByRole('heading', { level: 1, name: 'Your competency wallet' });
    await waitFor(() => expect(fakeEvents.fileDrop.listeners).toBe(1));

    fakeEvents.fileDrop.emit({ type: 'over' });
    expect(await screen.findByText('Drop the files here to import them as badges')).toBeTruthy();
    fakeEvents.fileDrop.emit({ type: 'leave' });
    await waitFor(() => expect(screen.queryByText('Drop the files here to import them as badges')).toBeNull());

    fakeEvents.fileDrop.emit({ type: 'over' });
    fakeEvents.fileDrop.emit({ type: 'drop', paths: ['/tmp/dropped-badge.svg'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Badges' })).toBeTruthy();
    expect(window.location.hash).toBe('#/badges');
    await waitFor(() => expect(cardNames()).toEqual(['Dropped badge']));
    expect(screen.queryByText('Drop the files here to import them as badges')).toBeNull();
  });

  it('imports pasted text, and asks for text first', async () => {
    await start();
    await fireEvent.click(await screen.findByRole('button', { name: 'Paste badge text' }));
    const field = screen.getByRole('textbox', { name: 'Badge text' });
    await fireEvent.click(screen.getByRole('button', { name: 'Import this text' }));
    expect(screen.getByText('Paste the badge text first.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(field, { target: { value: 'hello, this is not a badge' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Import this text' }));
    const summary = await screen.findByRole('region', { name: 'Import finished' });
    expect(within(summary).getByText('1 file refused')).toBeTruthy();
    expect(within(summary).getByText('The pasted text')).toBeTruthy();
    expect(within(summary).getByText(/^This is not a badge file/)).toBeTruthy();
  });

  it('reports a failing import as an alert, and comes back to the list', async () => {
    fakeState.failures.importFiles = { code: 'database', args: { detail: 'disk full' } };
    await start();
    await fireEvent.click(await screen.findByRole('button', { name: 'Import badges…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('(disk full)');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('heading', { name: 'No badges yet' })).toBeTruthy();
  });

  it('offers badge bundles (zip) in the dialog and says in words why a bundle was refused', async () => {
    const pick = vi.spyOn(fakeCommands, 'pickFiles');
    fakeState.pickedFiles = ['/home/ana/mes-badges.zip'];
    fakeState.failures.importFiles = {
      code: 'bundle-refused',
      args: { file: '/home/ana/mes-badges.zip', reason: 'path-parent', entry: '../evil.json', limit: '' },
    };
    await start();
    await fireEvent.click(await screen.findByRole('button', { name: 'Import badges…' }));
    const alert = await screen.findByRole('alert');
    const filters = pick.mock.calls[0]?.[0] ?? [];
    expect(filters.flatMap((f) => f.extensions)).toEqual(expect.arrayContaining(['zip', 'json', 'png', 'svg', 'jwt']));
    expect(alert.textContent).toContain('“../evil.json” in /home/ana/mes-badges.zip points outside the bundle');
    expect(alert.textContent).toContain('Nothing was imported.');
    pick.mockRestore();
  });
});

describe('the badge page', () => {
  it('shows what the badge says and every check in words, in order', async () => {
    withSamples();
    await start('#/badges/urn%3Auuid%3Afake-0003');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Cybersecurity basics' });
    expect(heading.id).toBe('page-title');
    expect(screen.getByText('Issued by Centre de formation fictif (fake)')).toBeTruthy();
    expect(screen.getByText('Needs attention')).toBeTruthy();
    expect(screen.getByText('https://formation.example/fake')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /formation\.example/ })).toBeNull();

    const checks = screen.getByRole('region', { name: 'What Passerelle checked' });
    const items = within(checks).getAllByRole('listitem').filter((li) => li.dataset.check);
    expect(items.map((li) => li.dataset.check)).toEqual([
      'format',
      'context',
      'issuer-key',
      'proof',
      'key-controller',
      'status',
      'valid-from',
      'valid-until',
      'recipient',
    ]);
    expect(items[3]?.textContent?.trim()).toBe('Passed: Signature valid — signed with the issuer’s key');
    expect(items[7]?.textContent?.trim()).toBe('Needs attention: Expired on 30 June 2025 — the badge was valid when it was issued');
    expect(items[5]?.textContent?.trim()).toBe('Not checked: Could not check whether the issuer revoked it: that needs the internet, or the issuer’s status list imported as a file');
    expect(screen.getByRole('link', { name: 'Back to your badges' }).getAttribute('href')).toBe('#/badges');
  });

  it('checks again on request and tells when it last did', async () => {
    withSamples();
    await start('#/badges/urn%3Auuid%3Afake-0001');
    await screen.findByRole('heading', { level: 1, name: 'Gestión de proyectos TIC' });
    const before = screen.getByText(/^Last checked /).textContent;

    fakeState.now = () => '2031-05-06T07:08:00Z';
    await fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.getByText(/^Last checked /).textContent).toMatch(/6 May 2031/));
    expect(screen.getByText(/^Last checked /).textContent).not.toBe(before);
    expect(screen.getByText('Checked again just now: Verified.')).toBeTruthy();
  });

  it('says so when the badge is not in the wallet', async () => {
    await start('#/badges/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Badge not found' })).toBeTruthy();
    expect(screen.getByText('This badge is no longer in your wallet.')).toBeTruthy();
  });

  it('opens from the grid and brings focus to its heading', async () => {
    withSamples();
    await start();
    await waitFor(() => expect(cardNames()).toHaveLength(3));
    await fireEvent.click(screen.getByRole('link', { name: 'Mise en œuvre d’un projet numérique' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Mise en œuvre d’un projet numérique' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
