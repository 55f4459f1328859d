import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';

import { fakeSamples, fakeState, resetFake } from '../../ipc/fake';
import { fakeBackups } from '../../ipc/fakeBackup';
import { setLanguage } from '../../lib/i18n.svelte';
import BackupCard from './BackupCard.svelte';

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The live regions (aria-live="assertive") where the card says what went wrong: making, restoring. */
function errors(): HTMLElement[] {
  return [...card().querySelectorAll<HTMLElement>('[aria-live="assertive"]')];
}

function card(): HTMLElement {
  return screen.getByRole('region', { name: 'Backup and restore' });
}

const PASS = 'our family backup';

beforeEach(() => {
  resetFake();
  setLanguage('en');
});

describe('making a backup', () => {
  it('asks a new passphrase twice, then where to save, and says what the file holds', async () => {
    fakeState.badges = fakeSamples();
    fakeState.info.counts = { badges: 3, selfDeclared: 1, endorsements: 0 };
    render(BackupCard);
    const first = screen.getByLabelText('Passphrase for the backup');
    const again = screen.getByLabelText('Confirm the passphrase');
    const make = (): Promise<boolean> => fireEvent.click(screen.getByRole('button', { name: 'Make a backup…' }));
    const [alert] = errors();

    await make();
    await waitFor(() => expect(text(alert)).toContain('Enter your passphrase'));
    expect(first.getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(first, { target: { value: 'short' } });
    await make();
    await waitFor(() => expect(text(alert)).toMatch(/^This passphrase is too short\. Use at least 8 characters/));

    // Passphrases that differ: said next to the confirmation, nothing written.
    await fireEvent.input(first, { target: { value: PASS } });
    await fireEvent.input(again, { target: { value: 'our family backpu' } });
    await make();
    await waitFor(() => expect(text(alert)).toBe('The two passphrases are not the same. Type the same one twice.'));
    expect(again.getAttribute('aria-invalid')).toBe('true');
    expect(first.getAttribute('aria-invalid')).toBe('false');
    expect(fakeBackups.files).toEqual({});

    await fireEvent.input(again, { target: { value: PASS } });
    fakeState.savePath = '/media/usb/julie.backup';
    await make();
    await screen.findByText('Your backup is saved in /media/usb/julie.backup.');
    expect(text(card())).toContain('It holds 3 badges, 1 self-declared skill and 0 endorsements.');
    expect(fakeBackups.files['/media/usb/julie.backup']?.passphrase).toBe(PASS);
    expect(fakeBackups.files['/media/usb/julie.backup']?.badges).toHaveLength(3);
    expect((first as HTMLInputElement).value).toBe('');
    expect(text(alert)).toBe('');
  });

  it('writes nothing when the “save as” window is closed', async () => {
    render(BackupCard);
    await fireEvent.input(screen.getByLabelText('Passphrase for the backup'), { target: { value: PASS } });
    await fireEvent.input(screen.getByLabelText('Confirm the passphrase'), { target: { value: PASS } });
    fakeState.savePath = null;
    await fireEvent.click(screen.getByRole('button', { name: 'Make a backup…' }));
    await screen.findByText('Nothing was saved: no place was chosen for the file.');
    expect(fakeBackups.files).toEqual({});
  });
});

describe('restoring a backup', () => {
  const FILE = '/media/usb/julie.backup';

  beforeEach(() => {
    fakeBackups.files[FILE] = { passphrase: PASS, badges: fakeSamples() };
    // The wallet already holds one of the three.
    fakeState.badges = fakeSamples().slice(0, 1);
    fakeState.info.counts = { badges: 1, selfDeclared: 0, endorsements: 0 };
    fakeState.pickedFiles = [FILE];
  });

  async function chooseFile(): Promise<HTMLInputElement> {
    await fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await screen.findByText('Backup file: julie.backup');
    return screen.getByLabelText<HTMLInputElement>('Passphrase of the backup');
  }

  const restore = (): Promise<boolean> => fireEvent.click(screen.getByRole('button', { name: 'Restore' }));

  it('refuses a wrong passphrase next to the field and changes nothing, then merges with the right one', async () => {
    render(BackupCard);
    const field = await chooseFile();
    const alert = errors()[1];
    if (!alert) throw new Error('no error region');

    await restore();
    await waitFor(() => expect(text(alert)).toContain('Enter your passphrase'));

    await fireEvent.input(field, { target: { value: 'not the passphrase' } });
    await restore();
    await waitFor(() =>
      expect(text(alert)).toBe('That is not the passphrase of this backup. Try again; nothing was changed.'),
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(fakeState.badges).toHaveLength(1);

    await fireEvent.input(field, { target: { value: PASS } });
    await restore();
    await screen.findByText('The backup julie.backup is restored into your wallet.');
    const summary = text(card());
    expect(summary).toContain('Badges — 2 added, 1 already there');
    expect(summary).toContain('Your profile stayed as it was.');
    expect(summary).toContain('The backup’s key was not restored because this wallet has its own.');
    expect(fakeState.badges.map((b) => b.item.id).sort()).toEqual(fakeSamples().map((b) => b.item.id).sort());
    expect(fakeState.info.counts.badges).toBe(3);
    expect(text(alert)).toBe('');
    // Ready for another one.
    expect(screen.getByRole('button', { name: 'Restore from a backup…' })).toBeTruthy();
  });

  it('says a damaged file is not a backup, and changes nothing', async () => {
    fakeBackups.files[FILE] = { passphrase: PASS, badges: fakeSamples(), corrupt: true };
    render(BackupCard);
    const field = await chooseFile();
    await fireEvent.input(field, { target: { value: PASS } });
    await restore();
    await waitFor(() => expect(text(errors()[1])).toMatch(/^The file \/media\/usb\/julie\.backup is not a Passerelle backup/));
    expect(fakeState.badges).toHaveLength(1);
  });

  it('restores nothing when no file is chosen', async () => {
    fakeState.pickedFiles = [];
    render(BackupCard);
    await fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await screen.findByText('Nothing was restored: no file was chosen.');
    expect(screen.queryByLabelText('Passphrase of the backup')).toBeNull();
  });
});
