import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';

import App from '../../App.svelte';
import { emptyProfile, fakeCommands, fakeSamples, fakeState, resetFake } from '../../ipc/fake';
import { setLanguage } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import { reviewStore } from './store.svelte';

async function start(): Promise<void> {
  window.location.hash = '#/review';
  router.sync();
  render(App);
  await session.load();
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(reviewStore.loaded).toBe(true));
}

/** E.2 declared at e-3 through the fake (like the Skills screen does), endorsed once if asked. */
async function declareE2(endorsed = false): Promise<void> {
  await fakeCommands.declareSkill({
    competence: 'E.2',
    level: 3,
    narratives: [{ language: 'en', text: 'I moved our association’s website with three volunteers.' }],
    place: null,
    period: null,
    teamSize: null,
    outcome: null,
    links: [],
  });
  const skill = fakeState.badges[0];
  if (endorsed && skill) {
    skill.item.endorsements = [
      {
        id: 'fake-endorsement',
        endorserId: null,
        endorserName: 'FAKE Julie Martin, Forem Mons',
        comment: 'FAKE: we went through the planning and the volunteers’ schedule together.',
        issuedAt: '2026-03-02T10:00:00Z',
        status: 'verified',
      },
    ];
  }
}

function chart(): SVGSVGElement {
  const svg = document.querySelector('svg[role="img"]');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no chart');
  return svg;
}

function chartRow(code: string): Element {
  const row = chart().querySelector(`g.row[data-code="${code}"]`);
  if (!row) throw new Error(`no chart row for ${code}`);
  return row;
}

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  resetFake();
  fakeState.systemLanguage = 'en';
  reviewStore.reset();
  toasts.clear();
  setLanguage('en');
});

describe('the chart against the ICT project manager profile', () => {
  it('draws one row per competence of the profile, core ones first, with target and current level', async () => {
    await declareE2();
    await start();
    const profile = await fakeCommands.review('ict-project-manager');
    if (profile.status !== 'ok' || !profile.data) throw new Error('no fake profile');
    const rows = [...chart().querySelectorAll('g.row')];
    expect(rows).toHaveLength(profile.data.items.length);
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['E.2', 'A.4', 'E.3', 'D.9']);
    expect(text(chartRow('E.2'))).toContain('Now e-3 · target e-4');
    expect(text(chartRow('E.3'))).toContain('No level yet · target e-3');
    // A bar up to the current level, a mark at the target (120 units a level).
    expect(chartRow('E.2').querySelector('rect.bar')?.getAttribute('width')).toBe('324');
    expect(chartRow('E.2').querySelector('path.target')?.getAttribute('d')).toMatch(/^M432 /);
    expect(chartRow('E.3').querySelector('rect.bar')).toBeNull();
    // Core competences are grouped and named as such.
    const order = [...chart().querySelectorAll('text.group, g.row')].map((e) => e.getAttribute('data-code') ?? text(e));
    expect(order).toEqual(['Core of the role', 'E.2', 'Also needed', 'A.4', 'E.3', 'D.9']);
  });

  it('says the support in words as well as with a pattern, with a legend', async () => {
    await declareE2();
    await start();
    expect(text(chartRow('E.2'))).toContain('Self-declared');
    expect(chartRow('E.2').querySelector('rect.bar')?.getAttribute('fill')).toMatch(/^url\(#.*-dots\)$/);
    expect(text(chartRow('A.4'))).toContain('Nothing yet');
    const legend = screen.getByRole('list', { name: 'How to read the chart' });
    expect(within(legend).getAllByRole('listitem').map((li) => text(li))).toEqual([
      'Target level of the role',
      'Verified badge',
      'Endorsed',
      'Self-declared',
      'Nothing yet',
    ]);
  });

  it('marks an endorsed skill as endorsed, with stripes', async () => {
    await declareE2(true);
    await start();
    expect(text(chartRow('E.2'))).toContain('Endorsed');
    expect(chartRow('E.2').getAttribute('data-support')).toBe('endorsed');
    expect(chartRow('E.2').querySelector('rect.bar')?.getAttribute('fill')).toMatch(/^url\(#.*-hatch\)$/);
  });

  it('gives screen readers a name, a description and the same figures as a table', async () => {
    await declareE2();
    await start();
    const img = screen.getByRole('img', {
      name: 'FAKE ICT project manager (preview): current level and target level for each competence',
    });
    expect(img).toBe(chart());
    const described = document.getElementById(img.getAttribute('aria-describedby') ?? '');
    expect(text(described)).toContain('solid for a verified badge, striped when endorsed, dotted when self-declared');
    const table = screen.getByRole('table', { name: 'FAKE ICT project manager (preview): the chart as a table' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((cell) => text(cell)))).toEqual([
      ['E.2 FAKE Project and Portfolio Management (core of the role)', 'e-4', 'e-3', 'Self-declared'],
      ['A.4 FAKE Product / Service Planning', 'e-3', 'none yet', 'Nothing yet'],
      ['E.3 FAKE Risk Management', 'e-3', 'none yet', 'Nothing yet'],
      ['D.9 FAKE Personnel Development', 'e-2', 'none yet', 'Nothing yet'],
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(4);
  });

  it('shows the holder’s name but never their e-mail addresses', async () => {
    fakeState.profile = { ...emptyProfile(), name: 'Amélie Dubois', emails: ['amelie@example.org', 'a.dubois@work.example'] };
    await start();
    expect(screen.getByText('Amélie Dubois')).toBeTruthy();
    expect(document.body.textContent).not.toContain('@');
    expect(screen.getByText('None of the 4 competences of this role is at its target level yet.')).toBeTruthy();
  });

  it('follows the interface language', async () => {
    fakeState.language = 'nl';
    await declareE2();
    await start();
    expect(screen.getByRole('heading', { level: 1, name: 'Bespreken met je begeleider' })).toBeTruthy();
    expect(text(chartRow('E.2'))).toContain('Nu e-3 · doel e-4');
    expect(text(chartRow('E.2'))).toContain('Zelf verklaard');
  });
});

describe('the portfolio by competence', () => {
  it('lists what supports each competence in words, and what endorsers wrote', async () => {
    fakeState.badges = fakeSamples();
    await declareE2(true);
    await start();
    const section = screen.getByRole('region', { name: 'What supports each competence' });
    const e2 = section.querySelector('li.competence[data-code="E.2"]');
    expect(text(e2)).toContain('Self-declared, endorsed');
    expect(text(e2)).toContain('level e-3');
    expect(text(e2)).toContain('FAKE: we went through the planning and the volunteers’ schedule together.');
    expect(text(e2)).toContain('Endorsed by FAKE Julie Martin, Forem Mons, 2 March 2026');
    const link = within(e2 as HTMLElement).getByRole('link', { name: /^E\.2 / });
    expect(link.getAttribute('href')).toBe(`#/badges/${encodeURIComponent(fakeState.badges[0]?.item.id ?? '')}`);
    // What nothing supports yet is listed once, together.
    const nothing = within(section).getByRole('list', { name: 'Nothing in the wallet supports these 3 competences yet' });
    expect([...nothing.querySelectorAll('li')].map((li) => li.getAttribute('data-code'))).toEqual(['A.4', 'E.3', 'D.9']);
  });
});

describe('appointment notes', () => {
  it('saves a note with its date and the counsellor’s name, and keeps the name for the next one', async () => {
    fakeState.now = () => '2026-03-02T10:30:00Z';
    await start();
    expect(screen.getByText('No note yet.')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Written by'), { target: { value: 'Julie Martin, Forem Mons' } });
    await fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Look for an E.3 training in Tournai.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    await screen.findByText('The note is saved in the wallet.');
    const notes = screen.getByRole('heading', { level: 3, name: 'One note' }).nextElementSibling as HTMLElement;
    const [note] = within(notes).getAllByRole('listitem');
    expect(text(note)).toContain('Julie Martin, Forem Mons');
    expect(text(note)).toContain('Look for an E.3 training in Tournai.');
    expect(note?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T10:30:00Z');
    expect(text(note?.querySelector('time'))).toMatch(/^2 March 2026/);
    expect(fakeState.notes).toHaveLength(1);
    expect((screen.getByLabelText('Written by') as HTMLInputElement).value).toBe('Julie Martin, Forem Mons');
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
  });

  it('explains a missing name or note in the person’s language and marks the field', async () => {
    fakeState.language = 'fr';
    await start();
    const form = document.querySelector('form') as HTMLFormElement;
    expect(form.noValidate).toBe(true);
    await fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Chercher une formation E.3.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(text(alert)).toBe('Indiquez qui écrit la note.'));
    const who = screen.getByLabelText('Écrite par');
    expect(who.getAttribute('aria-invalid')).toBe('true');
    expect(who.getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.activeElement).toBe(who);
    expect(screen.getByLabelText('Note').getAttribute('aria-invalid')).toBe('false');

    await fireEvent.input(who, { target: { value: 'Julie Martin' } });
    await fireEvent.input(screen.getByLabelText('Note'), { target: { value: '   ' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    await waitFor(() => expect(text(alert)).toBe('Écrivez la note avant de l’enregistrer.'));
    expect(screen.getByLabelText('Note').getAttribute('aria-invalid')).toBe('true');
    expect(who.getAttribute('aria-invalid')).toBe('false');
    expect(fakeState.notes).toHaveLength(0);
  });
});

describe('accessibility (axe)', () => {
  async function seriousViolations(): Promise<string[]> {
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('finds no serious issue with the chart, endorsements, a note and an error shown', async () => {
    fakeState.badges = fakeSamples();
    await declareE2(true);
    fakeState.notes = [{ id: 1, createdAt: '2026-03-02T10:30:00Z', counsellor: 'FAKE counsellor', text: 'FAKE note' }];
    await start();
    await fireEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    await waitFor(() => expect(text(screen.getByRole('alert'))).not.toBe(''));
    expect(await seriousViolations()).toEqual([]);
  });
});
