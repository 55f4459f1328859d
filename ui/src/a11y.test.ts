import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';

import App from './App.svelte';
import { badges } from './features/badges/store.svelte';
import { fakeSamples, fakeState, resetFake } from './ipc/fake';
import { setLanguage } from './lib/i18n.svelte';
import { ROUTES, router } from './lib/router.svelte';
import { session } from './lib/session.svelte';
import { toasts } from './lib/toasts.svelte';

/** axe's serious and critical findings (colour contrast is checked on theme.css instead). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(() => {
  resetFake();
  badges.reset();
  toasts.clear();
  setLanguage('en');
});

describe('accessibility (axe)', () => {
  for (const route of ROUTES) {
    it(`finds no serious issue on ${route}`, async () => {
      window.location.hash = `#/${route}`;
      router.sync();
      render(App);
      await session.load();
      await screen.findByRole('heading', { level: 1 });
      expect(await seriousViolations()).toEqual([]);
    });
  }

  it('finds no serious issue on the badge grid, with an import summary', async () => {
    fakeState.badges = fakeSamples();
    fakeState.pickedFiles = ['/tmp/new.png', '/tmp/tampered.png'];
    window.location.hash = '#/badges';
    router.sync();
    render(App);
    await session.load();
    await fireEvent.click(await screen.findByRole('button', { name: 'Import badges…' }));
    await screen.findByRole('region', { name: 'Import finished' });
    await fireEvent.click(screen.getByRole('button', { name: 'Paste badge text' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(4));
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds no serious issue on a badge page', async () => {
    fakeState.badges = fakeSamples();
    window.location.hash = '#/badges/urn%3Auuid%3Afake-0001';
    router.sync();
    render(App);
    await session.load();
    await screen.findByRole('heading', { level: 1, name: 'Gestión de proyectos TIC' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds no serious issue while importing', async () => {
    fakeState.pickedFiles = ['/tmp/a.png', '/tmp/b.png'];
    fakeState.beforeFile = () => new Promise<void>(() => undefined);
    window.location.hash = '#/badges';
    router.sync();
    render(App);
    await session.load();
    await fireEvent.click(await screen.findByRole('button', { name: 'Import badges…' }));
    await screen.findByRole('progressbar');
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds no serious issue on the error page', async () => {
    fakeState.failures.getSettings = { code: 'not-a-wallet', args: { path: '/tmp/x', detail: 'file is not a database' } };
    render(App);
    await session.load();
    await screen.findByRole('heading', { level: 1 });
    expect(await seriousViolations()).toEqual([]);
  });
});
