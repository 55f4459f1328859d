import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';

import { fakeState, resetFake } from '../../ipc/fake';
import { setLanguage } from '../../lib/i18n.svelte';
import SigningKeyCard from './SigningKeyCard.svelte';

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The live region (aria-live="assertive") where a component says what went wrong. */
function errorIn(container: HTMLElement): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-live="assertive"]');
  if (!region) throw new Error('no error region');
  return region;
}

beforeEach(() => {
  resetFake();
  setLanguage('en');
});

function card(): HTMLElement {
  return screen.getByRole('region', { name: 'Your signing key' });
}

const save = (): Promise<boolean> =>
  fireEvent.click(screen.getByRole('button', { name: 'Save a copy of my signing key…' }));

describe('saving a copy of the signing key', () => {
  it('with the system keyring: asks a new passphrase twice, then writes the copy', async () => {
    render(SigningKeyCard);
    await screen.findByText('Your key is kept in the system keyring of this computer.');
    const first = screen.getByLabelText('Passphrase for the copy');
    const again = screen.getByLabelText('Confirm the passphrase');
    const alert = errorIn(card());

    await save();
    await waitFor(() => expect(text(alert)).toContain('Enter your passphrase'));
    expect(first.getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(first, { target: { value: 'short' } });
    await save();
    await waitFor(() => expect(text(alert)).toMatch(/^This passphrase is too short\. Use at least 8 characters/));

    await fireEvent.input(first, { target: { value: 'my key for appointments' } });
    await fireEvent.input(again, { target: { value: 'my key for appointment' } });
    await save();
    await waitFor(() => expect(text(alert)).toBe('The two passphrases are not the same. Type the same one twice.'));
    expect(again.getAttribute('aria-invalid')).toBe('true');
    expect(fakeState.written).toEqual({});

    await fireEvent.input(again, { target: { value: 'my key for appointments' } });
    fakeState.savePath = '/media/usb/julie.key';
    await save();
    await screen.findByText('A copy of your key is saved in /media/usb/julie.key.');
    expect(text(card())).toContain('Its public identifier: did:key:');
    expect(Object.keys(fakeState.written)).toEqual(['/media/usb/julie.key']);
    expect(fakeState.keyFiles['/media/usb/julie.key']?.passphrase).toBe('my key for appointments');
    expect((first as HTMLInputElement).value).toBe('');
  });

  it('with the key file: asks its passphrase once, and copies it under the same passphrase', async () => {
    fakeState.keys = { kind: 'file', filePassphrase: 'a long passphrase', unlocked: null };
    render(SigningKeyCard);
    await screen.findByText('Your key is kept in a file in your wallet, protected by your passphrase.');
    expect(text(card())).toContain('The copy is protected by the same passphrase as your key file.');
    const field = screen.getByLabelText('Passphrase of your key');
    expect(screen.queryByLabelText('Confirm the passphrase')).toBeNull();

    await fireEvent.input(field, { target: { value: 'not it at all' } });
    await save();
    await waitFor(() =>
      expect(text(errorIn(card()))).toBe('That is not the passphrase of your key. Try again; your key was not changed.'),
    );
    expect(fakeState.written).toEqual({});

    await fireEvent.input(field, { target: { value: 'a long passphrase' } });
    await save();
    await waitFor(() => expect(text(card())).toContain('A copy of your key is saved in /tmp/passerelle-signing-key.key.'));
    expect(fakeState.keyFiles['/tmp/passerelle-signing-key.key']?.passphrase).toBe('a long passphrase');
  });

  it('saves nothing when the “save as” window is closed', async () => {
    fakeState.keys = { kind: 'file', filePassphrase: 'a long passphrase', unlocked: 'a long passphrase' };
    render(SigningKeyCard);
    await screen.findByText('Your key is kept in a file in your wallet, protected by your passphrase.');
    fakeState.savePath = null;
    await save();
    await screen.findByText('Nothing was saved: no place was chosen for the file.');
    expect(fakeState.written).toEqual({});
  });
});
