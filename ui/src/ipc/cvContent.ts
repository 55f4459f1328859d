/**
 * The CV content the screens work on, every field present. bindings.ts marks them
 * optional (`#[serde(default)]` in Rust, so that a hand-written `passerelle cv set`
 * file may leave fields out): `fullContent` fills any gap, for the real backend and
 * the fake alike.
 */
import type { CvContent as CvContentDto, CvEntry as CvEntryDto, CvTexts as CvTextsDto } from './bindings';

export type CvTexts = Required<CvTextsDto>;
export type CvEntry = Required<Omit<CvEntryDto, 'title' | 'description'>> & { title: CvTexts; description: CvTexts };
export type CvContent = Required<Omit<CvContentDto, 'targetJob' | 'summary' | 'experience' | 'education'>> & {
  targetJob: CvTexts;
  summary: CvTexts;
  experience: CvEntry[];
  education: CvEntry[];
};

export const fullTexts = (t: CvTextsDto | undefined): CvTexts => ({ en: t?.en ?? '', fr: t?.fr ?? '', nl: t?.nl ?? '' });
export const fullEntry = (e: CvEntryDto): CvEntry => ({
  start: e.start ?? '',
  end: e.end ?? '',
  organisation: e.organisation ?? '',
  place: e.place ?? '',
  title: fullTexts(e.title),
  description: fullTexts(e.description),
});
export const fullContent = (c: CvContentDto): CvContent => ({
  email: c.email ?? '',
  phone: c.phone ?? '',
  targetJob: fullTexts(c.targetJob),
  summary: fullTexts(c.summary),
  experience: (c.experience ?? []).map(fullEntry),
  education: (c.education ?? []).map(fullEntry),
  digitalSkills: c.digitalSkills ?? [],
});

