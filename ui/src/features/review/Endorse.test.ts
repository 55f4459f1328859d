import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';

import App from '../../App.svelte';
import {
  FAKE_COUNSELLOR_KEY_FILE,
  FAKE_COUNSELLOR_PASSPHRASE,
  fakeCommands,
  fakeState,
  resetFake,
} from '../../ipc/fake';
import { setLanguage } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import EndorseFilePanel from './EndorseFilePanel.svelte';
import { forgetEndorser } from './EndorseHeldForm.svelte';
import { reviewStore } from './store.svelte';

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The live region (aria-live="assertive") where a component says what went wrong. */
function errorIn(container: HTMLElement): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-live="assertive"]');
  if (!region) throw new Error('no error region');
  return region;
}

function panel(): HTMLElement {
  return screen.getByRole('region', { name: 'Endorse a credential file' });
}

function alertText(): string {
  return text(errorIn(panel()));
}

beforeEach(() => {
  resetFake();
  fakeState.systemLanguage = 'en';
  reviewStore.reset();
  forgetEndorser();
  toasts.clear();
  setLanguage('en');
});

/** Show the panel and pick `file` with the (fake) file picker. */
async function pick(file: string): Promise<void> {
  fakeState.pickedFiles = [file];
  render(EndorseFilePanel);
  await fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
}

async function comment(value: string): Promise<void> {
  await fireEvent.input(await screen.findByLabelText('Your comment'), { target: { value } });
}

const sign = (): Promise<boolean> => fireEvent.click(screen.getByRole('button', { name: 'Sign and save…' }));

describe('endorsing a credential file from one’s own wallet', () => {
  it('shows what the file is, then signs and saves the endorsement where the person chose', async () => {
    fakeState.profile = { ...fakeState.profile, name: 'Sophie Lambert, Forem Mons' };
    await pick('/fake/Downloads/fake-e2-project-skill.json');
    const what = await screen.findByRole('heading', { level: 3, name: 'What you are endorsing' });
    const card = what.parentElement as HTMLElement;
    expect(text(card)).toContain('Name E2 project skill');
    expect(text(card)).toContain('Issued by FAKE Amélie Dubois');
    expect(text(card)).toContain('Verified');
    expect(text(card)).toContain('Self-declared: the person wrote and signed this about themself.');
    expect(text(panel())).toContain('in the name of Sophie Lambert, Forem Mons');
    expect(screen.queryByLabelText('Passphrase')).toBeNull();

    await comment('We went through the project report together.');
    expect(text(panel())).toContain('44 of 2,000 characters');
    await sign();
    const saved = await screen.findByText(/^Your endorsement of “E2 project skill” is saved in/);
    expect(text(saved)).toContain('/tmp/endorsement-e2-project-skill.json');
    expect(Object.keys(fakeState.written)).toEqual(['/tmp/endorsement-e2-project-skill.json']);
    expect(fakeState.written['/tmp/endorsement-e2-project-skill.json']).toContain('We went through the project report together.');
    expect(document.activeElement).toBe(saved.closest('[tabindex="-1"]') ?? saved);
  });

  it('says an issued badge is not self-declared', async () => {
    await pick('/fake/Downloads/fake-agile-coaching.png');
    await screen.findByRole('heading', { level: 3, name: 'What you are endorsing' });
    expect(text(panel())).toContain('Issued by FAKE Issuer of the preview');
    expect(text(panel())).not.toContain('Self-declared');
  });

  it('refuses a file that does not verify, is not a badge or is an endorsement, in words, and writes nothing', async () => {
    await pick('/fake/Downloads/fake-tampered-badge.png');
    await waitFor(() => expect(alertText()).toBe('This credential does not pass verification, so it cannot be endorsed.'));
    expect(screen.queryByLabelText('Your comment')).toBeNull();

    fakeState.pickedFiles = ['/fake/Downloads/notes.txt'];
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    await waitFor(() => expect(alertText()).toBe('This file holds no credential that can be endorsed.'));

    fakeState.pickedFiles = ['/fake/Downloads/endorsement-of-a-skill.json'];
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    await waitFor(() =>
      expect(alertText()).toBe('This file is itself an endorsement. Endorse the credential it is about instead.'),
    );
    expect(fakeState.written).toEqual({});
  });

  it('needs a comment of bounded length, marks the field, and writes nothing', async () => {
    await pick('/fake/Downloads/fake-agile-coaching.png');
    await screen.findByLabelText('Your comment');
    await sign();
    await waitFor(() => expect(alertText()).toBe('Write a comment: say what you checked and how.'));
    const box = screen.getByLabelText('Your comment');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(box);

    await comment('x'.repeat(2001));
    expect(text(panel())).toContain('2,001 of 2,000 characters');
    await sign();
    await waitFor(() => expect(alertText()).toBe('The comment is too long: keep it under 2000 characters.'));
    expect(fakeState.written).toEqual({});
  });

  it('asks for the key file’s passphrase, says when it is wrong, then signs', async () => {
    fakeState.keys = { kind: 'file', filePassphrase: 'a long passphrase', unlocked: null };
    await pick('/fake/Downloads/fake-agile-coaching.png');
    await comment('Seen the certificate and the training programme.');
    const field = await screen.findByLabelText('Passphrase');
    expect(screen.queryByLabelText('Confirm the passphrase')).toBeNull();
    await sign();
    await waitFor(() => expect(alertText()).toContain('Enter your passphrase'));

    await fireEvent.input(field, { target: { value: 'not the passphrase' } });
    await sign();
    await waitFor(() => expect(alertText()).toBe('That is not the passphrase of your key. Try again; your key was not changed.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(fakeState.written).toEqual({});

    await fireEvent.input(field, { target: { value: 'a long passphrase' } });
    await sign();
    await screen.findByText(/is saved in \/tmp\/endorsement-agile-coaching\.json/);
    expect(fakeState.keys.unlocked).toBe('a long passphrase');
    // Unlocked for the session: no passphrase asked any more.
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
  });

  it('saves nothing when the “save as” window is closed, and explains a failed write', async () => {
    await pick('/fake/Downloads/fake-agile-coaching.png');
    await comment('Checked.');
    fakeState.savePath = null;
    await sign();
    await screen.findByText('Nothing was saved: no place was chosen for the file.');
    expect(fakeState.written).toEqual({});

    fakeState.savePath = '/read-only/endorsement.json';
    fakeState.failures.endorseFile = { code: 'write-file', args: { path: '/read-only/endorsement.json', detail: 'permission denied' } };
    await sign();
    await waitFor(() => expect(alertText()).toBe('Could not write /read-only/endorsement.json: permission denied'));
    expect(fakeState.written).toEqual({});
  });

  it('speaks French', async () => {
    setLanguage('fr');
    fakeState.pickedFiles = ['/fake/Downloads/fake-tampered-badge.png'];
    render(EndorseFilePanel);
    await fireEvent.click(screen.getByRole('button', { name: 'Choisir un fichier…' }));
    const region = screen.getByRole('region', { name: 'Recommander un justificatif reçu en fichier' });
    await waitFor(() =>
      expect(text(errorIn(region))).toBe(
        'Ce justificatif ne passe pas la vérification : il ne peut pas être recommandé.',
      ),
    );
  });
});

async function startReview(): Promise<void> {
  window.location.hash = '#/review';
  router.sync();
  render(App);
  await session.load();
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(reviewStore.loaded).toBe(true));
}

/** E.2 declared at e-3 through the fake, as the Skills screen does. */
async function declareE2(): Promise<string> {
  const result = await fakeCommands.declareSkill({
    competence: 'E.2',
    level: 3,
    narratives: [{ language: 'en', text: 'I moved our association’s website with three volunteers.' }],
    place: null,
    period: null,
    teamSize: null,
    outcome: null,
    links: [],
  } as Parameters<typeof fakeCommands.declareSkill>[0]);
  if (result.status !== 'ok' || !result.data.id) throw new Error('no skill');
  return result.data.id;
}

function competence(code: string): HTMLElement {
  const item = document.querySelector(`li.competence[data-code="${code}"]`);
  if (!(item instanceof HTMLElement)) throw new Error(`no ${code}`);
  return item;
}

async function openEndorse(): Promise<HTMLElement> {
  const button = within(competence('E.2')).getByRole('button', { name: /^Endorse “E\.2 / });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  await fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  return within(competence('E.2')).getByRole('form');
}

async function fill(form: HTMLElement, values: { passphrase: string; name: string; comment: string }): Promise<void> {
  await fireEvent.input(within(form).getByLabelText('Passphrase of your key file'), { target: { value: values.passphrase } });
  await fireEvent.input(within(form).getByLabelText('Your name'), { target: { value: values.name } });
  await fireEvent.input(within(form).getByLabelText('Your comment'), { target: { value: values.comment } });
}

describe('endorsing in the holder’s wallet with the counsellor’s own key file', () => {
  it('signs with the chosen key file and attaches the endorsement at once', async () => {
    const id = await declareE2();
    await startReview();
    const form = await openEndorse();
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Choose your key file…' }));
    fakeState.pickedFiles = [FAKE_COUNSELLOR_KEY_FILE];
    await fireEvent.click(within(form).getByRole('button', { name: 'Choose your key file…' }));
    await waitFor(() => expect(text(form)).toContain('FAKE-counsellor.key'));

    // A wrong passphrase: a clear error, the wallet unchanged, the passphrase emptied.
    await fill(form, { passphrase: 'wrong words here', name: 'Julie Martin, Forem Mons', comment: 'Seen the planning.' });
    await fireEvent.click(within(form).getByRole('button', { name: 'Sign and add' }));
    await waitFor(() =>
      expect(text(errorIn(form))).toBe('That is not the passphrase of your key. Try again; your key was not changed.'),
    );
    const passphrase = within(form).getByLabelText('Passphrase of your key file') as HTMLInputElement;
    expect(passphrase.value).toBe('');
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(fakeState.badges.find((b) => b.item.id === id)?.item.endorsements).toEqual([]);

    await fireEvent.input(passphrase, { target: { value: FAKE_COUNSELLOR_PASSPHRASE } });
    await fireEvent.click(within(form).getByRole('button', { name: 'Sign and add' }));
    await screen.findByText(/^Your endorsement of “E\.2 .*” is added to this wallet\.$/);
    expect(within(competence('E.2')).queryByRole('form')).toBeNull();
    // The portfolio shows it at once, with its words and who signed.
    await waitFor(() => expect(text(competence('E.2'))).toContain('Seen the planning.'));
    expect(text(competence('E.2'))).toContain('Endorsed by Julie Martin, Forem Mons');
    expect(text(competence('E.2'))).toContain('Self-declared, endorsed');
    const endorsements = fakeState.badges.find((b) => b.item.id === id)?.item.endorsements ?? [];
    expect(endorsements.map((e) => [e.endorserName, e.comment])).toEqual([['Julie Martin, Forem Mons', 'Seen the planning.']]);

    // The name and key file are remembered for the next one; the passphrase is not.
    const again = await openEndorse();
    expect((within(again).getByLabelText('Your name') as HTMLInputElement).value).toBe('Julie Martin, Forem Mons');
    expect(text(again)).toContain('FAKE-counsellor.key');
    expect((within(again).getByLabelText('Passphrase of your key file') as HTMLInputElement).value).toBe('');
  });

  it('refuses a damaged key file, the holder’s own key and a missing key file, and changes nothing', async () => {
    const id = await declareE2();
    fakeState.keyFiles['/fake/usb/damaged.key'] = { passphrase: 'x', did: 'did:key:z6MkOther', corrupt: true };
    await startReview();
    const form = await openEndorse();
    await fill(form, { passphrase: 'whatever it is', name: 'Julie', comment: 'ok' });
    await fireEvent.click(within(form).getByRole('button', { name: 'Sign and add' }));
    await waitFor(() => expect(text(errorIn(form))).toBe('Choose the file of your key first.'));

    fakeState.pickedFiles = ['/fake/usb/damaged.key'];
    await fireEvent.click(within(form).getByRole('button', { name: 'Choose your key file…' }));
    await fill(form, { passphrase: 'x', name: 'Julie', comment: 'ok' });
    await fireEvent.click(within(form).getByRole('button', { name: 'Sign and add' }));
    await waitFor(() => expect(text(errorIn(form))).toMatch(/^Your key file \/fake\/usb\/damaged\.key is damaged/));

    // The holder's own key, saved as a copy in Settings, is refused.
    await fakeCommands.exportSigningKey('/fake/usb/learner.key', 'learner passphrase');
    fakeState.pickedFiles = ['/fake/usb/learner.key'];
    await fireEvent.click(within(form).getByRole('button', { name: 'Choose your key file…' }));
    await fill(form, { passphrase: 'learner passphrase', name: 'Amélie', comment: 'mine' });
    await fireEvent.click(within(form).getByRole('button', { name: 'Sign and add' }));
    await waitFor(() => expect(text(errorIn(form))).toMatch(/^This key belongs to the owner of this wallet\./));

    expect(fakeState.badges.find((b) => b.item.id === id)?.item.endorsements).toEqual([]);
    await fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(competence('E.2')).queryByRole('form')).toBeNull();
  });

  it('finds no serious accessibility issue with the form open and an error shown', async () => {
    await declareE2();
    await startReview();
    const form = await openEndorse();
    await fireEvent.click(within(form).getByRole('button', { name: 'Sign and add' }));
    await waitFor(() => expect(text(errorIn(form))).not.toBe(''));
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
});
