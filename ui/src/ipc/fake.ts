/**
 * FAKE BACKEND, for `npm run dev` in a plain browser and for Vitest only.
 *
 * It answers the same commands as the Rust shell, from a few values kept in
 * memory: an empty wallet that does not exist on disk. Nothing is saved, and
 * nothing is verified: the badges below are MADE UP in code (their issuers say
 * "fake"), and "importing" a file only looks at its name. The Tauri app never
 * uses it (see `isTauri()` in ./index.ts).
 */
import { negotiateLanguage } from '../lib/languages';
import type {
  AppError,
  BadgeDetail,
  BadgeItem,
  CheckDto,
  FileReport,
  ImportProgress,
  ImportResult,
  Language,
  Profile,
  Settings,
  Theme,
  WalletInfo,
  commands,
} from './bindings';
import type { Result } from './result';

type Commands = typeof commands;
type CommandName = keyof Commands;

/** What the window reports while files are dragged over it (see `onFilesDropped`). */
export type FileDrop = { type: 'over' } | { type: 'leave' } | { type: 'drop'; paths: string[] };

export interface FakeState {
  language: Language | null;
  theme: Theme;
  /** What "follow the system" resolves to. */
  systemLanguage: Language;
  info: WalletInfo;
  /** The fake wallet's badges, newest first. */
  badges: BadgeDetail[];
  /** What the fake file picker answers. */
  pickedFiles: string[];
  /** Awaited before each file of `importFiles` (tests hold an import half-way with it). */
  beforeFile: ((index: number) => Promise<void>) | null;
  /** Set by `cancelImport`, read by a running `importFiles` between files. */
  cancelRequested: boolean;
  /** What `reverify` and imports write as "checked at". */
  now: () => string;
  /** Make a command answer with this error instead (tests, previews). */
  failures: Partial<Record<CommandName, AppError>>;
  profile: Profile;
}

function initialState(): FakeState {
  const tags = typeof navigator === 'undefined' ? [] : navigator.languages;
  return {
    language: null,
    theme: 'system',
    systemLanguage: negotiateLanguage(tags),
    info: {
      path: '(browser preview, no wallet on disk)',
      database: '(in memory)',
      schemaVersion: 1,
      createdAt: new Date().toISOString(),
      journalMode: 'memory',
      counts: { badges: 0, selfDeclared: 0, endorsements: 0 },
    },
    badges: [],
    pickedFiles: [
      '/fake/Downloads/fake-agile-coaching.png',
      '/fake/Downloads/fake-data-protection.json',
      '/fake/Downloads/fake-tampered-badge.png',
    ],
    beforeFile: null,
    cancelRequested: false,
    now: () => new Date().toISOString(),
    failures: {},
    profile: { name: '', emails: [] },
  };
}

export const fakeState: FakeState = initialState();

/** A tiny event channel standing in for Tauri events. */
export class FakeChannel<T> {
  readonly #listeners = new Set<(payload: T) => void>();

  listen(callback: (payload: T) => void): () => void {
    this.#listeners.add(callback);
    return () => this.#listeners.delete(callback);
  }

  emit(payload: T): void {
    for (const callback of [...this.#listeners]) callback(payload);
  }

  get listeners(): number {
    return this.#listeners.size;
  }
}

export const fakeEvents = {
  importProgress: new FakeChannel<ImportProgress>(),
  /** Tests (or a console) call `fakeEvents.fileDrop.emit(…)` to play a drag and drop. */
  fileDrop: new FakeChannel<FileDrop>(),
};

/** Put the fake back as it starts (between tests). */
export function resetFake(): void {
  Object.assign(fakeState, initialState());
}

/** A command's failure, thrown inside `answer` (as Rust would return `Err`). */
class FakeFailure {
  constructor(readonly error: AppError) {}
}

/** The result of `data()`, or the error the test asked for, or the `FakeFailure` it threw. */
async function answer<T>(name: CommandName, data: () => T | Promise<T>): Promise<Result<T, AppError>> {
  const error = fakeState.failures[name];
  if (error) return { status: 'error', error };
  try {
    return { status: 'ok', data: await data() };
  } catch (e) {
    if (e instanceof FakeFailure) return { status: 'error', error: e.error };
    throw e;
  }
}

function settings(): Settings {
  return {
    language: fakeState.language,
    effectiveLanguage: fakeState.language ?? fakeState.systemLanguage,
    theme: fakeState.theme,
  };
}

// ---------------------------------------------------------------------------
// Fake badges, made up in code.

/** 64×64 PNG drawings (a tick in a disc), encoded by hand: no real badge images. */
const FAKE_IMAGES = [
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAAADFBMVEUAAAAKa3YGTFX///8VyWsjAAAAAXRSTlMAQObYZgAAAPxJREFUeNrNl9EOxCAIBKv8/z/34RqPiizgmsvx3JmQKgLX9c/RR1DwjqQ7QeJJhfq6jSgoLDxLNvGcAuJKgfkGAxkyPDLkeN+Q5V1Dmn8MBL80lPiVocZ/DEQCNoUaLyaFWgIiJoUiL+YvVASyEFR5mQ+iIPjyewLFbwk0rwR7vDJkBRNfFsx8VWB4JJAMDwWS4LFAYj4QSMhHAol4eAovxOHxVVRQzC8vwsA8PiymB3T5uBplRPyyY0OiMzjVgHgr6OABjTuLV5Au3xadiWptdHPl2zs9YPAjDj9k0WMeP2jyoy4/bPPjPr9wHFh5+KXrwNp3YPE8sfr+Lm6a/w8Jy4thGQAAAABJRU5ErkJggg==',
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAAADFBMVEUAAAAVSnMNM0n///8K3sQWAAAAAXRSTlMAQObYZgAAAPxJREFUeNrNl9EOxCAIBKv8/z/34RqPiizgmsvx3JmQKgLX9c/RR1DwjqQ7QeJJhfq6jSgoLDxLNvGcAuJKgfkGAxkyPDLkeN+Q5V1Dmn8MBL80lPiVocZ/DEQCNoUaLyaFWgIiJoUiL+YvVASyEFR5mQ+iIPjyewLFbwk0rwR7vDJkBRNfFsx8VWB4JJAMDwWS4LFAYj4QSMhHAol4eAovxOHxVVRQzC8vwsA8PiymB3T5uBplRPyyY0OiMzjVgHgr6OABjTuLV5Au3xadiWptdHPl2zs9YPAjDj9k0WMeP2jyoy4/bPPjPr9wHFh5+KXrwNp3YPE8sfr+Lm6a/w8Jy4thGQAAAABJRU5ErkJggg==',
] as const;

const FAKE_ISSUER = 'Centre de formation fictif (fake)';
const FAKE_ISSUER_ID = 'did:key:z6MkFakeFakeFakeFakeFakeFakeFakeFakeFakeFake';

function check(id: string, outcome: 'passed' | 'failed' | 'skipped', code: string, args = {}): CheckDto {
  return { id, outcome, code, args };
}

/** The checklist of a fake badge that passes everything checkable offline. */
function goodChecks(container: string, validUntil: string | null, expired: boolean): CheckDto[] {
  return [
    check('format', 'passed', 'format-recognised', { container, form: 'ob3' }),
    check('context', 'passed', 'context-known'),
    check('issuer-key', 'passed', 'key-did-key'),
    check('proof', 'passed', 'proof-valid', {
      suite: 'DataIntegrityProof/eddsa-rdfc-2022',
      controller: FAKE_ISSUER_ID,
      verificationMethod: `${FAKE_ISSUER_ID}#key-1`,
    }),
    check('key-controller', 'passed', 'key-controller-match', { controller: FAKE_ISSUER_ID }),
    check('status', 'skipped', 'status-needs-network', { type: 'BitstringStatusListEntry' }),
    check('valid-from', 'passed', 'valid-from-passed', { date: '2024-09-01T00:00:00Z' }),
    validUntil === null
      ? check('valid-until', 'passed', 'no-expiry')
      : check('valid-until', expired ? 'failed' : 'passed', expired ? 'expired' : 'not-expired', {
          date: validUntil,
        }),
    check('recipient', 'skipped', 'recipient-owner-unknown'),
  ];
}

interface FakeBadgeSpec {
  id: string;
  file: string;
  name: string;
  description: string;
  validUntil: string | null;
  expired?: boolean;
  image: string | null;
  endorsements?: number;
  alignments?: BadgeDetail['alignments'];
}

function makeBadge(spec: FakeBadgeSpec): BadgeDetail {
  const container = spec.file.split('.').pop() ?? 'json';
  const checks = goodChecks(container, spec.validUntil, spec.expired ?? false);
  const status = checks.some((c) => c.outcome === 'failed') ? 'warning' : 'verified';
  return {
    item: {
      id: spec.id,
      name: spec.name,
      issuer: FAKE_ISSUER,
      issuerId: FAKE_ISSUER_ID,
      status,
      checkedAt: fakeState.now(),
      validUntil: spec.validUntil,
      endorsements: spec.endorsements ?? 0,
      image: spec.image,
    },
    description: spec.description,
    issuerUrl: 'https://formation.example/fake',
    validFrom: '2024-09-01T00:00:00Z',
    achievementName: spec.name,
    achievementDescription: spec.description,
    criteriaNarrative: 'FAKE: invented for the browser preview. Criteria would be written here by the issuer.',
    alignments: spec.alignments ?? [],
    form: 'ob3',
    report: { file: spec.file, status, checks },
  };
}

/** The three made-up "sample" badges that the fake's `loadSamples` adds. */
export function fakeSamples(): BadgeDetail[] {
  return [
    makeBadge({
      id: 'urn:uuid:fake-0001',
      file: 'fake-gestion-proyectos.png',
      name: 'Gestión de proyectos TIC',
      description: 'FAKE: a made-up badge for the browser preview (accents on purpose, to try the search).',
      validUntil: null,
      image: FAKE_IMAGES[0],
      endorsements: 1,
      alignments: [
        {
          targetName: 'Project and Portfolio Management',
          targetUrl: 'https://itprofessionalism.org/about-it-professionalism/competences/the-e-competence-framework/',
          targetCode: 'E.2',
          targetFramework: 'e-CF 4.0',
        },
      ],
    }),
    makeBadge({
      id: 'urn:uuid:fake-0002',
      file: 'fake-mise-en-oeuvre.json',
      name: 'Mise en œuvre d’un projet numérique',
      description: 'FAKE: a made-up badge for the browser preview.',
      validUntil: '2030-12-31T00:00:00Z',
      image: FAKE_IMAGES[1],
    }),
    makeBadge({
      id: 'urn:uuid:fake-0003',
      file: 'fake-cybersecurity-basics.svg',
      name: 'Cybersecurity basics',
      description: 'FAKE: a made-up expired badge for the browser preview.',
      validUntil: '2025-06-30T00:00:00Z',
      expired: true,
      image: null,
    }),
  ];
}

/** "Fake-agile coaching.png" -> "Agile coaching": a readable name from a file name. */
function nameFromFile(file: string): string {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.[a-z0-9]+$/i, '').replace(/^fake[-_ ]?/i, '');
  const words = base.replace(/[-_]+/g, ' ').trim() || 'Badge';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function refusedReport(file: string, code: string): FileReport {
  return {
    file,
    status: 'failed',
    checks:
      code === 'png-crc'
        ? [check('format', 'failed', 'png-crc')]
        : [
            check('format', 'passed', 'format-recognised', { container: 'png', form: 'ob3' }),
            check('context', 'passed', 'context-known'),
            check('issuer-key', 'passed', 'key-did-key'),
            check('proof', 'failed', 'proof-invalid-signature'),
          ],
  };
}

/** Store `badge` unless it is there already; the outcome an import reports. */
function store(file: string, badge: BadgeDetail): ImportResult {
  const known = fakeState.badges.find((b) => b.item.id === badge.item.id);
  if (known) return { file, outcome: 'duplicate', id: known.item.id, report: structuredClone(known.report) };
  fakeState.badges.unshift(badge);
  return { file, outcome: 'imported', id: badge.item.id, report: structuredClone(badge.report) };
}

/** Pretend to import one file: its name alone decides what happens. */
function importOne(file: string): ImportResult {
  const lower = file.toLowerCase();
  if (lower.includes('tampered')) {
    return { file, outcome: 'refused', id: null, report: refusedReport(file, 'proof-invalid-signature') };
  }
  if (lower.includes('broken')) return { file, outcome: 'refused', id: null, report: refusedReport(file, 'png-crc') };
  const known = fakeState.badges.find((b) => nameFromFile(b.report.file) === nameFromFile(file));
  if (known) return { file, outcome: 'duplicate', id: known.item.id, report: structuredClone(known.report) };
  const name = nameFromFile(file);
  const badge = makeBadge({
    id: `urn:uuid:fake-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    file,
    name,
    description: 'FAKE: "imported" by the browser preview from a file name; nothing was read.',
    validUntil: lower.includes('expired') ? '2025-01-31T00:00:00Z' : null,
    expired: lower.includes('expired'),
    image: FAKE_IMAGES[fakeState.badges.length % FAKE_IMAGES.length] ?? null,
  });
  return store(file, badge);
}

/** Case- and accent-insensitive text, as the Rust side folds it ("œ" -> "oe"). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

function listBadges(search: string | null, status: string | null): BadgeItem[] {
  const needle = search ? fold(search.trim()) : '';
  return fakeState.badges
    .filter((b) => status === null || b.item.status === status)
    .filter((b) => needle === '' || fold(`${b.item.name} ${b.item.issuer ?? ''}`).includes(needle))
    .map((b) => structuredClone(b.item));
}

/** After the fake wallet changed: its counts follow. */
function countBadges(): void {
  fakeState.info.counts.badges = fakeState.badges.length;
  fakeState.info.counts.endorsements = fakeState.badges.reduce((n, b) => n + b.item.endorsements, 0);
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS));

/** In `npm run dev`, each file takes a moment so that the progress bar can be seen. */
const PREVIEW_DELAY_MS = import.meta.env.MODE === 'test' ? 0 : 250;

/** Like Rust: a progress event after each file; a cancel stops between files. */
async function importFiles(paths: string[]): Promise<ImportResult[]> {
  fakeState.cancelRequested = false;
  const results: ImportResult[] = [];
  for (const [index, file] of paths.entries()) {
    if (fakeState.cancelRequested) break;
    await (fakeState.beforeFile ? fakeState.beforeFile(index) : pause());
    results.push(importOne(file));
    fakeEvents.importProgress.emit({ done: results.length, total: paths.length, file });
  }
  countBadges();
  return results;
}

export const fakeCommands: Commands = {
  walletInfo: () => answer('walletInfo', () => structuredClone(fakeState.info)),
  getSettings: () => answer('getSettings', settings),
  setLanguage: (language) =>
    answer('setLanguage', () => {
      fakeState.language = language;
      return settings();
    }),
  setTheme: (theme) =>
    answer('setTheme', () => {
      fakeState.theme = theme;
      return settings();
    }),
  pickFiles: () => answer('pickFiles', () => [...fakeState.pickedFiles]),
  uiReady: () => answer('uiReady', () => 0),
  importFiles: (paths) => answer('importFiles', () => importFiles(paths)),
  cancelImport: () =>
    answer('cancelImport', () => {
      fakeState.cancelRequested = true;
      return null;
    }),
  importText: (text) =>
    answer('importText', () => {
      const trimmed = text.trim();
      const file = 'text';
      if (!trimmed.startsWith('{') && !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(trimmed)) {
        return {
          file,
          outcome: 'refused',
          id: null,
          report: { file, status: 'failed', checks: [check('format', 'failed', 'unknown-format')] },
        };
      }
      const result = importOne(trimmed.includes('tampered') ? 'tampered' : `fake-pasted-${trimmed.length}.json`);
      countBadges();
      return { ...result, file };
    }),
  listBadges: (search, status) => answer('listBadges', () => listBadges(search, status)),
  badgeDetail: (id) =>
    answer('badgeDetail', () => {
      const badge = fakeState.badges.find((b) => b.item.id === id);
      if (!badge) throw new FakeFailure({ code: 'no-such-badge', args: { id } });
      return structuredClone(badge);
    }),
  reverify: (id) =>
    answer('reverify', () => {
      const chosen = fakeState.badges.filter((b) => id === null || b.item.id === id);
      if (id !== null && chosen.length === 0) throw new FakeFailure({ code: 'no-such-badge', args: { id } });
      for (const badge of chosen) badge.item.checkedAt = fakeState.now();
      return chosen.map((b) => structuredClone(b.item));
    }),
  getProfile: () => answer('getProfile', () => structuredClone(fakeState.profile)),
  setProfile: (name, emails) =>
    answer('setProfile', () => {
      // A rough copy of the Rust rule (crates/wallet/src/profile.rs), enough for previews.
      const clean: string[] = [];
      for (const raw of emails) {
        const email = raw.trim();
        if (email === '') continue;
        if (!/^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(email)) {
          throw new FakeFailure({ code: 'invalid-email', args: { value: email } });
        }
        if (!clean.some((c) => c.toLowerCase() === email.toLowerCase())) clean.push(email);
      }
      fakeState.profile = { name: name.trim(), emails: clean };
      return structuredClone(fakeState.profile);
    }),
  loadSamples: () =>
    answer('loadSamples', () => {
      const results = fakeSamples().map((badge) => store(badge.report.file, badge));
      countBadges();
      return results;
    }),
};
