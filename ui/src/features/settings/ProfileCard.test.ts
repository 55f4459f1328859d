import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';

import { emptyProfile, fakeState, resetFake } from '../../ipc/fake';
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
    fakeState.profile = { ...emptyProfile(), name: 'Amélie Dubois', emails: ['amelie@example.org', 'a.dubois@forem.example'] };
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
    expect(fakeState.profile).toMatchObject({ name: 'Jan Peeters', emails: ['jan@example.be', 'jan.peeters@vdab.example'] });
  });

  it('explains a wrong address in the chosen language, marks the field and keeps what was saved', async () => {
    fakeState.profile = { ...emptyProfile(), name: 'Jan', emails: ['jan@example.be'] };
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

  it('keeps languages with their CEFR level and where the person lives', async () => {
    await shown();
    await fireEvent.click(screen.getByRole('button', { name: 'Add a language' }));
    await fireEvent.change(screen.getByLabelText('Language 1'), { target: { value: 'nl' } });
    await fireEvent.change(screen.getByLabelText('Level in language 1'), { target: { value: 'B2' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add a language' }));
    await fireEvent.change(screen.getByLabelText('Language 2'), { target: { value: 'ar' } });
    await fireEvent.change(screen.getByLabelText('Level in language 2'), { target: { value: 'native' } });
    expect((screen.getByLabelText('Level in language 2') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Mother tongue');
    await fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'FR-HDF' } });
    await fireEvent.input(screen.getByLabelText('Municipality'), { target: { value: 'Roubaix' } });
    await fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: '59100' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent?.trim()).toContain('Saved.'));
    expect(fakeState.profile).toMatchObject({
      languages: [
        { language: 'nl', level: 'B2' },
        { language: 'ar', level: 'native' },
      ],
      region: 'FR-HDF',
      municipality: 'Roubaix',
      postcode: '59100',
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Dutch' }));
    expect(screen.queryByLabelText('Language 2')).toBeNull();
    expect((screen.getByLabelText('Language 1') as HTMLSelectElement).value).toBe('ar');
  });

  it('explains a postcode that is not of the chosen region, in French, and marks it', async () => {
    fakeState.profile = { ...emptyProfile(), region: 'FR-HDF', postcode: '59100' };
    setLanguage('fr');
    render(ProfileCard);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Enregistrer' }) as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.input(screen.getByLabelText('Code postal'), { target: { value: '75001' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('« 75001 » n’est pas un code postal de la région choisie.'));
    expect(screen.getByLabelText('Code postal').getAttribute('aria-invalid')).toBe('true');
    expect(fakeState.profile.postcode).toBe('59100');
  });

  it('sets and removes a photo, and explains a file that is not a photo', async () => {
    await shown();
    expect(screen.queryByRole('img', { name: 'Your photo' })).toBeNull();
    fakeState.pickedFiles = ['/home/zoe/cv.pdf'];
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a photo…' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('PNG, JPEG, WebP or GIF'));
    fakeState.pickedFiles = ['/home/zoe/portrait.jpg'];
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a photo…' }));
    await waitFor(() => expect(screen.getByRole('img', { name: 'Your photo' })).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fakeState.profile.photo).toMatch(/^data:image\/png;base64,/);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove the photo' }));
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Your photo' })).toBeNull());
    expect(fakeState.profile.photo).toBeNull();
  });
});
