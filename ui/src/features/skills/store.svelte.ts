/**
 * The Skills screen's list: the holder's self-declared skills, kept apart from the
 * badges issued by organisations (`kind === 'self-declared'`).
 */
import { listBadges, type BadgeItem, type Competence, type Evidence, type Language, type Narrative } from '../../ipc';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';

/** The value of `BadgeItem.kind` for a skill the holder declared and signed themself. */
export const SELF_DECLARED = 'self-declared';

export function isSelfDeclared(item: BadgeItem): boolean {
  return item.kind === SELF_DECLARED;
}

export class SkillsStore {
  items = $state<BadgeItem[]>([]);
  /** False until the first list arrives. */
  loaded = $state(false);
  /** Answers to older list requests are dropped. */
  #request = 0;

  /** Read the self-declared skills again. */
  async refresh(): Promise<void> {
    const request = ++this.#request;
    try {
      const items = await listBadges(null, null);
      if (request !== this.#request) return;
      this.items = items.filter(isSelfDeclared);
    } catch (error) {
      if (request === this.#request) toasts.error(error);
    } finally {
      if (request === this.#request) this.loaded = true;
    }
  }

  /** After a skill was declared: the list, and the counts on the home screen. */
  async afterDeclared(): Promise<void> {
    await Promise.all([this.refresh(), session.refreshInfo()]);
  }

  /** Back to the start (tests). */
  reset(): void {
    this.#request++;
    this.items = [];
    this.loaded = false;
  }
}

export const skills = new SkillsStore();

/**
 * What the person has typed in "Declare a skill" and not saved yet. Kept in memory
 * while Passerelle is open, so that a look at another screen (or a change of
 * language in Settings) loses nothing. The passphrase is never kept here.
 */
/** An evidence file chosen for a skill: where it is, and what the wallet found in it. */
export interface ChosenEvidence {
  path: string;
  file: Evidence;
}

export class SkillDraft {
  competence = $state<Competence | null>(null);
  /** The language `competence.title` is in (it follows the interface language). */
  competenceLanguage = $state<Language | null>(null);
  /** The text of the competence box. */
  query = $state('');
  level = $state<number | null>(null);
  narratives = $state<Narrative[]>([]);
  place = $state('');
  period = $state('');
  team = $state('');
  outcome = $state('');
  links = $state<string[]>(['']);
  /** Evidence files picked (each checked by the wallet when added), with where they are. */
  files = $state<ChosenEvidence[]>([]);

  /** Empty, ready for a skill whose text is written in `language`. */
  clear(language: Language): void {
    this.competence = null;
    this.competenceLanguage = null;
    this.query = '';
    this.level = null;
    this.narratives = [{ language, text: '' }];
    this.place = '';
    this.period = '';
    this.team = '';
    this.outcome = '';
    this.links = [''];
    this.files = [];
  }
}

export const draft = new SkillDraft();
