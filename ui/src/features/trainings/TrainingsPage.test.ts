import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import App from '../../App.svelte';
import { fakeCommands, fakeState, resetFake } from '../../ipc/fake';
import { setLanguage } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import { trainingsStore } from './store.svelte';

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function start(hash = '#/trainings'): Promise<void> {
  window.location.hash = hash;
  router.sync();
  render(App);
  await session.load();
  await screen.findByRole('heading', { level: 1 });
}

async function startList(): Promise<void> {
  await start();
  await waitFor(() => expect(trainingsStore.loaded).toBe(true));
  await waitFor(() => expect(document.querySelectorAll('article[data-offer]').length).toBeGreaterThan(0));
}

function card(id: string): HTMLElement {
  const article = document.querySelector(`article[data-offer="${id}"]`);
  if (!(article instanceof HTMLElement)) throw new Error(`no card for ${id}`);
  return article;
}

/** A learner in Roubaix (FR-HDF) who speaks Dutch at B2, as in the e2e test. */
function livesInRoubaix(): void {
  fakeState.profile = {
    ...fakeState.profile,
    region: 'FR-HDF',
    municipality: 'Roubaix',
    postcode: '59100',
    languages: [{ language: 'nl', level: 'B2' }],
  };
}

beforeEach(() => {
  resetFake();
  fakeState.systemLanguage = 'en';
  trainingsStore.reset();
  toasts.clear();
  setLanguage('en');
  vi.restoreAllMocks();
});

describe('the ranked list', () => {
  it('says the catalogue is a sample and shows the gap', async () => {
    await startList();
    expect(text(screen.getByRole('note'))).toContain('sample catalogue');
    const gap = screen.getByRole('region', { name: 'Your gap to FAKE ICT project manager (preview)' });
    expect(text(gap)).toContain('4 of 4 competences are still below the level the role asks.');
    expect(text(gap)).toContain('E.2');
  });

  it('renders each offer with its reasons, covered competences and the language of its title', async () => {
    livesInRoubaix();
    await startList();
    const risk = card('fake:risk-kortrijk');
    expect(within(risk).getByRole('link', { name: 'FAKE Risicobeheer in ICT-projecten' }).getAttribute('lang')).toBe('nl');
    expect(text(risk)).toContain('Teaches E.3 FAKE Risk Management up to level e-3');
    expect(text(risk)).toContain('E.3, E.2');
    expect(text(risk)).toContain('FAKE Hogeschool Kortrijk');
    // A title in the interface language gets no lang attribute.
    const pm = within(card('fake:pm-lille')).getByRole('link', { name: 'FAKE Project management essentials' });
    expect(pm.hasAttribute('lang')).toBe(false);
  });

  it('marks a cross-border offer as a chance with what applies, and not an offer on the learner’s side', async () => {
    livesInRoubaix();
    await startList();
    const risk = card('fake:risk-kortrijk');
    const marker = risk.querySelector('.border-chance');
    expect(text(marker)).toContain('A chance across the border');
    expect(text(marker)).toContain('Flanders');
    expect(text(marker)).toContain('Dutch, a language you speak');
    expect(text(marker)).toMatch(/About \d+ km across the border/);
    expect(card('fake:pm-lille').querySelector('.border-chance')).toBeNull();
  });

  it('adds an offer to the plan and takes it out again', async () => {
    await startList();
    const button = within(card('fake:pm-lille')).getByRole('button', { name: 'Add to my plan' });
    await fireEvent.click(button);
    await waitFor(() => expect(within(card('fake:pm-lille')).getByRole('button', { name: 'In my plan' }).getAttribute('aria-pressed')).toBe('true'));
    const plan = screen.getByRole('region', { name: 'My plan' });
    expect(text(plan)).toContain('FAKE Project management essentials');
    await fireEvent.click(within(plan).getByRole('button', { name: 'Remove FAKE Project management essentials from my plan' }));
    await waitFor(() => expect(text(screen.getByRole('region', { name: 'My plan' }))).toContain('Your plan is empty'));
    expect(within(card('fake:pm-lille')).getByRole('button', { name: 'Add to my plan' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('draws the map with a title and lists the same places for screen readers', async () => {
    livesInRoubaix();
    await startList();
    const map = screen.getByRole('img', { name: /Map of the Eurometropole/ });
    expect(map.querySelectorAll('rect.place')).toHaveLength(3);
    expect(map.querySelector('path.home')).not.toBeNull();
    const list = screen.getByRole('heading', { name: 'Places on the map' }).nextElementSibling;
    expect(text(list)).toContain('Where you live: Roubaix');
    expect(text(list)).toContain('FAKE Campus Kortrijk – Campus, Kortrijk');
  });
});

describe('the filters', () => {
  it('call the command with the chosen region, language and modality', async () => {
    await startList();
    const spy = vi.spyOn(fakeCommands, 'recommendTrainings');
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Flanders (Belgium)' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Blended' }));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Language of instruction' }), { target: { value: 'nl' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show trainings' }));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    expect(spy).toHaveBeenLastCalledWith('ict-project-manager', {
      regions: ['BE-VLG'],
      languages: ['nl'],
      modalities: ['blended'],
      maxDistanceKm: null,
      from: null,
      to: null,
    });
    await waitFor(() => expect(document.querySelectorAll('article[data-offer]')).toHaveLength(1));
    expect(card('fake:risk-kortrijk')).toBeTruthy();
  });

  it('offer the distance only when the profile says where the learner lives, with a link to Settings', async () => {
    await startList();
    const distance = screen.getByRole('combobox', { name: 'Distance from home' });
    expect((distance as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByRole('link', { name: 'Open Settings' }).getAttribute('href')).toBe('#/settings');
  });

  it('pass the distance and dates when given', async () => {
    livesInRoubaix();
    await startList();
    const spy = vi.spyOn(fakeCommands, 'recommendTrainings');
    const distance = screen.getByRole('combobox', { name: 'Distance from home' });
    expect((distance as HTMLSelectElement).disabled).toBe(false);
    await fireEvent.change(distance, { target: { value: '25' } });
    await fireEvent.input(screen.getByLabelText('Starting from'), { target: { value: '2099-01-01' } });
    await fireEvent.input(screen.getByLabelText('Starting by'), { target: { value: '2099-12-31' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show trainings' }));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    expect(spy).toHaveBeenLastCalledWith('ict-project-manager', {
      regions: [],
      languages: [],
      modalities: [],
      maxDistanceKm: 25,
      from: '2099-01-01',
      to: '2099-12-31',
    });
  });

  it('refuse dates in the wrong order with our own words, without asking', async () => {
    await startList();
    const spy = vi.spyOn(fakeCommands, 'recommendTrainings');
    await fireEvent.input(screen.getByLabelText('Starting from'), { target: { value: '2099-06-01' } });
    await fireEvent.input(screen.getByLabelText('Starting by'), { target: { value: '2099-01-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show trainings' }));
    expect(text(await screen.findByRole('alert'))).toBe('The first date must come before the second one.');
    expect(spy).not.toHaveBeenCalled();
  });

  it('show the translated error the wallet gives', async () => {
    await startList();
    fakeState.failures.recommendTrainings = { code: 'location-needed', args: {} };
    await fireEvent.click(screen.getByRole('button', { name: 'Show trainings' }));
    expect(text(await screen.findByRole('alert'))).toContain('Passerelle needs to know where you live');
  });
});

describe('importing a catalogue', () => {
  it('shows the summary', async () => {
    await startList();
    fakeState.pickedFiles = ['/fake/Downloads/catalogue.xml'];
    await fireEvent.click(screen.getByRole('button', { name: 'Import a catalogue…' }));
    expect(await screen.findByText(/Catalogue imported: 2 new, 1 updated, 0 unchanged, 0 learning places\./)).toBeTruthy();
  });

  it('shows the translated error and changes nothing', async () => {
    await startList();
    const before = document.querySelectorAll('article[data-offer]').length;
    fakeState.pickedFiles = ['/fake/Downloads/bad-catalogue.csv'];
    await fireEvent.click(screen.getByRole('button', { name: 'Import a catalogue…' }));
    const alert = await screen.findByRole('alert');
    expect(text(alert)).toContain('Line 3: the offer has no title. Nothing was imported.');
    expect(document.querySelectorAll('article[data-offer]')).toHaveLength(before);
  });
});

describe('the offer page', () => {
  it('shows all the details, in the offer’s language where it has no other', async () => {
    await start('#/trainings/fake%3Arisk-kortrijk');
    const title = await screen.findByRole('heading', { level: 1, name: 'FAKE Risicobeheer in ICT-projecten' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Sessions' })).not.toBeNull());
    expect(title.getAttribute('lang')).toBe('nl');
    expect(text(screen.getByRole('region', { name: 'Sessions' }))).toContain('https://example.invalid/fake-registration');
    expect(text(screen.getByRole('region', { name: 'Who pays' }))).toContain('Job seekers registered with Forem: free');
    expect(text(screen.getByRole('region', { name: 'Where it is held' }))).toContain('FAKE Campus Kortrijk');
    expect(text(screen.getByRole('region', { name: 'Competences it teaches' }))).toContain('E.3 FAKE Risk Management – up to level e-3');
    expect(text(document.querySelector('.sample-tag'))).toBe('Sample data');
  });

  it('adds the offer to the plan', async () => {
    await start('#/trainings/fake%3Apm-lille');
    const add = await screen.findByRole('button', { name: 'Add to my plan' });
    await fireEvent.click(add);
    await screen.findByRole('button', { name: 'In my plan' });
    const plan = await fakeCommands.trainingPlan();
    expect(plan.status === 'ok' && plan.data.map((p) => p.offerId)).toEqual(['fake:pm-lille']);
  });

  it('says so when the offer is not in the catalogue', async () => {
    await start('#/trainings/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Training not found' })).toBeTruthy();
    expect(text(screen.getByRole('alert'))).toContain('“nope”');
  });
});
