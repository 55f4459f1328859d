import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';

import { fakeState, resetFake } from '../../ipc/fake';
import { setLanguage } from '../../lib/i18n.svelte';
import ProfileCard from './ProfileCard.svelte';

beforeEach(() => {
  resetFake();
  setLanguage('en');
});

function value(label: string): string {
  return (screen.getByLabelText(label) as HTMLInputElement).value;
}

async function shown(): Promise<void> {
  render(ProfileCard);
  await waitFor(() => expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false));
}

describe('the profile card', () => {
  it('shows the saved name and addresses', async () => {
    fakeState.profile = { name: 'Amélie Dubois', emails: ['amelie@example.org', 'a.dubois@forem.example'] };
    await shown();
    expect(value('Your name')).toBe('Amélie Dubois');
    expect(value('E-mail address 1')).toBe('amelie@example.org');
    expect(value('E-mail address 2')).toBe('a.dubois@forem.example');
  });

  it('adds, removes and saves addresses, then says the badges were checked again', async () => {
    await shown();
    await fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Jan Peeters' } });
    await fireEvent.input(screen.getByLabelText('E-mail address 1'), { target: { value: 'jan@example.be' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await fireEvent.input(screen.getByLabelText('E-mail address 2'), { target: { value: 'old@example.be' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await fireEvent.input(screen.getByLabelText('E-mail address 3'), { target: { value: 'jan.peeters@vdab.example' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Remove old@example.be' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent?.trim()).toContain('Saved. Your badges were checked again.'));
    expect(fakeState.profile).toEqual({ name: 'Jan Peeters', emails: ['jan@example.be', 'jan.peeters@vdab.example'] });
  });

  it('explains a wrong address in the chosen language, marks the field and keeps what was saved', async () => {
    fakeState.profile = { name: 'Jan', emails: ['jan@example.be'] };
    setLanguage('nl');
    render(ProfileCard);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Opslaan' }) as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.input(screen.getByLabelText('E-mailadres 1'), { target: { value: 'jan@' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent?.trim()).toContain('‘jan@’ is geen e-mailadres.'));
    expect(screen.getByLabelText('E-mailadres 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent?.trim()).toBe('');
    expect(fakeState.profile.emails).toEqual(['jan@example.be']);
  });
});
