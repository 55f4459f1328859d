import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { inflateSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import App from '../../App.svelte';
import type { AppError } from '../../ipc';
import { fakeCommands, fakeSamples, fakeState, resetFake } from '../../ipc/fake';
import { fakeCv, greyPng } from '../../ipc/fakeCv';
import { setLanguage } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import { bundleFileName, cvFileName, fileSlug } from './fileNames';
import { cv, fallbackFor, splitSkills } from './store.svelte';

/** Autosave (600 ms) and preview (400 ms) wait for quiet: give them room. */
const SLOW = { timeout: 4000 };

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function start(): Promise<void> {
  window.location.hash = '#/cv';
  router.sync();
  render(App);
  await session.load();
  await screen.findByRole('heading', { level: 1, name: 'CV & export' });
  // The first preview is asked once the content and the badges are read.
  await waitFor(() => expect(fakeCv.previews.length).toBeGreaterThan(0), SLOW);
}

const lastPreview = () => fakeCv.previews.at(-1);

/** A choice of the CV's language (the "Writing in" switch has the same names). */
function cvLanguage(name: string): HTMLInputElement {
  return within(screen.getByRole('group', { name: 'Language of the CV' })).getByRole('radio', { name }) as HTMLInputElement;
}

function field(name: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(name) as HTMLInputElement;
}

/** The editor's message region (polite: it follows typing). */
function editorMessages(): HTMLElement {
  const region = screen.getByRole('region', { name: 'What your CV says' }).querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no message region');
  return region;
}

function exportPanel(): HTMLElement {
  return screen.getByRole('region', { name: 'Save and share' });
}

async function axeSerious(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(() => {
  resetFake();
  fakeState.systemLanguage = 'en';
  fakeState.profile.name = 'Zoë Dupré-Van den Bossche';
  fakeState.profile.emails = ['zoe@example.org', 'zoe.dupre@work.example'];
  cv.reset();
  toasts.clear();
  setLanguage('en');
});

describe('the language of the CV', () => {
  it('starts in the screens’ language and drives the preview, apart from the screens', async () => {
    await start();
    expect(lastPreview()).toEqual({ language: 'en', badges: [], width: 800 });
    expect((cvLanguage('English') as HTMLInputElement).checked).toBe(true);
    expect(text(document.body)).toContain('Your CV will be in English, like these screens.');
    await screen.findByAltText('Page 1 of 1 of your CV in English', {}, SLOW);

    await fireEvent.click(cvLanguage('Dutch'));
    await waitFor(() => expect(lastPreview()?.language).toBe('nl'), SLOW);
    expect(text(document.body)).toContain('Your CV will be in Dutch; these screens stay in English.');
    await screen.findByAltText('Page 1 of 1 of your CV in Dutch', {}, SLOW);
    // The screens did not change language.
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('CV & export');
  });

  it('says when the CV has no name yet, and where to add it', async () => {
    await start();
    expect(screen.queryByRole('note')?.textContent ?? '').not.toContain('no name');
    cleanup();
    fakeState.profile.name = '';
    await start();
    const note = await screen.findByText(/Your CV has no name at the top yet/);
    expect(within(note).getByRole('link', { name: 'Add your name' }).getAttribute('href')).toBe('#/settings');
  });

  it('makes the preview larger and smaller again, beside the editor', async () => {
    await start();
    const layout = document.querySelector('.cv-layout');
    const larger = screen.getByRole('button', { name: 'Larger preview' });
    expect(larger.getAttribute('aria-pressed')).toBe('false');
    expect(layout?.classList.contains('large')).toBe(false);
    await fireEvent.click(larger);
    const smaller = screen.getByRole('button', { name: 'Smaller preview' });
    expect(smaller.getAttribute('aria-pressed')).toBe('true');
    expect(layout?.classList.contains('large')).toBe(true);
    await fireEvent.click(smaller);
    expect(layout?.classList.contains('large')).toBe(false);
  });

  it('shows only the latest preview when changes come while one is drawn', async () => {
    await start();
    await screen.findByAltText('Page 1 of 1 of your CV in English', {}, SLOW);
    let release: () => void = () => undefined;
    let running = 0;
    let most = 0;
    fakeCv.beforePreview = () => {
      running++;
      most = Math.max(most, running);
      return new Promise<void>((resolve) => {
        release = () => {
          running--;
          resolve();
        };
      });
    };
    const before = fakeCv.previews.length;
    await fireEvent.click(cvLanguage('French'));
    await waitFor(() => expect(fakeCv.previews.length).toBe(before + 1), SLOW);
    expect(screen.getByRole('region', { name: 'Preview' }).getAttribute('aria-busy')).toBe('true');
    expect(text(screen.getByRole('region', { name: 'Preview' }))).toContain('Updating…');
    // Two more changes while French is being drawn: only the last one is asked next.
    await fireEvent.click(cvLanguage('Dutch'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await fireEvent.click(cvLanguage('English'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fakeCv.previews.length).toBe(before + 1);
    fakeCv.beforePreview = null;
    release();
    await waitFor(() => expect(fakeCv.previews.length).toBe(before + 2), SLOW);
    expect(lastPreview()?.language).toBe('en');
    expect(most).toBe(1);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Preview' }).getAttribute('aria-busy')).toBe('false'), SLOW);
    // The French answer came after newer requests: it was never shown.
    expect(screen.queryByAltText(/your CV in French/)).toBeNull();
    expect(screen.getByAltText('Page 1 of 1 of your CV in English')).toBeTruthy();
  });
});

describe('what the CV says', () => {
  it('saves what is typed, per language, and draws the preview again', async () => {
    await start();
    const previews = fakeCv.previews.length;
    await fireEvent.input(field(/^Job you are aiming for/), { target: { value: 'ICT project manager' } });
    await waitFor(() => expect(fakeCv.saves.length).toBe(1), SLOW);
    expect(fakeCv.saves[0]?.targetJob).toEqual({ en: 'ICT project manager', fr: '', nl: '' });
    await screen.findByText('All changes saved.', {}, SLOW);
    await waitFor(() => expect(fakeCv.previews.length).toBeGreaterThan(previews), SLOW);

    // Writing in French, independent of the CV's language (English): the French text is missing.
    const french = screen.getByRole('radio', { name: /^French not translated yet/ });
    await fireEvent.click(french);
    const box = field(/^Job you are aiming for/);
    expect(box.value).toBe('');
    expect(box.lang).toBe('fr');
    const hint = document.getElementById(box.getAttribute('aria-describedby')?.split(' ').pop() ?? '');
    expect(text(hint)).toBe('Not translated yet: a CV in French shows the English text, with a note: ICT project manager');
    await fireEvent.input(box, { target: { value: 'Cheffe de projet TIC' } });
    await fireEvent.input(field(/^About you/), { target: { value: 'J’aime organiser.' } });
    await fireEvent.input(field('Digital skills'), { target: { value: 'Jira, MS Project ,, Excel' } });
    await waitFor(() => expect(fakeCv.content.digitalSkills).toEqual(['Jira', 'MS Project', 'Excel']), SLOW);
    expect(fakeCv.content.targetJob).toEqual({ en: 'ICT project manager', fr: 'Cheffe de projet TIC', nl: '' });
    expect(fakeCv.content.summary).toEqual({ en: '', fr: 'J’aime organiser.', nl: '' });
    // English now lacks the summary: its switch says so; the CV language (English) says so too.
    expect(screen.getByRole('radio', { name: /^English not translated yet/ })).toBeTruthy();
    expect(text(document.body)).toContain('Some of your texts are not written in English yet');
    // The CV is still in English.
    expect(lastPreview()?.language).toBe('en');
  });

  it('adds experience with months, "still going on", and removes it', async () => {
    await start();
    await fireEvent.click(screen.getByRole('button', { name: 'Add an experience' }));
    const group = screen.getByRole('group', { name: /^Experience 1/ });
    expect(document.activeElement).toBe(within(group).getByLabelText('From'));
    // No start month yet: said, and nothing is saved.
    await waitFor(() => expect(text(editorMessages())).toBe('Experience 1 needs the month it started.'), SLOW);
    expect(within(group).getByLabelText('From').getAttribute('aria-invalid')).toBe('true');
    expect(fakeCv.saves).toEqual([]);

    await fireEvent.input(within(group).getByLabelText('From'), { target: { value: '2021-09' } });
    await fireEvent.click(within(group).getByLabelText('Still going on'));
    expect((within(group).getByLabelText('To') as HTMLInputElement).disabled).toBe(true);
    await fireEvent.input(within(group).getByLabelText(/^Job title/), { target: { value: 'Project assistant' } });
    await fireEvent.input(within(group).getByLabelText('Employer or organisation'), { target: { value: 'Ville de Tournai' } });
    await fireEvent.input(within(group).getByLabelText('Place'), { target: { value: 'Tournai' } });
    await waitFor(() => expect(fakeCv.content.experience).toHaveLength(1), SLOW);
    expect(fakeCv.content.experience[0]).toEqual({
      start: '2021-09',
      end: '',
      organisation: 'Ville de Tournai',
      place: 'Tournai',
      title: { en: 'Project assistant', fr: '', nl: '' },
      description: { en: '', fr: '', nl: '' },
    });
    expect(text(editorMessages())).toBe('');

    await fireEvent.click(screen.getByRole('button', { name: 'Remove experience 1' }));
    await waitFor(() => expect(fakeCv.content.experience).toEqual([]), SLOW);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an experience' }));
  });

  it('says an invalid-cv error in words, keeps what was typed and changes nothing', async () => {
    fakeCv.content.phone = '+32 69 12 34 56';
    await start();
    const phone = field('Phone');
    expect(phone.value).toBe('+32 69 12 34 56');
    await fireEvent.input(phone, { target: { value: '12' } });
    await waitFor(
      () => expect(text(editorMessages())).toBe('“12” is not a phone number. Use digits, spaces and + ( ) - only.'),
      SLOW,
    );
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(phone.getAttribute('aria-describedby')).toContain(editorMessages().id);
    expect(phone.value).toBe('12');
    expect(fakeCv.content.phone).toBe('+32 69 12 34 56');
    expect(text(document.body)).toContain('The preview shows your CV as last saved.');
    expect(text(document.body)).toContain('Not saved yet. What you typed is kept here.');

    // A wrong month from the wallet marks that entry's field.
    fakeState.failures.saveCvContent = { code: 'invalid-cv', args: { field: 'date', value: '2021-13' } } as AppError;
    await fireEvent.input(phone, { target: { value: '+32 69 12 34 57' } });
    await waitFor(
      () => expect(text(editorMessages())).toBe('“2021-13” is not a month. Write it as year and month, like 2021-09.'),
      SLOW,
    );
    fakeState.failures = {};
    await fireEvent.input(phone, { target: { value: '+32 69 12 34 58' } });
    await waitFor(() => expect(fakeCv.content.phone).toBe('+32 69 12 34 58'), SLOW);
    await waitFor(() => expect(text(editorMessages())).toBe(''));
    expect(phone.getAttribute('aria-invalid')).toBe('false');
  });

  it('offers the profile’s addresses for the e-mail, or another one', async () => {
    await start();
    const list = field('E-mail on the CV') as unknown as HTMLSelectElement;
    expect([...list.options].map((o) => o.textContent)).toEqual(['zoe@example.org', 'zoe.dupre@work.example', 'Another address…']);
    await fireEvent.change(list, { target: { value: 'zoe.dupre@work.example' } });
    await waitFor(() => expect(fakeCv.content.email).toBe('zoe.dupre@work.example'), SLOW);
    await fireEvent.change(list, { target: { value: 'other' } });
    await fireEvent.input(field('Address to show'), { target: { value: 'zoe@perso.example' } });
    await waitFor(() => expect(fakeCv.content.email).toBe('zoe@perso.example'), SLOW);
    // Back to the first address: empty, the CV follows the profile.
    await fireEvent.change(list, { target: { value: '' } });
    await waitFor(() => expect(fakeCv.content.email).toBe(''), SLOW);
    expect(screen.queryByLabelText('Address to show')).toBeNull();
  });

  it('says when the content cannot be read, writes nothing over it, and tries again', async () => {
    fakeState.failures.cvContent = { code: 'unexpected', args: { detail: 'FAKE: locked' } } as AppError;
    fakeCv.content.phone = '+32 69 12 34 56';
    await start();
    const editor = screen.getByRole('region', { name: 'What your CV says' });
    await within(editor).findByRole('alert');
    expect(text(within(editor).getByRole('alert'))).toContain('FAKE: locked');
    expect(screen.queryByLabelText('Phone')).toBeNull();
    cv.edited();
    await cv.save();
    expect(fakeCv.saves).toEqual([]);

    fakeState.failures = {};
    await fireEvent.click(within(editor).getByRole('button', { name: 'Try again' }));
    expect((await screen.findByLabelText('Phone') as HTMLInputElement).value).toBe('+32 69 12 34 56');
  });

  it('points to Settings for the name, photo, languages and place', async () => {
    await start();
    const link = screen.getByRole('link', { name: 'Change them in Settings' });
    expect(link.getAttribute('href')).toBe('#/settings');
    expect(text(link.parentElement)).toContain('Your name, photo, languages and where you live come from Settings › About you.');
  });

  it('saves what was typed when the screen is left before the pause', async () => {
    await start();
    await fireEvent.input(field(/^About you/), { target: { value: 'Organised and calm.' } });
    router.go('home');
    await waitFor(() => expect(fakeCv.content.summary.en).toBe('Organised and calm.'));
    // Back on the screen: the text is there.
    router.go('cv');
    await screen.findByRole('heading', { level: 1, name: 'CV & export' });
    expect(field(/^About you/).value).toBe('Organised and calm.');
  });
});

describe('badges', () => {
  it('ticks the suggested badges, marks self-declared ones, and sends the ticked ones', async () => {
    fakeState.badges = fakeSamples();
    fakeState.badges[2]!.item.kind = 'self-declared';
    await start();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, false]);
    expect(text(boxes[2]!.closest('label'))).toContain('Self-declared: among your competences anyway');
    expect(text(document.body)).toContain('2 of 3 chosen.');
    await waitFor(() => expect(lastPreview()?.badges).toEqual(['urn:uuid:fake-0001', 'urn:uuid:fake-0002']), SLOW);

    await fireEvent.click(screen.getByRole('checkbox', { name: /^Gestión de proyectos TIC/ }));
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Cybersecurity basics/ }));
    await waitFor(() => expect(lastPreview()?.badges).toEqual(['urn:uuid:fake-0002', 'urn:uuid:fake-0003']), SLOW);

    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    await within(exportPanel()).findByText(/^Saved:/);
    expect(Object.values(fakeCv.written)[0]?.badges).toEqual(['urn:uuid:fake-0002', 'urn:uuid:fake-0003']);
  });

  it('keeps a badge unticked when the list is read again', async () => {
    fakeState.badges = fakeSamples();
    await start();
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Gestión de proyectos TIC/ }));
    router.go('home');
    await screen.findByRole('heading', { level: 1, name: /./ });
    router.go('cv');
    await screen.findByRole('heading', { level: 1, name: 'CV & export' });
    await waitFor(() => expect((screen.getAllByRole('checkbox') as HTMLInputElement[]).map((b) => b.checked)).toEqual([false, true, true]));
  });
});

describe('exports', () => {
  it('asks where to save the PDF with a suggested name, then exports it and says so', async () => {
    const pick = vi.spyOn(fakeCommands, 'pickSaveFile');
    const exportCv = vi.spyOn(fakeCommands, 'exportCv');
    await start();
    await fireEvent.click(cvLanguage('Dutch'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    const done = await within(exportPanel()).findByText(/^Saved:/);
    expect(pick).toHaveBeenCalledWith('CV-Zoe-Dupre-Van-den-Bossche-nl.pdf', [{ label: 'PDF document', extensions: ['pdf'] }]);
    expect(exportCv).toHaveBeenCalledWith('nl', 'pdf', [], '/tmp/CV-Zoe-Dupre-Van-den-Bossche-nl.pdf');
    expect(text(done)).toBe('Saved: CV-Zoe-Dupre-Van-den-Bossche-nl.pdf (one page, 47.1 kB).');
    expect(text(exportPanel())).toContain('Where: /tmp/CV-Zoe-Dupre-Van-den-Bossche-nl.pdf');
    expect(document.activeElement?.closest('.callout')).toBeTruthy();

    fakeState.savePath = '/home/zoe/cv.xml';
    await fireEvent.click(screen.getByRole('button', { name: 'Europass XML…' }));
    await within(exportPanel()).findByText('Saved: cv.xml (6 kB).');
    expect(pick).toHaveBeenLastCalledWith('CV-Zoe-Dupre-Van-den-Bossche-nl-europass.xml', [
      { label: 'Europass XML', extensions: ['xml'] },
    ]);
    expect(fakeCv.written['/home/zoe/cv.xml']).toEqual({ kind: 'cv', language: 'nl', format: 'europass', badges: [] });

    fakeState.savePath = undefined;
    await fireEvent.click(screen.getByRole('button', { name: 'JSON Resume…' }));
    await within(exportPanel()).findByText('Saved: CV-Zoe-Dupre-Van-den-Bossche-nl-resume.json (6 kB).');
    expect(exportCv).toHaveBeenLastCalledWith('nl', 'json-resume', [], '/tmp/CV-Zoe-Dupre-Van-den-Bossche-nl-resume.json');
  });

  it('exports nothing when the “save as” window is closed', async () => {
    const exportCv = vi.spyOn(fakeCommands, 'exportCv');
    fakeState.savePath = null;
    await start();
    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save the CV as PDF…' }) as HTMLButtonElement).disabled).toBe(false));
    expect(exportCv).not.toHaveBeenCalled();
    expect(fakeCv.written).toEqual({});
    expect(text(exportPanel().querySelector('[role="status"]'))).toBe('');
    expect(text(exportPanel().querySelector('[role="alert"]'))).toBe('');
  });

  it('says an export error in words', async () => {
    fakeState.failures.exportCv = { code: 'cv-render', args: { detail: 'FAKE' } } as AppError;
    await start();
    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    await waitFor(() =>
      expect(text(exportPanel().querySelector('[role="alert"]'))).toBe(
        'The CV could not be laid out. This is a fault in Passerelle; nothing was saved. (FAKE)',
      ),
    );
  });

  it('saves what was typed before exporting, and refuses while it cannot be saved', async () => {
    await start();
    await fireEvent.input(field(/^Job you are aiming for/), { target: { value: 'Scrum master' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    await within(exportPanel()).findByText(/^Saved:/);
    expect(fakeCv.content.targetJob.en).toBe('Scrum master');

    await fireEvent.input(field('Phone'), { target: { value: 'abc' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    await waitFor(() => expect(text(exportPanel().querySelector('[role="alert"]'))).toContain('Your latest changes could not be saved.'));
    expect(Object.keys(fakeCv.written)).toHaveLength(1);
  });

  it('waits for the saves under way, so that the file says what is on screen', async () => {
    await start();
    const order: string[] = [];
    const save = fakeCommands.saveCvContent;
    let open: () => void = () => undefined;
    let gate: Promise<void> | null = new Promise<void>((resolve) => (open = resolve));
    vi.spyOn(fakeCommands, 'saveCvContent').mockImplementation(async (content) => {
      const held = gate;
      gate = null;
      if (held) await held;
      order.push(`save ${content.targetJob?.en ?? ''}`);
      return save(content);
    });
    const exportCv = fakeCommands.exportCv;
    vi.spyOn(fakeCommands, 'exportCv').mockImplementation((...args) => {
      order.push('export');
      return exportCv(...args);
    });
    await fireEvent.input(field(/^Job you are aiming for/), { target: { value: 'Scrum' } });
    await waitFor(() => expect(cv.saving).toBe(true), SLOW);
    await fireEvent.input(field(/^Job you are aiming for/), { target: { value: 'Scrum master' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    open();
    await within(exportPanel()).findByText(/^Saved:/, {}, SLOW);
    expect(order).toEqual(['save Scrum', 'save Scrum master', 'export']);
  });

  it('signs a badge bundle of the ticked badges, asking the key file’s passphrase', async () => {
    fakeState.badges = fakeSamples();
    fakeState.keys = { kind: 'file', filePassphrase: 'a long passphrase', unlocked: null };
    const pick = vi.spyOn(fakeCommands, 'pickSaveFile');
    await start();
    const save = (): Promise<boolean> => fireEvent.click(screen.getByRole('button', { name: 'Save a badge bundle…' }));
    const alert = exportPanel().querySelector('[role="alert"]');
    const passphrase = await within(exportPanel()).findByLabelText('Passphrase of your key');

    await save();
    await waitFor(() => expect(text(alert)).toBe('Your key is kept in a file protected by a passphrase. Enter your passphrase to use it.'));
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(passphrase);

    await fireEvent.input(passphrase, { target: { value: 'not it' } });
    await save();
    await waitFor(() => expect(text(alert)).toBe('That is not the passphrase of your key. Try again; your key was not changed.'));
    expect(pick).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole('checkbox', { name: /^Cybersecurity basics/ }));
    await fireEvent.input(passphrase, { target: { value: 'a long passphrase' } });
    await save();
    await within(exportPanel()).findByText('Saved: Badges-Zoe-Dupre-Van-den-Bossche.zip (87.9 kB), 3 credentials in a bundle signed with your key.');
    expect(pick).toHaveBeenCalledWith('Badges-Zoe-Dupre-Van-den-Bossche.zip', [{ label: 'Zip archive', extensions: ['zip'] }]);
    expect(fakeCv.written['/tmp/Badges-Zoe-Dupre-Van-den-Bossche.zip']).toEqual({
      kind: 'bundle',
      language: 'en',
      format: 'zip',
      badges: ['urn:uuid:fake-0001', 'urn:uuid:fake-0002'],
    });
    // Unlocked for the session: the field is gone.
    expect(within(exportPanel()).queryByLabelText('Passphrase of your key')).toBeNull();
  });

  it('makes no bundle without a ticked badge (the wallet would put in all of them)', async () => {
    fakeState.badges = fakeSamples().slice(0, 1);
    const exportBundle = vi.spyOn(fakeCommands as unknown as { exportBundle: () => void }, 'exportBundle');
    await start();
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Gestión de proyectos TIC/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save a badge bundle…' }));
    await waitFor(() => expect(text(exportPanel().querySelector('[role="alert"]'))).toBe('Tick at least one badge to put in the bundle.'));
    expect(exportBundle).not.toHaveBeenCalled();
  });
});

describe('accessibility', () => {
  it('finds no serious issue with entries, badges, a passphrase and a result', async () => {
    fakeState.badges = fakeSamples();
    fakeState.keys = { kind: 'file', filePassphrase: null, unlocked: null };
    fakeCv.content.summary = { en: 'Calm and organised.', fr: '', nl: '' };
    fakeCv.content.experience = [
      { start: '2020-01', end: '2022-06', organisation: 'FAKE', place: 'Lille', title: { en: 'Assistant', fr: '', nl: '' }, description: { en: '', fr: '', nl: '' } },
    ];
    fakeCv.content.education = [
      { start: '2018-09', end: '', organisation: 'FAKE school', place: 'Kortrijk', title: { en: '', fr: '', nl: 'Bachelor' }, description: { en: '', fr: '', nl: '' } },
    ];
    await start();
    await screen.findByAltText('Page 1 of 1 of your CV in English', {}, SLOW);
    expect(screen.getByLabelText('Confirm the passphrase')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Save the CV as PDF…' }));
    await within(exportPanel()).findByText(/^Saved:/);
    expect(await axeSerious()).toEqual([]);
  });
});

describe('helpers', () => {
  it('makes file names without accents or spaces', () => {
    expect(fileSlug('Zoë Dupré-Van den Bossche')).toBe('Zoe-Dupre-Van-den-Bossche');
    expect(fileSlug('  Œdipe  Æsir / ../x ')).toBe('Oedipe-Aesir-x');
    expect(cvFileName('', 'fr', 'pdf')).toBe('CV-fr.pdf');
    expect(cvFileName('Zoë', 'nl', 'json-resume')).toBe('CV-Zoe-nl-resume.json');
    expect(bundleFileName('')).toBe('Badges.zip');
  });

  it('splits digital skills on commas and falls back as the CV does', () => {
    expect(splitSkills(' Jira, , MS Project;Excel\n')).toEqual(['Jira', 'MS Project', 'Excel']);
    expect(fallbackFor({ en: '', fr: 'Bonjour', nl: 'Hallo' }, 'en')).toBe('fr');
    expect(fallbackFor({ en: 'Hello', fr: '', nl: 'Hallo' }, 'fr')).toBe('en');
    expect(fallbackFor({ en: 'Hello', fr: '', nl: '' }, 'en')).toBeNull();
    expect(fallbackFor({ en: '', fr: '', nl: '' }, 'nl')).toBeNull();
  });

  it('draws a real PNG for the fake preview', () => {
    const url = greyPng(3, 2, (x) => x * 100);
    const bytes = Uint8Array.from(atob(url.split(',')[1] ?? ''), (c) => c.charCodeAt(0));
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(String.fromCharCode(...bytes.slice(12, 16))).toBe('IHDR');
    // IDAT (after the 8-byte signature and the 25-byte IHDR chunk) inflates to the rows.
    const view = new DataView(bytes.buffer);
    const length = view.getUint32(33);
    expect(String.fromCharCode(...bytes.slice(37, 41))).toBe('IDAT');
    const rows = inflateSync(bytes.slice(41, 41 + length));
    expect([...rows]).toEqual([0, 0, 100, 200, 0, 0, 100, 200]);
  });
});
