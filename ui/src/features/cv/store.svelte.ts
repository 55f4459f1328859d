/**
 * The "CV & export" screen's state, kept while Passerelle is open so that a visit to
 * another screen loses nothing: what the holder is writing (saved automatically after
 * a pause, and when the screen is left), the CV's language, the badges chosen, and
 * the live preview.
 */
import {
  cvBadgeChoices,
  cvContent,
  cvPreview,
  saveCvContent,
  toAppError,
  type AppError,
  type CvBadgeChoice,
  type CvContent,
  type CvEntry,
  type CvTexts,
  type Language,
} from '../../ipc';
import { msg } from '../../lib/i18n.svelte';
import { LANGUAGES } from '../../lib/languages';

/** Quiet time after the last keystroke before the text is saved. */
export const SAVE_DELAY_MS = 600;
/** Quiet time after a change before the preview is drawn again. */
export const PREVIEW_DELAY_MS = 400;

export type EntryList = 'experience' | 'education';

/** An entry as the form edits it. */
export interface DraftEntry extends CvEntry {
  /** Stable key for the list (entries have no id). */
  key: number;
  /** "Still going": no end month. */
  ongoing: boolean;
}

/** A problem the screen finds before asking the wallet: which entry, which field, which message. */
export interface LocalProblem {
  list: EntryList;
  index: number;
  field: 'start' | 'end';
  /** A message id (stored with `msg`). */
  message: string;
}

export const emptyTexts = (): CvTexts => ({ en: '', fr: '', nl: '' });

/** The languages a text is written in (not blank). */
export function writtenIn(texts: CvTexts): Language[] {
  return LANGUAGES.filter((l) => texts[l].trim() !== '');
}

/** The language a CV in `language` shows `texts` in when they lack it (as `cv::shown`: English, French, Dutch). */
export function fallbackFor(texts: CvTexts, language: Language): Language | null {
  if (texts[language].trim() !== '') return null;
  return (['en', 'fr', 'nl'] as const).find((l) => l !== language && texts[l].trim() !== '') ?? null;
}

/** "Jira, MS Project ,  Excel" → ["Jira", "MS Project", "Excel"]. */
export function splitSkills(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

let nextKey = 1;

function toDraft(entry: CvEntry): DraftEntry {
  return { ...structuredClone(entry), key: nextKey++, ongoing: entry.end === '' && entry.start !== '' };
}

function fromDraft({ start, end, ongoing, organisation, place, title, description }: DraftEntry): CvEntry {
  return { start, end: ongoing ? '' : end, organisation, place, title: { ...title }, description: { ...description } };
}

export class CvStore {
  /** The CV's language; `null` until chosen (the screens' language then). */
  language = $state<Language | null>(null);
  /** The language the holder's texts are being written in; `null`: the CV's. */
  writing = $state<Language | null>(null);

  email = $state('');
  phone = $state('');
  targetJob = $state<CvTexts>(emptyTexts());
  summary = $state<CvTexts>(emptyTexts());
  experience = $state<DraftEntry[]>([]);
  education = $state<DraftEntry[]>([]);
  /** Digital skills as typed, separated by commas. */
  digitalSkills = $state('');

  /** False until the content was read from the wallet once. */
  loaded = $state(false);
  loadFailure = $state<AppError | null>(null);
  /** Changed since the last save that succeeded. */
  dirty = $state(false);
  saving = $state(false);
  /** Why the last save did not happen: the wallet's error, or one the screen found. */
  saveFailure = $state<AppError | null>(null);
  localProblem = $state<LocalProblem | null>(null);
  /** Counts the saves that succeeded (the preview follows it). */
  savedRevision = $state(0);

  /** The badges the learner may choose, and the ids ticked. */
  choices = $state<CvBadgeChoice[] | null>(null);
  chosen = $state<string[]>([]);
  choicesFailure = $state<AppError | null>(null);
  /** Ids already offered once: a badge the person unticked stays unticked. */
  #seen: string[] = [];

  #timer: ReturnType<typeof setTimeout> | null = null;
  /** Counts edits, so that a save only marks as saved what it sent. */
  #edits = 0;
  #again = false;
  /** The save under way (and the one that follows it, when asked meanwhile). */
  #running: Promise<void> | null = null;

  /**
   * Read what the holder wrote. A draft with changes not saved yet stays as it is (it
   * is the truth until saved); otherwise the wallet's content is read again (a restored
   * backup may have changed it).
   */
  async load(): Promise<void> {
    if (this.loaded && (this.dirty || this.saving)) return;
    try {
      const content = await cvContent();
      // Typed while it was read again: the draft wins.
      if (this.loaded && this.dirty) return;
      this.#fill(content);
      this.loadFailure = null;
      this.loaded = true;
    } catch (e) {
      this.loadFailure = toAppError(e);
    }
  }

  #fill(content: CvContent): void {
    this.email = content.email;
    this.phone = content.phone;
    this.targetJob = structuredClone(content.targetJob);
    this.summary = structuredClone(content.summary);
    this.experience = content.experience.map(toDraft);
    this.education = content.education.map(toDraft);
    this.digitalSkills = content.digitalSkills.join(', ');
    this.dirty = false;
  }

  /** The badges on offer, read again (the wallet may have new ones); ticks are kept. */
  async loadChoices(): Promise<void> {
    try {
      const choices = await cvBadgeChoices();
      const ticked = choices
        .filter((c) => this.chosen.includes(c.id) || (c.suggested && !this.#seen.includes(c.id)))
        .map((c) => c.id);
      this.#seen = [...this.#seen, ...choices.map((c) => c.id).filter((id) => !this.#seen.includes(id))];
      // In the order of the list, so that the same choice is always sent the same way.
      this.chosen = ticked;
      this.choices = choices;
      this.choicesFailure = null;
    } catch (e) {
      this.choicesFailure = toAppError(e);
    }
  }

  /** Tick or untick a badge. */
  choose(id: string, on: boolean): void {
    this.chosen = (this.choices ?? [])
      .filter((c) => (c.id === id ? on : this.chosen.includes(c.id)))
      .map((c) => c.id);
  }

  /** What the CV and the bundle are made of: `null` (the suggested badges) until the list is read. */
  get badges(): string[] | null {
    return this.choices === null ? null : [...this.chosen];
  }

  /** The content to save, from the draft. */
  content(): CvContent {
    return {
      email: this.email,
      phone: this.phone,
      targetJob: { ...this.targetJob },
      summary: { ...this.summary },
      experience: this.experience.map(fromDraft),
      education: this.education.map(fromDraft),
      digitalSkills: splitSkills(this.digitalSkills),
    };
  }

  /** Something was typed: saved after a pause. */
  edited(): void {
    this.dirty = true;
    this.#edits++;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  addEntry(list: EntryList): DraftEntry {
    const entry: DraftEntry = {
      key: nextKey++,
      start: '',
      end: '',
      ongoing: false,
      organisation: '',
      place: '',
      title: emptyTexts(),
      description: emptyTexts(),
    };
    this[list].push(entry);
    this.edited();
    return entry;
  }

  removeEntry(list: EntryList, key: number): void {
    this[list] = this[list].filter((e) => e.key !== key);
    this.edited();
  }

  /** Problems the screen can see itself: a month missing in an entry. */
  #check(): LocalProblem | null {
    for (const list of ['experience', 'education'] as const) {
      for (const [index, e] of this[list].entries()) {
        if (e.start.trim() === '') return { list, index, field: 'start', message: msg('cv-error-start') };
        if (!e.ongoing && e.end.trim() === '') return { list, index, field: 'end', message: msg('cv-error-end') };
      }
    }
    return null;
  }

  /**
   * Save the draft now. A save asked while one is under way follows it; the promise
   * ends when the draft as it is now has been sent (or refused).
   */
  async save(): Promise<void> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    // Never write a draft over content that could not be read.
    if (!this.loaded) return;
    if (this.#running) {
      this.#again = true;
      while (this.#running) await this.#running;
      return;
    }
    const problem = this.#check();
    this.localProblem = problem;
    if (problem) {
      this.saveFailure = null;
      return;
    }
    this.#running = this.#write();
    try {
      await this.#running;
    } finally {
      this.#running = null;
      if (this.#again) {
        this.#again = false;
        if (this.dirty) void this.save();
      }
    }
  }

  async #write(): Promise<void> {
    const edits = this.#edits;
    this.saving = true;
    try {
      await saveCvContent(this.content());
      this.saveFailure = null;
      if (edits === this.#edits) this.dirty = false;
      this.savedRevision++;
    } catch (e) {
      this.saveFailure = toAppError(e);
    } finally {
      this.saving = false;
    }
  }

  /** Before an export: what waits is saved and the saves under way are over. */
  async settle(): Promise<void> {
    if (this.#timer !== null || this.dirty) await this.save();
    while (this.#running) await this.#running;
  }

  /** Leaving the screen: what is waiting is saved now. */
  flush(): void {
    if (this.#timer !== null || (this.dirty && !this.saving)) void this.save();
  }

  /** Back to the start (tests). */
  reset(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#edits = 0;
    this.#again = false;
    this.#running = null;
    this.#seen = [];
    this.language = null;
    this.writing = null;
    this.#fill({
      email: '',
      phone: '',
      targetJob: emptyTexts(),
      summary: emptyTexts(),
      experience: [],
      education: [],
      digitalSkills: [],
    });
    this.loaded = false;
    this.loadFailure = null;
    this.saving = false;
    this.saveFailure = null;
    this.localProblem = null;
    this.savedRevision = 0;
    this.choices = null;
    this.chosen = [];
    this.choicesFailure = null;
  }
}

export const cv = new CvStore();

export interface PreviewRequest {
  language: Language;
  badges: string[] | null;
  width: number;
}

/**
 * The live preview: one drawing at a time; requests that come meanwhile wait, and
 * only the latest of them is drawn next (the answers to older ones are not shown).
 */
export class PreviewLoader {
  pages = $state<string[]>([]);
  /** The language of `pages`. */
  language = $state<Language | null>(null);
  busy = $state(false);
  failure = $state<AppError | null>(null);

  #timer: ReturnType<typeof setTimeout> | null = null;
  #running = false;
  #next: PreviewRequest | null = null;

  /** Draw the CV again after `delay` ms of quiet (a newer request replaces this one). */
  request(request: PreviewRequest, delay = PREVIEW_DELAY_MS): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.busy = true;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#draw(request);
    }, delay);
  }

  async #draw(request: PreviewRequest): Promise<void> {
    if (this.#running) {
      this.#next = request;
      return;
    }
    this.#running = true;
    this.busy = true;
    try {
      const preview = await cvPreview(request.language, request.badges, request.width);
      if (this.#next === null) {
        this.pages = preview.pages;
        this.language = request.language;
        this.failure = null;
      }
    } catch (e) {
      if (this.#next === null) this.failure = toAppError(e);
    } finally {
      this.#running = false;
      const next = this.#next;
      this.#next = null;
      if (next) void this.#draw(next);
      else if (this.#timer === null) this.busy = false;
    }
  }

  /** Stop waiting (the screen is left); a drawing under way is still shown when it ends. */
  stop(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#running) this.busy = false;
  }
}
