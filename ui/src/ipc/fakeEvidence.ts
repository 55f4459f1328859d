/**
 * The fake backend's evidence files (see ./fake.ts): the rules of
 * crates/wallet/src/evidence.rs, played on made-up files. A "file" is a path; what
 * it holds is told by `fakeEvidence.files[path]` (tests set it) or guessed from the
 * extension. Nothing is read from disk.
 */
import type { AppError, EvidenceDto } from './bindings';
import { FakeFailure } from './fake';

/** As in Rust: at most 20 MiB per file, at most 10 files per skill, names of at most 120 characters. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 10;
const MAX_NAME_CHARS = 120;

/** What a made-up file holds. */
export interface FakeEvidenceFile {
  /** A stand-in for the bytes: the same text means the same file (same id). */
  content: string;
  size: number;
  /** `null`: not a kind of file Passerelle keeps (a renamed program, say). */
  mediaType: string | null;
}

export interface FakeEvidenceState {
  /** Files the tests describe, by path; a path not here is guessed from its extension. */
  files: Record<string, FakeEvidenceFile>;
  /** Paths that cannot be read (gone, no permission). */
  unreadable: string[];
  /** The evidence kept for each credential, by credential id. */
  byCredential: Record<string, EvidenceDto[]>;
  /** The copies "Save a copy" wrote: path -> evidence id. */
  saved: Record<string, string>;
}

function initialState(): FakeEvidenceState {
  return { files: {}, unreadable: [], byCredential: {}, saved: {} };
}

export const fakeEvidence: FakeEvidenceState = initialState();

export function resetFakeEvidence(): void {
  Object.assign(fakeEvidence, initialState());
}

const BY_EXTENSION: Record<string, [string, string]> = {
  pdf: ['application/pdf', 'pdf'],
  png: ['image/png', 'png'],
  jpg: ['image/jpeg', 'jpg'],
  jpeg: ['image/jpeg', 'jpg'],
  webp: ['image/webp', 'webp'],
  txt: ['text/plain; charset=utf-8', 'txt'],
  odt: ['application/vnd.oasis.opendocument.text', 'odt'],
  ods: ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
};

function extensionOf(mediaType: string): string {
  return Object.values(BY_EXTENSION).find(([type]) => type === mediaType)?.[1] ?? '';
}

/** The base name, cleaned as in Rust's `clean_name`. */
export function cleanName(path: string): string {
  const base = path.split(/[/\\]/).filter((s) => s.trim() !== '').pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
  const trimmed = cleaned.trim().replace(/^\.+/, '').trim() || 'evidence';
  return [...trimmed].length <= MAX_NAME_CHARS ? trimmed : [...trimmed].slice(0, MAX_NAME_CHARS).join('');
}

/** A made-up hex "SHA-256" of a made-up content (stable, 64 characters). */
function fakeHash(content: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (const ch of `${round}:${content}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

function describe(path: string): FakeEvidenceFile {
  const known = fakeEvidence.files[path];
  if (known) return known;
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  const mediaType = BY_EXTENSION[ext]?.[0] ?? null;
  return { content: path, size: 1000 + [...path].length * 37, mediaType };
}

function bad(name: string, reason: string): FakeFailure {
  const error: AppError = {
    code: 'bad-evidence-file',
    args: { name, reason, max_mib: String(EVIDENCE_MAX_BYTES / (1024 * 1024)) },
  };
  return new FakeFailure(error);
}

/** `check_evidence_file`: the file as the wallet would keep it, or why not. */
export function checkEvidenceFile(path: string): EvidenceDto {
  const name = cleanName(path);
  if (fakeEvidence.unreadable.includes(path)) throw bad(name, 'unreadable');
  const file = describe(path);
  if (file.size === 0) throw bad(name, 'empty');
  if (file.size > EVIDENCE_MAX_BYTES) throw bad(name, 'too-large');
  if (file.mediaType === null) throw bad(name, 'type');
  const id = fakeHash(file.content);
  return {
    id,
    name,
    mediaType: file.mediaType,
    extension: extensionOf(file.mediaType),
    size: file.size,
    uri: `ni:///sha-256;FAKE-${id.slice(0, 16)}`,
  };
}

/** Every file checked before anything is kept; the same content twice is kept once. */
export function checkEvidenceFiles(paths: string[]): EvidenceDto[] {
  if (paths.length > EVIDENCE_MAX_FILES) {
    throw new FakeFailure({ code: 'too-many-evidence-files', args: { max: String(EVIDENCE_MAX_FILES) } });
  }
  const out: EvidenceDto[] = [];
  for (const path of paths) {
    const file = checkEvidenceFile(path);
    if (!out.some((f) => f.id === file.id)) out.push(file);
  }
  return out;
}

export function keepEvidence(credentialId: string, files: EvidenceDto[]): void {
  if (files.length > 0) fakeEvidence.byCredential[credentialId] = structuredClone(files);
}

export function evidenceFiles(credentialId: string): EvidenceDto[] {
  return structuredClone(fakeEvidence.byCredential[credentialId] ?? []);
}

export function saveEvidence(credentialId: string, evidenceId: string, path: string): EvidenceDto {
  const file = (fakeEvidence.byCredential[credentialId] ?? []).find((f) => f.id.startsWith(evidenceId));
  if (!file || evidenceId.length < 8) throw new FakeFailure({ code: 'no-such-evidence', args: { id: evidenceId } });
  fakeEvidence.saved[path] = file.id;
  return structuredClone(file);
}
