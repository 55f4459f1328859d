import { afterEach, describe, expect, it } from 'vitest';

import { reasonText, setLanguage } from './i18n.svelte';

afterEach(() => setLanguage('en'));

describe('reasonText', () => {
  const gap = {
    code: 'closes-gap',
    args: { code: 'E.2', title: 'Project and Portfolio Management', from: '3', to: '4' },
    text: 'from Rust',
  };

  it('renders trainings-reason-<code> with its args in the current language', () => {
    setLanguage('en');
    expect(reasonText(gap)).toBe('Takes E.2 Project and Portfolio Management from level e-3 to e-4.');
    setLanguage('fr');
    expect(reasonText({ code: 'cross-border', args: { region: 'BE-VLG' } })).toBe(
      'Une chance de l’autre côté de la frontière : cette formation a lieu en Flandre.',
    );
    setLanguage('nl');
    expect(reasonText({ code: 'free-for', args: { who: 'job-seeker-vdab' } })).toBe(
      'Gratis voor werkzoekenden ingeschreven bij VDAB.',
    );
  });

  it('keeps the text Rust gave for a code it does not know', () => {
    expect(reasonText({ code: 'moon-landing', args: {}, text: 'From Rust.' })).toBe('From Rust.');
    expect(reasonText({ code: 'moon-landing', args: {} })).toBe('moon-landing');
  });
});
