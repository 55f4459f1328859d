/**
 * The fake backend's CV and badge bundle (see ./fake.ts): the rules of
 * crates/wallet/src/cv.rs played on what the holder wrote, a made-up preview (grey
 * bars standing for lines of text, drawn into a small PNG here: no layout engine),
 * and exports that "write" nothing but a record in `fakeCv.written`. Nothing is read
 * from or written to disk.
 */
import type {
  BadgeDetail,
  BundleSummary,
  CvBadgeChoice,
  CvContent as CvContentDto,
  CvExportResult,
  CvPreview,
  Language,
} from './bindings';
import { fullContent, type CvContent, type CvEntry, type CvTexts } from './cvContent';
import { FakeFailure } from './fake';

/** As in crates/wallet/src/cv.rs. */
export const CV_MAX_SHORT_TEXT = 200;
export const CV_MAX_LONG_TEXT = 2000;
export const CV_MAX_ENTRIES = 30;
const MAX_DIGITAL_SKILLS = 40;
const MAX_DIGITAL_SKILL_LEN = 80;

export interface FakePreviewRequest {
  language: Language;
  badges: string[] | null;
  width: number;
}

export interface FakeCvState {
  /** What the holder wrote, as the wallet keeps it. */
  content: CvContent;
  /** Every `cvPreview` call, oldest first (tests read what was asked). */
  previews: FakePreviewRequest[];
  /** Every `saveCvContent` call that was kept, oldest first. */
  saves: CvContent[];
  /** The files the exports "wrote", by path: what each one is. */
  written: Record<string, { kind: 'cv' | 'bundle'; language: Language; format: string; badges: string[] | null }>;
  /** Awaited before each preview is answered (tests hold a preview half-way with it). */
  beforePreview: (() => Promise<void>) | null;
}

export function emptyCvContent(): CvContent {
  return {
    email: '',
    phone: '',
    targetJob: { en: '', fr: '', nl: '' },
    summary: { en: '', fr: '', nl: '' },
    experience: [],
    education: [],
    digitalSkills: [],
  };
}

function initialState(): FakeCvState {
  return { content: emptyCvContent(), previews: [], saves: [], written: {}, beforePreview: null };
}

export const fakeCv: FakeCvState = initialState();

export function resetFakeCv(): void {
  Object.assign(fakeCv, initialState());
}

const invalid = (field: string, value: string): FakeFailure => new FakeFailure({ code: 'invalid-cv', args: { field, value } });

function cleanText(text: string, max: number): string {
  const trimmed = text.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(trimmed.replace(/\r\n/g, '\n'))) {
    throw invalid('text', String([...trimmed].length));
  }
  const count = [...trimmed].length;
  if (count > max) throw invalid('text', String(count));
  return trimmed.replace(/\r\n/g, '\n');
}

const cleanTexts = (texts: CvTexts, max: number): CvTexts => ({
  en: cleanText(texts.en, max),
  fr: cleanText(texts.fr, max),
  nl: cleanText(texts.nl, max),
});

function validMonth(value: string): boolean {
  const found = /^(\d{4})-(\d{2})$/.exec(value);
  if (!found) return false;
  const year = Number(found[1]);
  const month = Number(found[2]);
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12;
}

function cleanEntry(entry: CvEntry): CvEntry {
  const start = entry.start.trim();
  const end = entry.end.trim();
  if (!validMonth(start)) throw invalid('date', start);
  if (end !== '' && !validMonth(end)) throw invalid('date', end);
  if (end !== '' && end < start) throw invalid('period', end);
  return {
    start,
    end,
    organisation: cleanText(entry.organisation, CV_MAX_SHORT_TEXT),
    place: cleanText(entry.place, CV_MAX_SHORT_TEXT),
    title: cleanTexts(entry.title, CV_MAX_SHORT_TEXT),
    description: cleanTexts(entry.description, CV_MAX_LONG_TEXT),
  };
}

/** A rough copy of `cv::clean`: the content tidied, or the first problem as `invalid-cv`. */
export function cleanCvContent(content: CvContent): CvContent {
  const email = content.email.trim();
  if (email !== '' && !/^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(email)) throw invalid('email', email);
  const phone = content.phone.trim();
  const digits = (phone.match(/\d/g) ?? []).length;
  if (phone !== '' && ([...phone].length > 40 || digits < 6 || !/^[\d +()\-./]+$/.test(phone))) {
    throw invalid('phone', phone);
  }
  for (const list of [content.experience, content.education]) {
    if (list.length > CV_MAX_ENTRIES) throw invalid('entries', String(list.length));
  }
  const digitalSkills: string[] = [];
  for (const raw of content.digitalSkills) {
    const skill = raw.trim();
    if (skill === '') continue;
    // eslint-disable-next-line no-control-regex
    if ([...skill].length > MAX_DIGITAL_SKILL_LEN || /[\u0000-\u001f\u007f-\u009f]/.test(skill)) {
      throw invalid('digital-skills', skill);
    }
    if (!digitalSkills.includes(skill)) digitalSkills.push(skill);
  }
  if (digitalSkills.length > MAX_DIGITAL_SKILLS) throw invalid('digital-skills', String(digitalSkills.length));
  return {
    email,
    phone,
    targetJob: cleanTexts(content.targetJob, CV_MAX_SHORT_TEXT),
    summary: cleanTexts(content.summary, CV_MAX_LONG_TEXT),
    experience: content.experience.map(cleanEntry),
    education: content.education.map(cleanEntry),
    digitalSkills,
  };
}

export function saveCvContent(content: CvContentDto): CvContent {
  const clean = cleanCvContent(fullContent(structuredClone(content)));
  fakeCv.content = clean;
  fakeCv.saves.push(structuredClone(clean));
  return structuredClone(clean);
}

/** As `Wallet::cv_badge_choices`: every badge, issued ones that did not fail ticked. */
export function cvBadgeChoices(badges: BadgeDetail[]): CvBadgeChoice[] {
  return badges.map((b) => ({
    id: b.item.id,
    name: b.item.name,
    issuer: b.item.issuer,
    status: b.item.status,
    kind: b.item.kind,
    suggested: b.item.kind === 'badge' && b.item.status !== 'failed',
  }));
}

function checkBadges(badges: string[] | null, known: BadgeDetail[]): void {
  for (const id of badges ?? []) {
    if (!known.some((b) => b.item.id === id)) throw new FakeFailure({ code: 'no-such-badge', args: { id } });
  }
}

/** One page, or two when the CV holds more than four entries (about what fits on an A4 page). */
function pageCount(content: CvContent): number {
  return content.experience.length + content.education.length > 4 ? 2 : 1;
}

export async function cvPreview(
  language: Language,
  badges: string[] | null,
  width: number,
  known: BadgeDetail[],
): Promise<CvPreview> {
  fakeCv.previews.push({ language, badges: badges === null ? null : [...badges], width });
  await fakeCv.beforePreview?.();
  checkBadges(badges, known);
  const lines = 6 + fakeCv.content.experience.length * 3 + fakeCv.content.education.length * 2;
  const pages = Array.from({ length: pageCount(fakeCv.content) }, (_, page) => fakePage(page === 0 ? Math.min(lines, 22) : lines - 22));
  return { language, pages };
}

export function exportCv(
  language: Language,
  format: string,
  badges: string[] | null,
  out: string,
  known: BadgeDetail[],
): CvExportResult {
  if (!['pdf', 'europass', 'json-resume'].includes(format)) throw invalid('format', format);
  checkBadges(badges, known);
  fakeCv.written[out] = { kind: 'cv', language, format, badges: badges === null ? null : [...badges] };
  const pdf = format === 'pdf';
  return { out, language, format, pages: pdf ? pageCount(fakeCv.content) : 0, bytes: pdf ? 48_213 : 6_140 };
}

/** The bundle's files once the key store let the holder sign (fake.ts checks the passphrase). */
export function exportBundle(ids: string[], out: string, language: Language, known: BadgeDetail[], holder: string): BundleSummary {
  checkBadges(ids, known);
  const chosen = ids.length === 0 ? known : known.filter((b) => ids.includes(b.item.id));
  fakeCv.written[out] = { kind: 'bundle', language, format: 'zip', badges: chosen.map((b) => b.item.id) };
  const credentials = chosen.length + chosen.reduce((n, b) => n + b.item.endorsements.length, 0);
  return { path: out, bytes: 20_000 + 35_000 * chosen.length, credentials, inPresentation: credentials, holder };
}

// ---- A tiny PNG writer (grey levels, stored deflate): enough for a made-up page. ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = new Uint8Array([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib data with "stored" (uncompressed) deflate blocks. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  let at = 0;
  do {
    const block = raw.subarray(at, at + 0xffff);
    at += block.length;
    const length = block.length;
    out.push(at >= raw.length ? 1 : 0, length & 0xff, length >>> 8, ~length & 0xff, (~length >>> 8) & 0xff);
    for (const byte of block) out.push(byte);
  } while (at < raw.length);
  let a = 1;
  let b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  out.push(...u32(((b << 16) | a) >>> 0));
  return new Uint8Array(out);
}

/** A greyscale PNG `width` × `height` whose pixel (x, y) is `shade(x, y)` (0 black … 255 white). */
export function greyPng(width: number, height: number, shade: (x: number, y: number) => number): string {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = shade(x, y);
  }
  const header = new Uint8Array([...u32(width), ...u32(height), 8, 0, 0, 0, 0]);
  const bytes = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', new Uint8Array()),
  ];
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/png;base64,${btoa(binary)}`;
}

/** An A4-shaped made-up page: a dark title bar, then `lines` grey bars. */
function fakePage(lines: number): string {
  const width = 105;
  const height = 149;
  return greyPng(width, height, (x, y) => {
    if (x < 8 || x >= width - 8) return 255;
    if (y >= 10 && y < 16) return x < 70 ? 40 : 255;
    const line = Math.floor((y - 24) / 5);
    if (y >= 24 && (y - 24) % 5 < 2 && line < lines) return x < width - 8 - ((line * 17) % 30) ? 190 : 255;
    return 255;
  });
}
