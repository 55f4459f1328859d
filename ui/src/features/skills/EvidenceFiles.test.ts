import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';

import App from '../../App.svelte';
import { fakeCommands, fakeState, resetFake } from '../../ipc/fake';
import { fakeEvidence } from '../../ipc/fakeEvidence';
import { setLanguage } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import { draft, skills } from './store.svelte';

const REPORT = '/home/amelie/Documents/rapport de clôture.pdf';
const NOTES = '/home/amelie/notes.txt';
const PROGRAM = '/home/amelie/Downloads/facture.pdf';

async function start(hash = '#/skills'): Promise<void> {
  window.location.hash = hash;
  router.sync();
  render(App);
  await session.load();
  await screen.findByRole('heading', { level: 1 });
}

function box(): HTMLInputElement {
  return screen.getByRole('combobox', { name: /^(Competence|Compétence|Competentie)$/ }) as HTMLInputElement;
}

/** Choose E.2 at level e-3 and describe what was done. */
async function fillE2(): Promise<void> {
  await fireEvent.input(box(), { target: { value: 'E.2' } });
  await screen.findByRole('listbox');
  await fireEvent.keyDown(box(), { key: 'ArrowDown' });
  await fireEvent.keyDown(box(), { key: 'Enter' });
  const e3 = (): HTMLInputElement => screen.getByRole('radio', { name: /^e-3/ }) as HTMLInputElement;
  await waitFor(() => expect(e3().disabled).toBe(false));
  await fireEvent.click(e3());
  const what = document.querySelector('textarea') as HTMLTextAreaElement;
  await fireEvent.input(what, { target: { value: 'I ran the move of our association’s website.' } });
}

function evidenceGroup(name = 'Evidence files optional'): HTMLElement {
  return screen.getByRole('group', { name });
}

function chosenNames(): string[] {
  const list = within(evidenceGroup()).queryByRole('list');
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.name')?.textContent ?? '');
}

beforeEach(() => {
  resetFake();
  fakeState.systemLanguage = 'en';
  skills.reset();
  draft.clear('en');
  toasts.clear();
  setLanguage('en');
  fakeEvidence.files[REPORT] = { content: 'report', size: 1_572_864, mediaType: 'application/pdf' };
  fakeEvidence.files[NOTES] = { content: 'notes', size: 820, mediaType: 'text/plain; charset=utf-8' };
  // A program renamed to look like a PDF: the wallet reads its bytes and refuses it.
  fakeEvidence.files[PROGRAM] = { content: 'MZ', size: 40_960, mediaType: null };
});

describe('evidence files in the declaration form', () => {
  it('adds the files the wallet accepts with their size and names the one it refuses, next to the field', async () => {
    await start();
    fakeState.pickedFiles = [REPORT, PROGRAM, NOTES];
    await fireEvent.click(within(evidenceGroup()).getByRole('button', { name: /^Add files…/ }));

    await waitFor(() => expect(chosenNames()).toEqual(['rapport de clôture.pdf', 'notes.txt']));
    const group = evidenceGroup();
    expect(group.textContent).toContain('1.5 MB');
    expect(group.textContent).toContain('820 bytes');
    expect(group.textContent).toContain(
      '“facture.pdf” is not a PDF, a picture (PNG, JPEG, WebP), a text file or an office document',
    );
    // The filter the picker was given is only a convenience: the wallet decides from the bytes.
    expect(within(group).getByRole('button', { name: /^Add files…/ }).getAttribute('aria-describedby')).toMatch(
      /problems/,
    );
    // Nothing about files in the form's own alert: that one is for saving.
    expect(screen.getByRole('alert').textContent?.trim()).toBe('');
  });

  it('removes a file with its own labelled button and moves the focus on', async () => {
    await start();
    fakeState.pickedFiles = [REPORT, NOTES];
    await fireEvent.click(within(evidenceGroup()).getByRole('button', { name: /^Add files…/ }));
    await waitFor(() => expect(chosenNames()).toHaveLength(2));
    const remove = within(evidenceGroup()).getByRole('button', { name: 'Remove rapport de clôture.pdf' });
    expect(remove.tagName).toBe('BUTTON');
    expect(remove.textContent?.trim()).toBe('Remove');
    await fireEvent.click(remove);
    expect(chosenNames()).toEqual(['notes.txt']);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(evidenceGroup()).getByRole('button', { name: 'Remove notes.txt' })),
    );
    await fireEvent.click(within(evidenceGroup()).getByRole('button', { name: 'Remove notes.txt' }));
    expect(chosenNames()).toEqual([]);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(evidenceGroup()).getByRole('button', { name: /^Add files…/ })),
    );
  });

  it('keeps the same file once and stops at ten', async () => {
    await start();
    const copy = '/media/usb/copie du rapport.pdf';
    fakeEvidence.files[copy] = { ...fakeEvidence.files[REPORT]! };
    fakeState.pickedFiles = [REPORT, copy];
    await fireEvent.click(within(evidenceGroup()).getByRole('button', { name: /^Add files…/ }));
    await waitFor(() => expect(evidenceGroup().textContent).toContain('“copie du rapport.pdf” is already in the list.'));
    expect(chosenNames()).toEqual(['rapport de clôture.pdf']);

    fakeState.pickedFiles = Array.from({ length: 11 }, (_, i) => `/home/amelie/note-${i}.txt`);
    await fireEvent.click(within(evidenceGroup()).getByRole('button', { name: /^Add files…/ }));
    await waitFor(() => expect(evidenceGroup().textContent).toContain('You can add at most 10 files to one skill.'));
    expect(chosenNames()).toHaveLength(10);
    expect((within(evidenceGroup()).getByRole('button', { name: /^Add files…/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('sends the paths with the declaration, and the wallet keeps the files', async () => {
    await start();
    await fillE2();
    fakeState.pickedFiles = [REPORT, NOTES];
    await fireEvent.click(within(evidenceGroup()).getByRole('button', { name: /^Add files…/ }));
    await waitFor(() => expect(chosenNames()).toHaveLength(2));
    await fireEvent.click(screen.getByRole('button', { name: 'Sign and save' }));
    await screen.findByText(/is in your wallet/);
    const id = fakeState.badges[0]?.item.id ?? '';
    expect(fakeEvidence.byCredential[id]?.map((f) => f.name)).toEqual(['rapport de clôture.pdf', 'notes.txt']);
    // Ready for the next skill.
    expect(chosenNames()).toEqual([]);
  });

  it('says in the person’s language which file failed when saving, and keeps everything', async () => {
    await start();
    setLanguage('fr');
    await fillE2();
    fakeState.pickedFiles = [REPORT, NOTES];
    await fireEvent.click(within(evidenceGroup('Fichiers de preuve facultatif')).getByRole('button', { name: /^Ajouter/ }));
    await waitFor(() => expect(within(evidenceGroup('Fichiers de preuve facultatif')).getAllByRole('listitem')).toHaveLength(2));
    // The file went away between choosing and saving.
    fakeEvidence.unreadable.push(REPORT);
    await fireEvent.click(screen.getByRole('button', { name: 'Signer et enregistrer' }));

    const said = 'Passerelle ne parvient pas à ouvrir « rapport de clôture.pdf »';
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(said));
    const group = evidenceGroup('Fichiers de preuve facultatif');
    expect(group.textContent).toContain(said);
    expect(group.querySelector('li.invalid .name')?.textContent).toBe('rapport de clôture.pdf');
    // Nothing was signed or kept; what was chosen stays.
    expect(fakeState.badges).toHaveLength(0);
    expect(fakeEvidence.byCredential).toEqual({});
    expect(within(group).getAllByRole('listitem')).toHaveLength(2);
  });

  it('has no serious accessibility issue with files listed and an error shown', async () => {
    await start();
    fakeState.pickedFiles = [REPORT, PROGRAM];
    await fireEvent.click(within(evidenceGroup()).getByRole('button', { name: /^Add files…/ }));
    await waitFor(() => expect(evidenceGroup().textContent).toContain('“facture.pdf”'));
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
  });
});

describe('evidence files on the page of a self-declared skill', () => {
  async function declared(): Promise<string> {
    const result = await fakeCommands.declareSkill({
      competence: 'E.2',
      level: 3,
      narratives: [{ language: 'en', text: 'The website move.' }],
      place: null,
      period: null,
      teamSize: null,
      outcome: null,
      links: [],
      files: [REPORT, NOTES],
    });
    if (result.status !== 'ok' || !result.data.id) throw new Error('not declared');
    return result.data.id;
  }

  it('lists the files with their size and saves a copy where the person chooses', async () => {
    const id = await declared();
    await start(`#/badges/${encodeURIComponent(id)}`);
    const section = await screen.findByRole('region', { name: 'Evidence files' });
    expect(within(section).getByText('rapport de clôture.pdf')).toBeTruthy();
    expect(section.textContent).toContain('1.5 MB');

    fakeState.savePath = '/home/amelie/Bureau/rapport.pdf';
    await fireEvent.click(within(section).getByRole('button', { name: 'Save a copy of rapport de clôture.pdf' }));
    await waitFor(() =>
      expect(within(section).getByRole('status').textContent).toContain(
        'A copy of “rapport de clôture.pdf” is saved in /home/amelie/Bureau/rapport.pdf.',
      ),
    );
    const reportId = fakeEvidence.byCredential[id]?.[0]?.id;
    expect(fakeEvidence.saved['/home/amelie/Bureau/rapport.pdf']).toBe(reportId);

    // Cancelled: nothing written, nothing said.
    fakeState.savePath = null;
    await fireEvent.click(within(section).getByRole('button', { name: 'Save a copy of notes.txt' }));
    await waitFor(() => expect(within(section).getByRole('status').textContent?.trim()).toBe(''));
    expect(Object.keys(fakeEvidence.saved)).toHaveLength(1);
  });

  it('says in the person’s language when the copy cannot be written', async () => {
    const id = await declared();
    fakeState.language = 'nl';
    fakeState.failures.saveEvidence = { code: 'write-file', args: { path: '/ro/x.pdf', detail: 'read-only' } };
    await start(`#/badges/${encodeURIComponent(id)}`);
    const section = await screen.findByRole('region', { name: 'Bestanden als bewijs' });
    await fireEvent.click(within(section).getByRole('button', { name: 'Een kopie opslaan van notes.txt' }));
    await waitFor(() => expect(within(section).getByRole('alert').textContent).toContain('Kon /ro/x.pdf niet schrijven'));
  });

  it('shows nothing for a skill without files', async () => {
    const result = await fakeCommands.declareSkill({
      competence: 'E.2',
      level: 3,
      narratives: [{ language: 'en', text: 'The website move.' }],
      place: null,
      period: null,
      teamSize: null,
      outcome: null,
      links: [],
    });
    const id = result.status === 'ok' ? (result.data.id ?? '') : '';
    await start(`#/badges/${encodeURIComponent(id)}`);
    await screen.findByRole('heading', { level: 2, name: /checked/i });
    expect(screen.queryByRole('region', { name: 'Evidence files' })).toBeNull();
  });
});
