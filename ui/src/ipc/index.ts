/**
 * The UI's only door to Rust (DESIGN.md, "IPC and UI"). Every command returns its
 * data or throws an `AppError` (`{ code, args }`); the words for an error come
 * from `locales/*\/errors.ftl` under `error-<code>` (see lib/i18n.svelte.ts).
 *
 * Outside Tauri (a plain browser during `npm run dev`, or Vitest) the calls go to
 * a small in-memory fake, ./fake.ts.
 */
import { isTauri as runningInTauri } from '@tauri-apps/api/core';
import { getCurrentWebview } from '@tauri-apps/api/webview';

import { commands, events } from './bindings';
import type {
  AppError,
  AppointmentNote,
  BadgeDetail,
  BadgeItem,
  CompetenceDto,
  BundleSummary,
  CvBadgeChoice,
  CvExportResult,
  CvPreview,
  DeclarationInput,
  EndorsementSaved,
  EndorsementTarget,
  EvidenceDto,
  FileFilter,
  ImportProgress,
  ImportResult,
  KeyStoreInfo,
  Language,
  LevelDto,
  OfferDetail,
  PlaceDto,
  PlanItem,
  Profile,
  ProfileChoices,
  ProfileInput,
  RecommendationDto,
  ReviewDto,
  Settings,
  SigningKeyCopy,
  Theme,
  TrainingFilters,
  TrainingsImportSummary,
  WalletInfo,
  BackupSummary,
  RestoreSummary,
} from './bindings';
import { fakeCommands, fakeEvents, type FileDrop } from './fake';
import { fullContent, type CvContent } from './cvContent';
import type { Result } from './result';

export type {
  AlignmentDto as Alignment,
  AppError,
  AppointmentNote,
  BackupSummary,
  BadgeDetail,
  BadgeItem,
  CheckDto,
  CompetenceDto as Competence,
  Counts,
  DeclarationInput,
  EndorsementDto as Endorsement,
  EndorsementSaved,
  EndorsementTarget,
  EvidenceDto as Evidence,
  FileFilter,
  FileReport,
  ImportProgress,
  ImportResult,
  KeyStoreInfo,
  Language,
  LevelDto as Level,
  NarrativeInput as Narrative,
  LanguageSkill,
  Profile,
  ProfileChoices,
  ProfileInput,
  ReviewDto as Review,
  ReviewItem,
  ReviewSource,
  Settings,
  SigningKeyCopy,
  Theme,
  WalletInfo,
  FundingDto,
  OfferCompetenceDto,
  OfferDetail,
  OfferLocationDto,
  OfferSessionDto,
  PlaceDto,
  PlanItem,
  ReasonDto,
  RecommendationDto,
  RecommendedOffer,
  RestoreCount,
  RestoreSummary,
  TextIn,
  TrainingFilters,
  TrainingsImportSummary,
} from './bindings';
export type { FileDrop } from './fake';
export type { Result } from './result';

/** Stops listening to an event. */
export type Unlisten = () => void;

/** True inside the Tauri webview, false in a plain browser or in tests. */
export function isTauri(): boolean {
  return runningInTauri();
}

function backend(): typeof commands {
  return isTauri() ? commands : fakeCommands;
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.args === 'object' && v.args !== null;
}

/** Any failure as an `AppError`; what is not one becomes `unexpected` with a detail. */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  const detail = value instanceof Error ? value.message : String(value);
  return { code: 'unexpected', args: { detail } };
}

/** The data of a command's result, or throw its error. */
export function unwrap<T>(result: Result<T, AppError>): T {
  if (result.status === 'ok') return result.data;
  throw toAppError(result.error);
}

async function run<T>(call: () => Promise<Result<T, AppError>>): Promise<T> {
  let result: Result<T, AppError>;
  try {
    result = await call();
  } catch (e) {
    throw toAppError(e);
  }
  return unwrap(result);
}

export const walletInfo = (): Promise<WalletInfo> => run(() => backend().walletInfo());
export const getSettings = (): Promise<Settings> => run(() => backend().getSettings());
/** Choose the interface language; `null` follows the system again. */
export const setLanguage = (language: Language | null): Promise<Settings> =>
  run(() => backend().setLanguage(language));
export const setTheme = (theme: Theme): Promise<Settings> => run(() => backend().setTheme(theme));
export const getProfile = (): Promise<Profile> => run(() => backend().getProfile());
/** Save the holder's profile (not the photo); every badge is checked again when the addresses change. */
export const setProfile = (input: ProfileInput): Promise<Profile> => run(() => backend().setProfile(input));
/** Use the image file at `path` as the holder's photo (re-encoded by the wallet); `null` removes it. */
export const setPhoto = (path: string | null): Promise<Profile> => run(() => backend().setPhoto(path));
/** The language codes, CEFR levels and regions the profile form offers. */
export const profileChoices = (): Promise<ProfileChoices> => run(() => backend().profileChoices());
export const pickFiles = (filters: FileFilter[]): Promise<string[]> =>
  run(() => backend().pickFiles(filters));
/** Ask where to save a file ("save as"); `null` when the person cancels. */
export const pickSaveFile = (suggestedName: string, filters: FileFilter[]): Promise<string | null> =>
  run(() => backend().pickSaveFile(suggestedName, filters));
/** Tell the shell the first screen is painted; returns milliseconds since launch. */
export const uiReady = (): Promise<number> => run(() => backend().uiReady());

/** Verify and import files; `importProgress` events tell how far it is. Cancel with `cancelImport`. */
export const importFiles = (paths: string[]): Promise<ImportResult[]> => run(() => backend().importFiles(paths));
/** Stop a running `importFiles`: the files not yet processed are skipped. */
export const cancelImport = (): Promise<null> => run(() => backend().cancelImport());
/** Verify and import pasted text (JSON or a JWT). */
export const importText = (text: string): Promise<ImportResult> => run(() => backend().importText(text));
/** The wallet's badges; `search` is accent- and case-insensitive, `status` is verified, warning or failed. */
export const listBadges = (search: string | null, status: string | null): Promise<BadgeItem[]> =>
  run(() => backend().listBadges(search, status));
export const badgeDetail = (id: string): Promise<BadgeDetail> => run(() => backend().badgeDetail(id));
/** Verify one badge again now (all of them with `null`); returns the updated items. */
export const reverify = (id: string | null): Promise<BadgeItem[]> => run(() => backend().reverify(id));
/** Fill the wallet with sample data: DEMO badges, a self-declared skill, an endorsement and the sample badges. */
export const loadDemo = (): Promise<ImportResult[]> => run(() => backend().loadDemo());

/** e-CF competences (and ESCO skills, for reference) matching words or a code, in the interface language. */
export const searchCompetences = (query: string): Promise<CompetenceDto[]> =>
  run(() => backend().searchCompetences(query));
/** The five e-CF levels with Passerelle's plain-language descriptions, in the interface language. */
export const ecfLevels = (): Promise<LevelDto[]> => run(() => backend().ecfLevels());
/** Where the holder's signing key is kept, and whether a passphrase is needed before signing. */
export const keyStoreInfo = (): Promise<KeyStoreInfo> => run(() => backend().keyStoreInfo());
/** Check the key file's passphrase (or accept a new one) and keep it in memory for this session. */
export const unlockKeys = (passphrase: string): Promise<null> => run(() => backend().unlockKeys(passphrase));
/** Sign a self-declared skill with the holder's key and keep it in the wallet. */
export const declareSkill = (input: DeclarationInput): Promise<ImportResult> =>
  run(() => backend().declareSkill(input));
/** Check a file picked as evidence (kind recognised from its bytes, size) before declaring; nothing is stored. */
export const checkEvidenceFile = (path: string): Promise<EvidenceDto> => run(() => backend().checkEvidenceFile(path));
/** The evidence files kept in the wallet for the credential `id`, in the order they were given. */
export const evidenceFiles = (id: string): Promise<EvidenceDto[]> => run(() => backend().evidenceFiles(id));
/** Write a copy of one evidence file of the credential `id` to `path` ("Save a copy"). */
export const saveEvidence = (id: string, evidenceId: string, path: string): Promise<EvidenceDto> =>
  run(() => backend().saveEvidence(id, evidenceId, path));

/** Endorsing: verify a credential file someone wants endorsed and say what it is (nothing is stored). */
export const endorsementTarget = (path: string): Promise<EndorsementTarget> =>
  run(() => backend().endorsementTarget(path));
/** Endorsing: sign an endorsement of the file at `path` with the holder's own key and write it to `out`. */
export const endorseFile = (path: string, comment: string, out: string): Promise<EndorsementSaved> =>
  run(() => backend().endorseFile(path, comment, out));
/**
 * Endorsing in the holder's wallet: sign with someone else's portable key file (opened read-only
 * with `passphrase`, nothing of it kept) and attach the endorsement to credential `id`.
 */
export const endorseHeld = (
  id: string,
  keyFile: string,
  passphrase: string,
  endorserName: string,
  comment: string,
): Promise<ImportResult> => run(() => backend().endorseHeld(id, keyFile, passphrase, endorserName, comment));
/** Save a portable copy of the holder's signing key; `newPassphrase` protects it when the key is in the system keyring. */
export const exportSigningKey = (out: string, newPassphrase: string | null): Promise<SigningKeyCopy> =>
  run(() => backend().exportSigningKey(out, newPassphrase));

/** Write an encrypted backup of the whole wallet to `out`, sealed with a new `passphrase` (typed twice in the UI). */
export const backupWallet = (out: string, passphrase: string): Promise<BackupSummary> =>
  run(() => backend().backupWallet(out, passphrase));
/** Merge the backup at `path` into the wallet: what it lacks is added, nothing is replaced; nothing changes on error. */
export const restoreBackup = (path: string, passphrase: string): Promise<RestoreSummary> =>
  run(() => backend().restoreBackup(path, passphrase));

/** The portfolio against a role profile (such as `ict-project-manager`), in the interface language; `null` for an unknown profile. */
export const review = (profileId: string): Promise<ReviewDto | null> => run(() => backend().review(profileId));
/** Keep a note written during an appointment; an empty name or text is refused (`invalid-declaration`). */
export const addAppointmentNote = (counsellor: string, text: string): Promise<AppointmentNote> =>
  run(() => backend().addAppointmentNote(counsellor, text));
/** The appointment notes, newest first. */
export const appointmentNotes = (): Promise<AppointmentNote[]> => run(() => backend().appointmentNotes());

/** Trainings: offers that close the gap to the role profile `profileId`, ranked, with their reasons (best 100). */
export const recommendTrainings = (profileId: string, filters: TrainingFilters): Promise<RecommendationDto[]> =>
  run(() => backend().recommendTrainings(profileId, filters));
/** Trainings: add an offer to the learner's plan; returns the plan. */
export const addToPlan = (id: string): Promise<PlanItem[]> => run(() => backend().addToPlan(id));
/** Trainings: take an offer out of the plan; returns the plan. */
export const removeFromPlan = (id: string): Promise<PlanItem[]> => run(() => backend().removeFromPlan(id));
/** Trainings: the learner's plan, oldest first. */
export const trainingPlan = (): Promise<PlanItem[]> => run(() => backend().trainingPlan());
/** Trainings: import a catalogue file (Passerelle JSON, LHEO XML or the CSV template); nothing is stored on error. */
export const importTrainings = (path: string): Promise<TrainingsImportSummary> => run(() => backend().importTrainings(path));
/** Trainings: everything about one offer (the offer page), in the interface language. */
export const trainingOffer = (id: string): Promise<OfferDetail> => run(() => backend().trainingOffer(id));
/** Trainings: the learning places of the region (list and map). */
export const learningPlaces = (): Promise<PlaceDto[]> => run(() => backend().learningPlaces());

export type { BundleSummary, CvBadgeChoice, CvExportResult, CvPreview };
/** The formats `exportCv` writes. */
export type CvFormat = 'pdf' | 'europass' | 'json-resume';
export type { CvContent, CvEntry, CvTexts } from './cvContent';

/** CV: what the holder wrote for it (target job, summary, experience, education…). */
export const cvContent = async (): Promise<CvContent> => fullContent(await run(() => backend().cvContent()));
/** CV: replace what the holder wrote (checked first: `invalid-cv` names the field); returns it as kept. */
export const saveCvContent = async (content: CvContent): Promise<CvContent> =>
  fullContent(await run(() => backend().saveCvContent(content)));
/** CV: the badges the learner may put on the CV or in a bundle (the suggested ones to tick first). */
export const cvBadgeChoices = (): Promise<CvBadgeChoice[]> => run(() => backend().cvBadgeChoices());
/** CV: the pages in `language` as PNG data URLs `width` pixels wide; `badges` `null` means the suggested ones. */
export const cvPreview = (language: Language, badges: string[] | null, width: number): Promise<CvPreview> =>
  run(() => backend().cvPreview(language, badges, width));
/** CV: write the CV in `language` and `format` to `out` (chosen with `pickSaveFile`). */
export const exportCv = (language: Language, format: CvFormat, badges: string[] | null, out: string): Promise<CvExportResult> =>
  run(() => backend().exportCv(language, format, badges, out));
/**
 * A verifiable badge bundle (zip) of the badges `ids`, signed with the holder's key, its page in `language`.
 * `passphrase` opens the key file when the key is kept there (or `null` after `unlockKeys`).
 * Never call it with no ids: the wallet then puts in every badge.
 */
export const exportBundle = (ids: string[], out: string, language: Language, passphrase: string | null): Promise<BundleSummary> =>
  run(() => backend().exportBundle(ids, out, language, passphrase));

/** Call `callback` with each progress report of a running import, until the returned function is called. */
export async function onImportProgress(callback: (progress: ImportProgress) => void): Promise<Unlisten> {
  if (!isTauri()) return fakeEvents.importProgress.listen(callback);
  return events.importProgress.listen((event) => callback(event.payload));
}

/**
 * Follow files dragged over the window: `over` while they hover (show a drop
 * target), `leave` when they go away, `drop` with their paths.
 */
export async function onFilesDropped(callback: (drop: FileDrop) => void): Promise<Unlisten> {
  if (!isTauri()) return fakeEvents.fileDrop.listen(callback);
  return getCurrentWebview().onDragDropEvent((event) => {
    const payload = event.payload;
    if (payload.type === 'drop') callback({ type: 'drop', paths: payload.paths });
    else if (payload.type === 'leave') callback({ type: 'leave' });
    else callback({ type: 'over' });
  });
}
