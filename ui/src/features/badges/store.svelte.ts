/**
 * The Badges screen's state: the list (search, status filter), and imports
 * (progress, cancel, summary). One instance for the app, so that an import
 * keeps going, and its summary waits, while the person looks at another screen.
 */
import {
  cancelImport,
  importFiles,
  importText,
  listBadges,
  loadDemo,
  onImportProgress,
  pickFiles,
  reverify,
  type BadgeItem,
  type ImportProgress,
  type ImportResult,
} from '../../ipc';
import { t } from '../../lib/i18n.svelte';
import { session } from '../../lib/session.svelte';
import { toasts } from '../../lib/toasts.svelte';
import type { BadgeStatus } from './checks';

export type StatusFilter = 'all' | BadgeStatus;

/** What an import did, file by file, grouped for the summary. */
export interface ImportSummary {
  /** Files (named by their paths), pasted text, or the bundled samples. */
  source: 'files' | 'text' | 'samples';
  imported: ImportResult[];
  duplicate: ImportResult[];
  refused: ImportResult[];
  /** Documents kept for offline checks (status lists, issuers' keys…), not badges. */
  documents: ImportResult[];
  /** Files never looked at because the person cancelled. */
  skipped: number;
}

/** Group results by outcome (an unknown outcome counts as refused: nothing was added). */
export function summarise(
  results: readonly ImportResult[],
  requested = results.length,
  source: ImportSummary['source'] = 'files',
): ImportSummary {
  const summary: ImportSummary = { source, imported: [], duplicate: [], refused: [], documents: [], skipped: 0 };
  for (const result of results) {
    if (result.outcome === 'imported') summary.imported.push(result);
    else if (result.outcome === 'document') summary.documents.push(result);
    else if (result.outcome === 'duplicate') summary.duplicate.push(result);
    else summary.refused.push(result);
  }
  summary.skipped = Math.max(0, requested - results.length);
  return summary;
}

/** The file name at the end of a path (either separator). */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** Extensions the file picker offers. */
export const BADGE_EXTENSIONS = ['json', 'png', 'svg', 'jwt', 'txt'];
/** What the import dialog offers: badge files and badge bundles (zip; the wallet knows them by their bytes). */
export const IMPORT_EXTENSIONS = [...BADGE_EXTENSIONS, 'zip'];

/** How long the search waits after the last key before asking the wallet. */
export const SEARCH_DELAY_MS = 250;

export class BadgesStore {
  items = $state<BadgeItem[]>([]);
  /** False until the first list arrives. */
  loaded = $state(false);
  /** The wallet holds no badge at all (not merely none matching the filters). */
  walletEmpty = $state(false);
  search = $state('');
  status = $state<StatusFilter>('all');
  /** The import under way: how far it is. */
  progress = $state<ImportProgress | null>(null);
  cancelling = $state(false);
  /** Busy with something short (samples, pasted text, checking again). */
  busy = $state(false);
  summary = $state<ImportSummary | null>(null);

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to older list requests are dropped. */
  #listRequest = 0;

  get filtering(): boolean {
    return this.search.trim() !== '' || this.status !== 'all';
  }

  get importing(): boolean {
    return this.progress !== null;
  }

  /** Read the list again with the current search and filter. */
  async refresh(): Promise<void> {
    clearTimeout(this.#searchTimer);
    const request = ++this.#listRequest;
    const search = this.search.trim();
    const status = this.status === 'all' ? null : this.status;
    try {
      const items = await listBadges(search === '' ? null : search, status);
      if (request !== this.#listRequest) return;
      this.items = items;
      if (items.length > 0) this.walletEmpty = false;
      else if (search === '' && status === null) this.walletEmpty = true;
      this.loaded = true;
    } catch (error) {
      if (request === this.#listRequest) {
        this.loaded = true;
        toasts.error(error);
      }
    }
  }

  /** A new search text; the list follows once typing pauses. */
  setSearch(text: string): void {
    this.search = text;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => void this.refresh(), SEARCH_DELAY_MS);
  }

  setStatus(status: StatusFilter): void {
    this.status = status;
    void this.refresh();
  }

  clearFilters(): void {
    this.search = '';
    this.status = 'all';
    void this.refresh();
  }

  /** Let the person choose files with the system's dialog, then import them. */
  async pickAndImport(): Promise<void> {
    let paths: string[];
    try {
      paths = await pickFiles([{ label: t('badges-picker-filter'), extensions: IMPORT_EXTENSIONS }]);
    } catch (error) {
      toasts.error(error);
      return;
    }
    await this.importPaths(paths);
  }

  /** Verify and import files, showing progress; one import at a time. */
  async importPaths(paths: readonly string[]): Promise<void> {
    if (paths.length === 0 || this.importing) return;
    this.summary = null;
    this.cancelling = false;
    // Rust reports after each file; until the first one, nothing is done.
    this.progress = { done: 0, total: paths.length, file: '' };
    let stop: (() => void) | undefined;
    try {
      stop = await onImportProgress((progress) => {
        if (this.progress) this.progress = progress;
      });
      const results = await importFiles([...paths]);
      this.summary = summarise(results, paths.length);
    } catch (error) {
      toasts.error(error);
    } finally {
      stop?.();
      this.progress = null;
      this.cancelling = false;
    }
    await this.#afterChange();
  }

  /** Stop the running import; the files done so far stay imported. */
  async cancel(): Promise<void> {
    if (!this.importing || this.cancelling) return;
    this.cancelling = true;
    try {
      await cancelImport();
    } catch (error) {
      this.cancelling = false;
      toasts.error(error);
    }
  }

  /** Import pasted text; true when something came of it (a result to show). */
  async importPasted(text: string): Promise<boolean> {
    if (this.busy || this.importing) return false;
    this.busy = true;
    this.summary = null;
    try {
      this.summary = summarise([await importText(text)], 1, 'text');
      return true;
    } catch (error) {
      toasts.error(error);
      return false;
    } finally {
      this.busy = false;
      await this.#afterChange();
    }
  }

  /** Fill the wallet with the sample data that comes with Passerelle; true when it worked. */
  async loadDemo(): Promise<boolean> {
    if (this.busy || this.importing) return false;
    this.busy = true;
    this.summary = null;
    try {
      const results = await loadDemo();
      this.summary = summarise(results, results.length, 'samples');
      return true;
    } catch (error) {
      toasts.error(error);
      return false;
    } finally {
      this.busy = false;
      await this.#afterChange();
    }
  }

  /** Verify every badge again now; true when it worked. */
  async reverifyAll(): Promise<boolean> {
    if (this.busy || this.importing) return false;
    this.busy = true;
    try {
      await reverify(null);
      return true;
    } catch (error) {
      toasts.error(error);
      return false;
    } finally {
      this.busy = false;
      await this.refresh();
    }
  }

  dismissSummary(): void {
    this.summary = null;
  }

  /** After the wallet changed: the list, and the counts on the home screen. */
  async #afterChange(): Promise<void> {
    await Promise.all([this.refresh(), session.refreshInfo()]);
  }

  /** Back to the start (tests). */
  reset(): void {
    clearTimeout(this.#searchTimer);
    this.#listRequest++;
    this.items = [];
    this.loaded = false;
    this.walletEmpty = false;
    this.search = '';
    this.status = 'all';
    this.progress = null;
    this.cancelling = false;
    this.busy = false;
    this.summary = null;
  }
}

export const badges = new BadgesStore();
