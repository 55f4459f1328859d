import { render, screen } from '@testing-library/svelte';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';

import App from './App.svelte';
import { fakeState, resetFake } from './ipc/fake';
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

  it('finds no serious issue on the error page', async () => {
    fakeState.failures.getSettings = { code: 'not-a-wallet', args: { path: '/tmp/x', detail: 'file is not a database' } };
    render(App);
    await session.load();
    await screen.findByRole('heading', { level: 1 });
    expect(await seriousViolations()).toEqual([]);
  });
});
