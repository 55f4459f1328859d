import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';

import App from '../../App.svelte';
import { fakeCommands, fakeSamples, fakeState, resetFake } from '../../ipc/fake';
import { setLanguage } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import { draft, skills } from './store.svelte';

async function start(): Promise<void> {
  window.location.hash = '#/skills';
  router.sync();
  render(App);
  await session.load();
  await screen.findByRole('heading', { level: 1 });
}

function box(name: string | RegExp = /^(Competence|Compétence|Competentie)$/): HTMLInputElement {
  return screen.getByRole('combobox', { name }) as HTMLInputElement;
}

function radio(name: RegExp): HTMLInputElement {
  return screen.getByRole('radio', { name }) as HTMLInputElement;
}

/** Type in the competence box and wait for the list. */
async function search(text: string): Promise<HTMLElement> {
  await fireEvent.input(box(), { target: { value: text } });
  return screen.findByRole('listbox');
}

/** Choose E.2 with the keyboard, then level e-3, and describe what was done. */
async function fillE2(narrative = 'I ran the move of our association’s website with three volunteers.'): Promise<void> {
  await search('E.2');
  await fireEvent.keyDown(box(), { key: 'ArrowDown' });
  await fireEvent.keyDown(box(), { key: 'Enter' });
  await waitFor(() => expect(radio(/^e-3/).disabled).toBe(false));
  await fireEvent.click(radio(/^e-3/));
  const what = document.querySelector('textarea') as HTMLTextAreaElement;
  await fireEvent.input(what, { target: { value: narrative } });
}

function alertText(): string {
  return (screen.getByRole('alert').textContent ?? '').trim();
}

beforeEach(() => {
  resetFake();
  fakeState.systemLanguage = 'en';
  skills.reset();
  draft.clear('en');
  toasts.clear();
  setLanguage('en');
});

describe('the list of self-declared skills', () => {
  it('explains what a self-declared skill is while there is none', async () => {
    fakeState.badges = fakeSamples();
    await start();
    expect(await screen.findByRole('heading', { level: 2, name: 'No self-declared skill yet' })).toBeTruthy();
    expect(screen.getByText(/running a project at work, organising a team in an association/)).toBeTruthy();
    // Issued badges are not skills the person declared.
    expect(screen.queryByText('Gestión de proyectos TIC')).toBeNull();
  });

  it('lists only self-declared skills, labelled, linked to their page, with their endorsements', async () => {
    fakeState.badges = fakeSamples();
    const declared = fakeSamples()[1];
    if (!declared) throw new Error('no sample');
    declared.item = {
      ...declared.item,
      id: 'urn:uuid:fake-declared',
      name: 'E.2 Project and Portfolio Management — e-3',
      kind: 'self-declared',
      endorsements: [
        {
          id: 'e1',
          endorserId: null,
          endorserName: 'FAKE counsellor',
          comment: 'FAKE',
          issuedAt: null,
          status: 'verified',
        },
      ],
    };
    fakeState.badges.push(declared);
    await start();
    const list = await screen.findByRole('region', { name: 'Your self-declared skills' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const [item] = items as [HTMLElement];
    expect(within(item).getByText('Self-declared')).toBeTruthy();
    expect(within(item).getByText('Endorsed once')).toBeTruthy();
    const link = within(item).getByRole('link', { name: 'E.2 Project and Portfolio Management — e-3' });
    expect(link.getAttribute('href')).toBe('#/badges/urn%3Auuid%3Afake-declared');
  });
});

describe('choosing a competence', () => {
  it('finds competences by words, moves with the arrow keys and chooses with Enter', async () => {
    await start();
    const listbox = await search('project');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'E.2 Project and Portfolio Management e-CF area: Manage',
      'ESCO perform project management',
    ]);
    expect(box().getAttribute('aria-expanded')).toBe('true');
    // ESCO skills are there for reference only, with the ESCO attribution.
    expect(options[1]?.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('This service uses the ESCO classification of the European Commission.')).toBeTruthy();
    expect(screen.getByText(/you can declare e-CF competences only/)).toBeTruthy();

    await fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    // Enter on an ESCO skill chooses nothing.
    await fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.queryByText('Chosen competence')).toBeNull();
    await fireEvent.keyDown(box(), { key: 'ArrowUp' });
    await fireEvent.keyDown(box(), { key: 'Enter' });

    expect(box().value).toBe('E.2 Project and Portfolio Management');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Chosen competence')).toBeTruthy();
    // Escape then empties the box, and the choice goes with it.
    await fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box().value).toBe('');
    expect(screen.queryByText('Chosen competence')).toBeNull();
  });

  it('searches in the interface language and says when nothing matches', async () => {
    fakeState.language = 'fr';
    await start();
    const listbox = await search('gestion de projets');
    expect(within(listbox).getByRole('option', { name: /Gestion de projets et de portefeuilles/ })).toBeTruthy();
    expect(screen.getByText('Ce service utilise la classification ESCO de la Commission européenne.')).toBeTruthy();
    await fireEvent.input(box(), { target: { value: 'zzz' } });
    await waitFor(() => expect(screen.getByText('Aucune compétence ne correspond à ces mots.')).toBeTruthy());
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('offers only the levels the chosen competence has', async () => {
    await start();
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(5));
    // No competence yet: no level can be picked.
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
    expect(screen.getByText(/Choose a competence first/)).toBeTruthy();

    await search('E.2');
    await fireEvent.keyDown(box(), { key: 'ArrowDown' });
    await fireEvent.keyDown(box(), { key: 'Enter' });
    await waitFor(() => expect(radio(/^e-2/).disabled).toBe(false));
    expect(radio(/^e-1/).disabled).toBe(true);
    expect(['e-2', 'e-3', 'e-4', 'e-5'].map((code) => radio(new RegExp(`^${code}`)).disabled)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(screen.getByText(/E\.2 can be declared from level e-2 to level e-5\./)).toBeTruthy();
    // Each level says what it means, in plain words.
    expect(radio(/^e-3 Senior professional \/ manager/)).toBeTruthy();

    // A.1 only has e-4 and e-5: a chosen e-2 does not survive the change.
    await fireEvent.click(radio(/^e-2/));
    await search('A.1');
    await fireEvent.keyDown(box(), { key: 'ArrowDown' });
    await fireEvent.keyDown(box(), { key: 'Enter' });
    await waitFor(() => expect(radio(/^e-2/).disabled).toBe(true));
    expect(radio(/^e-2/).checked).toBe(false);
    expect(radio(/^e-4/).disabled).toBe(false);
  });
});

describe('declaring a skill', () => {
  it('says what is missing in the person’s language, marks the field, and keeps what was typed', async () => {
    fakeState.language = 'nl';
    await start();
    await fireEvent.click(screen.getByRole('button', { name: 'Ondertekenen en bewaren' }));
    expect(alertText()).toContain('Kies een competentie uit de lijst');
    expect(box(/^Competentie$/).getAttribute('aria-invalid')).toBe('true');

    await fillE2('   ');
    await fireEvent.input(screen.getByLabelText(/^Waar/), { target: { value: 'Vereniging De Brug' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Ondertekenen en bewaren' }));
    // The fake answers like Rust: invalid-declaration, field "context", in Dutch.
    await waitFor(() => expect(alertText()).toContain('Zeg in een paar woorden wat je hebt gedaan'));
    const what = screen.getByLabelText(/Wat je gedaan hebt, in het Nederlands/);
    expect(what.getAttribute('aria-invalid')).toBe('true');
    expect(what.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(box(/^Competentie$/).value).toBe('E.2 Project- en portfoliomanagement');
    expect(radio(/^e-3/).checked).toBe(true);
    expect((screen.getByLabelText(/^Waar/) as HTMLInputElement).value).toBe('Vereniging De Brug');
    expect(fakeState.badges).toHaveLength(0);
  });

  it('refuses a link that is not https, and marks that link', async () => {
    await start();
    await fillE2();
    await fireEvent.input(screen.getByLabelText('Link 1'), { target: { value: 'http://example.org/project' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await waitFor(() => expect(alertText()).toContain('is not a web address starting with https://'));
    expect(screen.getByLabelText('Link 1').getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for the passphrase of the key file, explains a wrong one, then signs', async () => {
    fakeState.keys = { kind: 'file', filePassphrase: 'vélo rouge du dimanche', unlocked: null };
    await start();
    const field = (await screen.findByLabelText('Passphrase')) as HTMLInputElement;
    expect(field.type).toBe('password');
    expect(screen.getByText(/kept in a file on this computer, protected by this passphrase/)).toBeTruthy();
    expect(screen.getByText(/Type the passphrase you chose/)).toBeTruthy();
    await fillE2();

    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await waitFor(() => expect(alertText()).toContain('Enter your passphrase to use it.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(field, { target: { value: 'vélo bleu' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await waitFor(() => expect(alertText()).toContain('That is not the passphrase of your key.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(fakeState.keys.unlocked).toBeNull();
    expect(box().value).toBe('E.2 Project and Portfolio Management');

    await fireEvent.input(field, { target: { value: 'vélo rouge du dimanche' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await screen.findByText(/is in your wallet, marked self-declared/);
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    expect(screen.getByText('Your key file is unlocked until you close Passerelle.')).toBeTruthy();
    expect(fakeState.badges[0]?.item.kind).toBe('self-declared');
  });

  it('lets a first passphrase be chosen: long enough, typed twice', async () => {
    fakeState.keys = { kind: 'file', filePassphrase: null, unlocked: null };
    await start();
    const field = await screen.findByLabelText('Passphrase');
    expect(screen.getByText(/First time: choose a passphrase of at least 8 characters/)).toBeTruthy();
    await fillE2();
    await fireEvent.input(field, { target: { value: 'short' } });
    await fireEvent.input(screen.getByLabelText('Confirm the passphrase'), { target: { value: 'short' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await waitFor(() => expect(alertText()).toContain('This passphrase is too short. Use at least 8 characters'));

    await fireEvent.input(field, { target: { value: 'three green apples' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    expect(alertText()).toContain('The two passphrases are not the same.');
    expect(screen.getByLabelText('Confirm the passphrase').getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(screen.getByLabelText('Confirm the passphrase'), { target: { value: 'three green apples' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await screen.findByText(/is in your wallet, marked self-declared/);
    expect(fakeState.keys.filePassphrase).toBe('three green apples');
  });

  it('keeps what was typed while the person looks at another screen', async () => {
    await start();
    await fillE2('I planned the work of three volunteers.');
    await fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    await fireEvent.click(await screen.findByRole('radio', { name: 'Français' }));
    await fireEvent.click(screen.getByRole('link', { name: 'Compétences' }));
    await screen.findByRole('heading', { level: 1, name: 'Compétences' });
    // The competence and the levels follow the new language; the text stays as written, in English.
    await waitFor(() => expect(box().value).toBe('E.2 Gestion de projets et de portefeuilles'));
    await waitFor(() => expect(radio(/^e-3 Professionnel confirmé/).checked).toBe(true));
    expect((screen.getByLabelText(/^Ce que vous avez fait, en anglais/) as HTMLTextAreaElement).value).toBe(
      'I planned the work of three volunteers.',
    );
    expect(screen.getByRole('button', { name: 'Ajouter le même texte en français' })).toBeTruthy();
  });

  it('says the key is in the system keyring when it is', async () => {
    await start();
    expect(await screen.findByText(/kept in this computer’s system keyring/)).toBeTruthy();
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
  });

  it('saves, links to the new skill, adds it to the list and empties the form', async () => {
    await start();
    await screen.findByRole('heading', { level: 2, name: 'No self-declared skill yet' });
    await fillE2();
    await fireEvent.click(screen.getByRole('button', { name: 'Add the same text in Dutch' }));
    const dutch = screen.getByLabelText('What you did, in Dutch');
    expect(document.activeElement).toBe(dutch);
    expect(dutch.getAttribute('lang')).toBe('nl');
    await fireEvent.input(dutch, { target: { value: 'Ik leidde de verhuizing van onze website.' } });
    await fireEvent.input(screen.getByLabelText(/^Team size/), { target: { value: '4' } });
    await fireEvent.input(screen.getByLabelText('Link 1'), { target: { value: 'https://example.org/move' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));

    const done = await screen.findByText(/“E\.2 Project and Portfolio Management” at level e-3 is in your wallet/);
    const id = fakeState.badges[0]?.item.id ?? '';
    expect(within(done).getByRole('link', { name: 'See this skill' }).getAttribute('href')).toBe(
      `#/badges/${encodeURIComponent(id)}`,
    );
    const list = await screen.findByRole('region', { name: 'Your self-declared skills' });
    expect(within(list).getByRole('link', { name: /^E\.2 Project and Portfolio Management/ })).toBeTruthy();
    expect(within(list).getByText('Self-declared')).toBeTruthy();
    expect(within(list).getByText('Not endorsed yet')).toBeTruthy();
    expect(session.info?.counts.selfDeclared).toBe(1);
    // What was sent, as Rust receives it.
    expect(fakeState.badges[0]?.criteriaNarrative).toContain('Ik leidde de verhuizing');
    // Ready for the next skill.
    expect(box().value).toBe('');
    expect((screen.getByLabelText(/What you did, in English/) as HTMLTextAreaElement).value).toBe('');
  });
});

describe('accessibility (axe)', () => {
  async function seriousViolations(): Promise<string[]> {
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('finds no serious issue with the list open, ESCO results shown', async () => {
    await start();
    await search('project');
    await fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds no serious issue with an error shown and the passphrase asked', async () => {
    fakeState.keys = { kind: 'file', filePassphrase: null, unlocked: null };
    await start();
    await screen.findByLabelText('Passphrase');
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await waitFor(() => expect(alertText()).not.toBe(''));
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('the fake backend', () => {
  it('refuses a level the competence does not have, like Rust', async () => {
    const result = await fakeCommands.declareSkill({
      competence: 'E.2',
      level: 1,
      narratives: [{ language: 'en', text: 'x' }],
      place: null,
      period: null,
      teamSize: null,
      outcome: null,
      links: [],
    });
    expect(result).toEqual({ status: 'error', error: { code: 'invalid-declaration', args: { field: 'level', value: '1' } } });
  });
});
