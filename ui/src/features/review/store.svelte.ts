/**
 * The Review screen's data: the portfolio against the ICT project manager profile,
 * the badges (for their endorsements), the holder's name (never the e-mail
 * addresses) and the appointment notes.
 */
import {
  appointmentNotes,
  getProfile,
  listBadges,
  review,
  type AppError,
  type AppointmentNote,
  type BadgeItem,
  type Review,
  type ReviewItem,
  toAppError,
} from '../../ipc';
import { msg } from '../../lib/i18n.svelte';

/** The role profile the review compares the portfolio with. */
export const PROFILE_ID = 'ict-project-manager';

export type Support = 'verified-badge' | 'endorsed' | 'self-declared' | 'none';

/** Each kind of support, strongest first: its words, and the class that draws it. */
export const SUPPORTS: Readonly<Record<Support, { label: string; rank: number }>> = {
  'verified-badge': { label: msg('review-support-verified-badge'), rank: 3 },
  endorsed: { label: msg('review-support-endorsed'), rank: 2 },
  'self-declared': { label: msg('review-support-self-declared'), rank: 1 },
  none: { label: msg('review-support-none'), rank: 0 },
};

export const SUPPORT_ORDER: readonly Support[] = ['verified-badge', 'endorsed', 'self-declared', 'none'];

/** A support kind from Rust; anything unknown counts as nothing. */
export function supportOf(value: string): Support {
  return value in SUPPORTS ? (value as Support) : 'none';
}

/** Core competences first, then the others, each group in the profile's order. */
export function ordered(items: readonly ReviewItem[]): ReviewItem[] {
  return [...items.filter((i) => i.core), ...items.filter((i) => !i.core)];
}

/** An e-CF level as people read it: 3 → "e-3". */
export function levelCode(level: number): string {
  return `e-${level}`;
}

export class ReviewStore {
  review = $state<Review | null>(null);
  /** The badges and skills of the wallet, by id (for their endorsements). */
  badges = $state<Record<string, BadgeItem>>({});
  /** The holder's name only: e-mail addresses are private and never shown here. */
  holder = $state('');
  notes = $state<AppointmentNote[]>([]);
  /** False until the first answer arrives. */
  loaded = $state(false);
  failure = $state<AppError | null>(null);
  #request = 0;

  async refresh(): Promise<void> {
    const request = ++this.#request;
    try {
      const [found, items, profile, notes] = await Promise.all([
        review(PROFILE_ID),
        listBadges(null, null),
        getProfile(),
        appointmentNotes(),
      ]);
      if (request !== this.#request) return;
      this.review = found;
      this.badges = Object.fromEntries(items.map((i) => [i.id, i]));
      this.holder = profile.name.trim();
      this.notes = notes;
      this.failure = null;
    } catch (error) {
      if (request === this.#request) this.failure = toAppError(error);
    } finally {
      if (request === this.#request) this.loaded = true;
    }
  }

  /** A note was saved: show it first. */
  noteAdded(note: AppointmentNote): void {
    this.notes = [note, ...this.notes.filter((n) => n.id !== note.id)];
  }

  /** Back to the start (tests). */
  reset(): void {
    this.#request++;
    this.review = null;
    this.badges = {};
    this.holder = '';
    this.notes = [];
    this.loaded = false;
    this.failure = null;
  }
}

export const reviewStore = new ReviewStore();
