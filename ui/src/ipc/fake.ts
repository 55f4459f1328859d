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
  CompetenceDto,
  DeclarationInput,
  EndorsementSaved,
  EndorsementTarget,
  FileReport,
  ImportProgress,
  ImportResult,
  KeyStoreInfo,
  Language,
  LanguageSkill,
  LevelDto,
  AppointmentNote,
  Profile,
  ProfileChoices,
  ProfileInput,
  ReviewDto,
  Settings,
  SigningKeyCopy,
  Theme,
  WalletInfo,
  commands,
} from './bindings';
import * as backup from './fakeBackup';
import * as cv from './fakeCv';
import * as evidence from './fakeEvidence';
import * as trainings from './fakeTrainings';
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
  /** What the fake "save as" dialog answers (`null`: cancelled; unset: /tmp/<suggested name>). */
  savePath?: string | null;
  /** Awaited before each file of `importFiles` (tests hold an import half-way with it). */
  beforeFile: ((index: number) => Promise<void>) | null;
  /** Set by `cancelImport`, read by a running `importFiles` between files. */
  cancelRequested: boolean;
  /** What `reverify` and imports write as "checked at". */
  now: () => string;
  /** Make a command answer with this error instead (tests, previews). */
  failures: Partial<Record<CommandName, AppError>>;
  profile: Profile;
  /** Notes written in the Review section (newest first). */
  notes: AppointmentNote[];
  /** The fake key store: where the key "is", and the passphrases of the file store. */
  keys: FakeKeys;
  /** Endorsing (desktop): the files the fake "wrote" (endorsements, key copies), by path. */
  written: Record<string, string>;
  /** The portable key files the fake knows, by path (see `FakeKeyFile`). */
  keyFiles: Record<string, FakeKeyFile>;
}

/** A made-up portable key file: its passphrase and identity, or damaged. */
export interface FakeKeyFile {
  passphrase: string;
  did: string;
  corrupt?: boolean;
}

/** Stands in for the key store (crates/wallet/src/keys): no key, no signature, only the rules. */
export interface FakeKeys {
  /** `os`: the system keyring, no passphrase; `file`: a key file protected by a passphrase. */
  kind: 'os' | 'file';
  /** The passphrase of the key file; `null` while there is no key file yet. */
  filePassphrase: string | null;
  /** The passphrase given with `unlockKeys` in this session, if any. */
  unlocked: string | null;
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
    profile: emptyProfile(),
    notes: [],
    keys: { kind: 'os', filePassphrase: null, unlocked: null },
    // Listed so that `resetFake` puts the "save as" answer back to its default.
    savePath: undefined,
    written: {},
    keyFiles: {
      [FAKE_COUNSELLOR_KEY_FILE]: { passphrase: FAKE_COUNSELLOR_PASSPHRASE, did: 'did:key:z6MkFakeCounsellorFakeCounsellorFake' },
    },
  };
}

/** Endorsing (desktop): the fake counsellor's portable key file and its passphrase. */
export const FAKE_COUNSELLOR_KEY_FILE = '/fake/usb/FAKE-counsellor.key';
export const FAKE_COUNSELLOR_PASSPHRASE = 'fake counsellor passphrase';

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
  evidence.resetFakeEvidence();
  trainings.resetFakeTrainings();
  cv.resetFakeCv();
  backup.resetFakeBackups();
}

/** A command's failure, thrown inside `answer` (as Rust would return `Err`). */
export class FakeFailure {
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
      kind: 'badge',
      endorsements: Array.from({ length: spec.endorsements ?? 0 }, (_, i) => ({
        id: `${spec.id}-endorsement-${i + 1}`,
        endorserId: 'did:key:z6MkFAKEendorser',
        endorserName: 'FAKE counsellor (preview)',
        comment: 'FAKE: an endorsement made up for the browser preview.',
        issuedAt: '2025-01-15T10:00:00Z',
        status: 'verified',
      })),
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

/** The three made-up "sample" badges that the fake's `loadDemo` adds. */
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
  fakeState.info.counts.endorsements = fakeState.badges.reduce((n, b) => n + b.item.endorsements.length, 0);
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

// ---------------------------------------------------------------------------
// Fake self-declaration: a few e-CF competences and ESCO skills typed in by hand (the
// real lists are in data/frameworks, read by Rust), level descriptions that say they are
// fake, and a key store that only knows the passphrase rules. Nothing is signed.

type Words = Record<Language, string>;

interface FakeCompetence {
  code: string;
  area: Words;
  title: Words;
  levels: number[];
}

const AREA_PLAN: Words = { en: 'Plan', fr: 'Planifier', nl: 'Plannen' };
const AREA_BUILD: Words = { en: 'Build', fr: 'Construire', nl: 'Bouwen' };
const AREA_MANAGE: Words = { en: 'Manage', fr: 'Piloter', nl: 'Managen' };

/** A handful of e-CF competences, enough to try the search. */
const FAKE_COMPETENCES: FakeCompetence[] = [
  {
    code: 'A.1',
    area: AREA_PLAN,
    title: {
      en: 'Information Systems and Business Strategy Alignment',
      fr: 'Alignement des systèmes d’information sur la stratégie de l’entreprise',
      nl: 'Afstemming van informatiesystemen op de bedrijfsstrategie',
    },
    levels: [4, 5],
  },
  {
    code: 'B.1',
    area: AREA_BUILD,
    title: { en: 'Application Development', fr: 'Développement d’applications', nl: 'Applicatieontwikkeling' },
    levels: [1, 2, 3],
  },
  {
    code: 'E.2',
    area: AREA_MANAGE,
    title: {
      en: 'Project and Portfolio Management',
      fr: 'Gestion de projets et de portefeuilles',
      nl: 'Project- en portfoliomanagement',
    },
    levels: [2, 3, 4, 5],
  },
  {
    code: 'E.3',
    area: AREA_MANAGE,
    title: { en: 'Risk Management', fr: 'Gestion des risques', nl: 'Risicobeheer' },
    levels: [2, 3, 4],
  },
];

/** A few ESCO skills of "ICT project manager", shown for reference only. */
const FAKE_ESCO_SKILLS: Words[] = [
  { en: 'perform project management', fr: 'assurer la gestion de projets', nl: 'projectmanagement uitvoeren' },
  { en: 'perform risk analysis', fr: 'réaliser une analyse des risques', nl: 'een risicoanalyse uitvoeren' },
];

const FAKE_LEVEL_TITLES: Words[] = [
  { en: 'Associate', fr: 'Associé', nl: 'Medewerker' },
  { en: 'Professional', fr: 'Professionnel', nl: 'Professional' },
  { en: 'Senior professional / manager', fr: 'Professionnel confirmé / manager', nl: 'Senior professional / manager' },
  { en: 'Lead professional / senior manager', fr: 'Professionnel expert / cadre supérieur', nl: 'Lead professional / senior manager' },
  { en: 'Principal', fr: 'Référent stratégique', nl: 'Principal' },
];

const FAKE_HOLDER_DID = 'did:key:z6MkFakeHolderFakeHolderFakeHolderFakeHolder';
/** The fewest characters of a new key file's passphrase (as in crates/wallet/src/keys/file.rs). */
const MIN_PASSPHRASE_CHARS = 8;

function fakeLanguage(): Language {
  return fakeState.language ?? fakeState.systemLanguage;
}

function competenceDto(c: FakeCompetence, language: Language): CompetenceDto {
  return {
    framework: 'ecf',
    code: c.code,
    uri: `https://passerelle.example/fake/ecf/${c.code}`,
    title: c.title[language],
    area: c.area[language],
    levels: [...c.levels],
  };
}

/** Like Rust's `frameworks::search`: by code or words, e-CF first, then ESCO. */
function searchCompetences(query: string): CompetenceDto[] {
  const needle = fold(query.trim().replace(/[’‘ʼ]/g, "'"));
  if (needle === '') return [];
  const language = fakeLanguage();
  const words = needle.split(/\s+/);
  const matches = (text: string): boolean => words.every((word) => fold(text).includes(word));
  const ecf = FAKE_COMPETENCES.filter((c) => fold(c.code) === needle || matches(`${c.code} ${c.title[language]}`));
  const esco = FAKE_ESCO_SKILLS.filter((label) => matches(label[language]));
  return [
    ...ecf.map((c) => competenceDto(c, language)),
    ...esco.map((label) => ({
      framework: 'esco',
      code: null,
      uri: null,
      title: label[language],
      area: null,
      levels: [],
    })),
  ];
}

function ecfLevels(): LevelDto[] {
  const language = fakeLanguage();
  return FAKE_LEVEL_TITLES.map((title, i) => ({
    number: i + 1,
    code: `e-${i + 1}`,
    title: title[language],
    description: `FAKE: a made-up description of level e-${i + 1} for the browser preview.`,
  }));
}

function keyStoreInfo(): KeyStoreInfo {
  const { kind, filePassphrase, unlocked } = fakeState.keys;
  return {
    kind,
    needsPassphrase: kind === 'file' && unlocked === null,
    keyExists: kind === 'os' || filePassphrase !== null,
    fallbackReason:
      kind === 'file' ? { code: 'keyring-unavailable', args: { detail: 'FAKE: no keyring in the preview' } } : null,
  };
}

function unlockKeys(passphrase: string): null {
  const keys = fakeState.keys;
  if (keys.kind === 'os') return null;
  if (keys.filePassphrase !== null && passphrase !== keys.filePassphrase) {
    throw new FakeFailure({ code: 'wrong-passphrase', args: {} });
  }
  if (keys.filePassphrase === null && [...passphrase].length < MIN_PASSPHRASE_CHARS) {
    throw new FakeFailure({ code: 'passphrase-too-short', args: { min: String(MIN_PASSPHRASE_CHARS) } });
  }
  keys.unlocked = passphrase;
  return null;
}

function invalidDeclaration(field: string, value: string): FakeFailure {
  return new FakeFailure({ code: 'invalid-declaration', args: { field, value } });
}

/** The checks of Rust's `build_credential`, in its order; then a made-up "signed" credential. */
function declareSkill(input: DeclarationInput): ImportResult {
  const keys = fakeState.keys;
  if (keys.kind === 'file' && keys.unlocked === null) throw new FakeFailure({ code: 'passphrase-needed', args: {} });
  const competence = FAKE_COMPETENCES.find((c) => c.code === input.competence);
  if (!competence) throw invalidDeclaration('competence', input.competence);
  if (!competence.levels.includes(input.level)) throw invalidDeclaration('level', String(input.level));
  if (!input.narratives.some((n) => n.text.trim() !== '')) throw invalidDeclaration('context', '');
  for (const link of input.links) {
    if (!link.startsWith('https://') || /\s/.test(link)) throw invalidDeclaration('link', link);
  }
  // Every evidence file is checked before anything is kept.
  const files = evidence.checkEvidenceFiles(input.files ?? []);
  // The first passphrase creates the key file.
  if (keys.kind === 'file' && keys.filePassphrase === null) keys.filePassphrase = keys.unlocked;

  const language = fakeLanguage();
  const title = competence.title[language];
  const id = `urn:uuid:fake-skill-${fakeState.badges.length + 1}`;
  const file = 'self-declared';
  const checks = goodChecks('json', null, false).map((c) =>
    c.id === 'proof' ? { ...c, args: { ...c.args, controller: FAKE_HOLDER_DID } } : c,
  );
  const badge: BadgeDetail = {
    item: {
      id,
      name: `${competence.code} ${title} — e-${input.level}`,
      issuer: fakeState.profile.name || '—',
      issuerId: FAKE_HOLDER_DID,
      status: 'verified',
      checkedAt: fakeState.now(),
      validUntil: null,
      kind: 'self-declared',
      endorsements: [],
      image: null,
    },
    description: `FAKE: declared in the browser preview; nothing was signed. ${title} (e-${input.level})`,
    issuerUrl: null,
    validFrom: fakeState.now(),
    achievementName: `${competence.code} ${title} — e-${input.level}`,
    achievementDescription: title,
    criteriaNarrative: input.narratives.map((n) => n.text.trim()).join('\n\n'),
    alignments: [
      {
        targetName: title,
        targetUrl: `https://passerelle.example/fake/ecf/${competence.code}`,
        targetCode: competence.code,
        targetFramework: 'e-CF 4.0',
      },
    ],
    form: 'ob3',
    report: { file, status: 'verified', checks },
  };
  fakeState.badges.unshift(badge);
  evidence.keepEvidence(id, files);
  fakeState.info.counts.badges = fakeState.badges.filter((b) => b.item.kind !== 'self-declared').length;
  fakeState.info.counts.selfDeclared = fakeState.badges.filter((b) => b.item.kind === 'self-declared').length;
  return { file, outcome: 'imported', id, report: structuredClone(badge.report) };
}

/** A profile with nothing filled in. */
export function emptyProfile(): Profile {
  return { name: '', emails: [], languages: [], region: '', municipality: '', postcode: '', photo: null };
}

/** The same lists as crates/wallet/src/profile.rs (a test compares them with the locales). */
export const PROFILE_CHOICES: ProfileChoices = {
  languages: ['fr', 'nl', 'en', 'de', 'bg', 'cs', 'da', 'el', 'es', 'et', 'fi', 'ga', 'hr', 'hu', 'it', 'lt',
    'lv', 'mt', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ar', 'tr', 'ru', 'uk', 'zh', 'sq', 'ln', 'fa'],
  levels: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'],
  regions: ['BE-WAL', 'BE-VLG', 'BE-BRU', 'FR-HDF', 'other'],
};

/** A 1×1 grey PNG standing in for the photo the wallet would re-encode. */
const FAKE_PHOTO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';

/** A rough copy of the Rust rules (crates/wallet/src/profile.rs), enough for previews and tests. */
function setFakeProfile(input: ProfileInput): Profile {
  const clean: string[] = [];
  for (const raw of input.emails) {
    const email = raw.trim();
    if (email === '') continue;
    if (!/^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(email)) {
      throw new FakeFailure({ code: 'invalid-email', args: { value: email } });
    }
    if (!clean.some((c) => c.toLowerCase() === email.toLowerCase())) clean.push(email);
  }
  const languages: LanguageSkill[] = [];
  for (const l of input.languages) {
    if (!PROFILE_CHOICES.languages.includes(l.language)) {
      throw new FakeFailure({ code: 'invalid-profile', args: { field: 'language', value: l.language } });
    }
    if (!PROFILE_CHOICES.levels.includes(l.level)) {
      throw new FakeFailure({ code: 'invalid-profile', args: { field: 'level', value: l.level } });
    }
    if (!languages.some((k) => k.language === l.language)) languages.push({ ...l });
  }
  const postcode = input.postcode.trim().toUpperCase();
  const belgian = input.region.startsWith('BE-');
  if (postcode !== '' && ((belgian && !/^\d{4}$/.test(postcode)) || (input.region === 'FR-HDF' && !/^(02|59|60|62|80)\d{3}$/.test(postcode)))) {
    throw new FakeFailure({ code: 'invalid-profile', args: { field: 'postcode', value: postcode } });
  }
  fakeState.profile = {
    ...fakeState.profile,
    name: input.name.trim(),
    emails: clean,
    languages,
    region: input.region,
    municipality: input.municipality.trim(),
    postcode,
  };
  return structuredClone(fakeState.profile);
}

/** The FAKE role profile of the preview: a few competences of the real one, with made-up titles. */
const FAKE_PROFILE_TARGETS = [
  { code: 'E.2', title: 'FAKE Project and Portfolio Management', core: true, target: 4 },
  { code: 'A.4', title: 'FAKE Product / Service Planning', core: false, target: 3 },
  { code: 'E.3', title: 'FAKE Risk Management', core: false, target: 3 },
  { code: 'D.9', title: 'FAKE Personnel Development', core: false, target: 2 },
];

const SUPPORT_RANK = ['none', 'self-declared', 'endorsed', 'verified-badge'];

/**
 * A rough copy of Rust's review (crates/wallet/src/review.rs): the fake badges aligned
 * to each competence (by `alignments[].targetCode`), their level read from the name.
 */
function fakeReview(profileId: string): ReviewDto | null {
  if (profileId !== 'ict-project-manager') return null;
  const items = FAKE_PROFILE_TARGETS.map(({ code, title, core, target }) => {
    let support = 'none';
    let current: number | null = null;
    const sources = [];
    for (const badge of fakeState.badges) {
      if (badge.item.status === 'failed' || !badge.alignments.some((a) => a.targetCode === code)) continue;
      const endorsed = badge.item.endorsements.length > 0;
      const kind =
        badge.item.kind === 'self-declared'
          ? endorsed
            ? 'endorsed'
            : 'self-declared'
          : badge.item.status === 'verified'
            ? 'verified-badge'
            : 'endorsed';
      const found = /\be-([1-5])\b/.exec(badge.item.name);
      const level = found ? Number(found[1]) : null;
      if (SUPPORT_RANK.indexOf(kind) > SUPPORT_RANK.indexOf(support)) support = kind;
      if (level !== null && (current === null || level > current)) current = level;
      sources.push({ id: badge.item.id, name: badge.item.name, support: kind, level });
    }
    return { code, title, core, target, current, support, sources };
  });
  return { profileId, profileTitle: 'FAKE ICT project manager (preview)', items };
}

// ---- Endorsing (desktop): rough copies of crates/wallet/src/endorsing.rs ----

/** The bounds of crates/wallet/src/endorsing.rs. */
const MAX_COMMENT_CHARS = 2000;
const MAX_NAME_CHARS = 200;

function boundedText(field: string, text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new FakeFailure({ code: 'invalid-declaration', args: { field, value: '' } });
  if ([...trimmed].length > max) throw new FakeFailure({ code: 'text-too-long', args: { field, max: String(max) } });
  return trimmed;
}

const notEndorsable = (reason: string): FakeFailure => new FakeFailure({ code: 'not-endorsable', args: { reason } });

/** What a file "is", from its name only: tampered → failed, .txt → not a badge, endorsement → refused. */
function endorsementTarget(path: string): EndorsementTarget {
  if (/missing/i.test(path)) throw new FakeFailure({ code: 'read-file', args: { path, detail: 'FAKE: no such file' } });
  if (/\.txt$/i.test(path)) throw notEndorsable('not-a-badge');
  if (/tampered/i.test(path)) throw notEndorsable('failed');
  if (/endorsement/i.test(path)) throw notEndorsable('endorsement');
  const name = nameFromFile(path);
  const selfDeclared = /skill/i.test(path);
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    file: path,
    name,
    issuer: selfDeclared ? 'FAKE Amélie Dubois' : 'FAKE Issuer of the preview',
    selfDeclared,
    status: /expired/i.test(path) ? 'warning' : 'verified',
    report: { file: path, status: 'verified', checks: goodChecks('json', null, false) },
    suggestedFileName: slug ? `endorsement-${slug}.json` : 'endorsement.json',
  };
}

function endorseFile(path: string, comment: string, out: string): EndorsementSaved {
  const text = boundedText('comment', comment, MAX_COMMENT_CHARS);
  const target = endorsementTarget(path);
  if (out === path) throw new FakeFailure({ code: 'write-file', args: { path: out, detail: 'FAKE: this is the file being endorsed' } });
  const keys = fakeState.keys;
  if (keys.kind === 'file' && keys.unlocked === null) throw new FakeFailure({ code: 'passphrase-needed', args: {} });
  if (keys.kind === 'file' && keys.filePassphrase === null) keys.filePassphrase = keys.unlocked;
  fakeState.written[out] = JSON.stringify({ fake: 'endorsement', of: target.name, comment: text, by: fakeState.profile.name });
  return { path: out, endorsedName: target.name, endorserId: FAKE_HOLDER_DID };
}

function endorseHeld(id: string, keyFile: string, passphrase: string, endorserName: string, comment: string): ImportResult {
  const name = boundedText('endorser', endorserName, MAX_NAME_CHARS);
  const text = boundedText('comment', comment, MAX_COMMENT_CHARS);
  const badge = fakeState.badges.find((b) => b.item.id === id);
  if (!badge) throw new FakeFailure({ code: 'no-such-badge', args: { id } });
  if (badge.item.status === 'failed') throw notEndorsable('failed');
  const file = fakeState.keyFiles[keyFile];
  if (!file) throw new FakeFailure({ code: 'key-file', args: { path: keyFile, detail: 'FAKE: no such file' } });
  if (file.corrupt) throw new FakeFailure({ code: 'key-file-corrupt', args: { path: keyFile, detail: 'FAKE: damaged' } });
  if (passphrase === '') throw new FakeFailure({ code: 'passphrase-needed', args: {} });
  if (passphrase !== file.passphrase) throw new FakeFailure({ code: 'wrong-passphrase', args: {} });
  if (file.did === FAKE_HOLDER_DID) throw new FakeFailure({ code: 'self-endorsement', args: {} });
  badge.item.endorsements.push({
    id: `fake-endorsement-${badge.item.endorsements.length + 1}-${id}`,
    endorserId: file.did,
    endorserName: name,
    comment: text,
    issuedAt: fakeState.now(),
    status: 'verified',
  });
  countBadges();
  return { file: 'endorsement', outcome: 'endorsement', id, report: { file: 'endorsement', status: 'verified', checks: [] } };
}

function exportSigningKey(out: string, newPassphrase: string | null): SigningKeyCopy {
  const keys = fakeState.keys;
  if (keys.kind === 'os') {
    if (!newPassphrase) throw new FakeFailure({ code: 'passphrase-needed', args: {} });
    if ([...newPassphrase].length < MIN_PASSPHRASE_CHARS) {
      throw new FakeFailure({ code: 'passphrase-too-short', args: { min: String(MIN_PASSPHRASE_CHARS) } });
    }
  } else {
    if (keys.unlocked === null) throw new FakeFailure({ code: 'passphrase-needed', args: {} });
    if (keys.filePassphrase === null) keys.filePassphrase = keys.unlocked;
  }
  const passphrase = keys.kind === 'os' ? (newPassphrase ?? '') : (keys.filePassphrase ?? '');
  fakeState.written[out] = 'FAKE key file';
  fakeState.keyFiles[out] = { passphrase, did: FAKE_HOLDER_DID };
  return { path: out, did: FAKE_HOLDER_DID, store: keys.kind };
}

/** The signing key for a bundle: as `open_keys`, a passphrase opens the key file (or the one of `unlockKeys`). */
function bundleKeys(passphrase: string | null): void {
  if (passphrase !== null) unlockKeys(passphrase);
  const keys = fakeState.keys;
  if (keys.kind === 'file' && keys.unlocked === null) throw new FakeFailure({ code: 'passphrase-needed', args: {} });
  if (keys.kind === 'file' && keys.filePassphrase === null) keys.filePassphrase = keys.unlocked;
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
  pickSaveFile: (suggestedName) =>
    answer('pickSaveFile', () => (fakeState.savePath === undefined ? `/tmp/${suggestedName}` : fakeState.savePath)),
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
  setProfile: (input) => answer('setProfile', () => setFakeProfile(input)),
  setPhoto: (path) =>
    answer('setPhoto', () => {
      if (path !== null && !/\.(png|jpe?g|webp|gif)$/i.test(path)) {
        throw new FakeFailure({ code: 'invalid-photo', args: { reason: 'unsupported' } });
      }
      fakeState.profile.photo = path === null ? null : FAKE_PHOTO;
      return structuredClone(fakeState.profile);
    }),
  profileChoices: () => answer('profileChoices', () => structuredClone(PROFILE_CHOICES)),
  review: (profileId) => answer('review', () => fakeReview(profileId)),
  addAppointmentNote: (counsellor, text) =>
    answer('addAppointmentNote', () => {
      if (counsellor.trim() === '') throw new FakeFailure({ code: 'invalid-declaration', args: { field: 'counsellor', value: '' } });
      if (text.trim() === '') throw new FakeFailure({ code: 'invalid-declaration', args: { field: 'note', value: '' } });
      const note = { id: fakeState.notes.length + 1, createdAt: fakeState.now(), counsellor: counsellor.trim(), text: text.trim() };
      fakeState.notes.unshift(note);
      return structuredClone(note);
    }),
  appointmentNotes: () => answer('appointmentNotes', () => structuredClone(fakeState.notes)),
  loadDemo: () =>
    answer('loadDemo', () => {
      const results = fakeSamples().map((badge) => store(badge.report.file, badge));
      countBadges();
      return results;
    }),
  searchCompetences: (query) => answer('searchCompetences', () => searchCompetences(query)),
  ecfLevels: () => answer('ecfLevels', () => ecfLevels()),
  keyStoreInfo: () => answer('keyStoreInfo', () => keyStoreInfo()),
  unlockKeys: (passphrase) => answer('unlockKeys', () => unlockKeys(passphrase)),
  declareSkill: (input) => answer('declareSkill', () => declareSkill(input)),
  checkEvidenceFile: (path) => answer('checkEvidenceFile', () => evidence.checkEvidenceFile(path)),
  evidenceFiles: (id) =>
    answer('evidenceFiles', () => {
      if (!fakeState.badges.some((b) => b.item.id === id)) throw new FakeFailure({ code: 'no-such-badge', args: { id } });
      return evidence.evidenceFiles(id);
    }),
  saveEvidence: (id, evidenceId, path) => answer('saveEvidence', () => evidence.saveEvidence(id, evidenceId, path)),
  endorsementTarget: (path) => answer('endorsementTarget', () => endorsementTarget(path)),
  endorseFile: (path, comment, out) => answer('endorseFile', () => endorseFile(path, comment, out)),
  endorseHeld: (id, keyFile, passphrase, endorserName, comment) =>
    answer('endorseHeld', () => endorseHeld(id, keyFile, passphrase, endorserName, comment)),
  exportSigningKey: (out, newPassphrase) => answer('exportSigningKey', () => exportSigningKey(out, newPassphrase)),
  backupWallet: (out, passphrase) =>
    answer('backupWallet', () => backup.backupWallet(out, passphrase, fakeState.badges, fakeState.info)),
  restoreBackup: (path, passphrase) =>
    answer('restoreBackup', () => {
      const summary = backup.restoreBackup(path, passphrase, fakeState.badges, fakeState.info);
      countBadges();
      return { ...summary, counts: { ...fakeState.info.counts } };
    }),
  recommendTrainings: (profileId, filters) =>
    answer('recommendTrainings', () =>
      trainings.fakeRecommend(profileId, filters, fakeReview(profileId)?.items ?? null, fakeState.profile, settings().effectiveLanguage),
    ),
  addToPlan: (id) => answer('addToPlan', () => trainings.fakeAddToPlan(id, fakeState.now(), settings().effectiveLanguage)),
  removeFromPlan: (id) => answer('removeFromPlan', () => trainings.fakeRemoveFromPlan(id, settings().effectiveLanguage)),
  trainingPlan: () => answer('trainingPlan', () => trainings.fakePlan(settings().effectiveLanguage)),
  importTrainings: (path) => answer('importTrainings', () => trainings.fakeImportTrainings(path)),
  trainingOffer: (id) => answer('trainingOffer', () => trainings.fakeOffer(id, settings().effectiveLanguage)),
  learningPlaces: () => answer('learningPlaces', () => trainings.fakePlaces()),
  cvContent: () => answer('cvContent', () => structuredClone(cv.fakeCv.content)),
  saveCvContent: (content) => answer('saveCvContent', () => cv.saveCvContent(content)),
  cvBadgeChoices: () => answer('cvBadgeChoices', () => cv.cvBadgeChoices(fakeState.badges)),
  cvPreview: (language, badges, width) => answer('cvPreview', () => cv.cvPreview(language, badges, width, fakeState.badges)),
  exportCv: (language, format, badges, out) =>
    answer('exportCv', () => cv.exportCv(language, format, badges, out, fakeState.badges)),
  exportBundle: (ids, out, language, passphrase) =>
    answer('exportBundle', () => {
      bundleKeys(passphrase);
      return cv.exportBundle(ids, out, language, fakeState.badges, FAKE_HOLDER_DID);
    }),
};
