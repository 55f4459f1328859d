import type { CvFormat, Language } from '../../ipc';

/**
 * "Zoë Dupré-Van den Bossche" → "Zoe-Dupre-Van-den-Bossche": a name fit for a file on
 * any system (letters without accents, digits and dashes), at most 60 characters.
 */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[Œœ]/g, (c) => (c === 'Œ' ? 'Oe' : 'oe'))
    .replace(/[Ææ]/g, (c) => (c === 'Æ' ? 'Ae' : 'ae'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const EXTENSIONS: Record<CvFormat, string> = { pdf: 'pdf', europass: 'xml', 'json-resume': 'json' };

/** The extension of a CV file in `format`. */
export const cvExtension = (format: CvFormat): string => EXTENSIONS[format];

/** `CV-Zoe-Dupre-nl.pdf`, `CV-Zoe-Dupre-nl-europass.xml`, `CV-Zoe-Dupre-nl-resume.json`. */
export function cvFileName(name: string, language: Language, format: CvFormat): string {
  const slug = fileSlug(name);
  const base = ['CV', slug, language].filter(Boolean).join('-');
  const suffix = format === 'europass' ? '-europass' : format === 'json-resume' ? '-resume' : '';
  return `${base}${suffix}.${EXTENSIONS[format]}`;
}

/** `Badges-Zoe-Dupre.zip`. */
export function bundleFileName(name: string): string {
  return `${['Badges', fileSlug(name)].filter(Boolean).join('-')}.zip`;
}

/** The last part of a path ("/home/zoe/CV-Zoe-nl.pdf" → "CV-Zoe-nl.pdf"). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
