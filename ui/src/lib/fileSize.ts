import { i18n } from './i18n.svelte';

/**
 * A file size in the current language ("1,5 Mo", "820 kB"), in units of 1024 as the
 * wallet's limits are (20 MB = 20 × 1024 × 1024 bytes).
 */
export function formatFileSize(bytes: number): string {
  const locale = i18n.language === 'en' ? 'en-GB' : i18n.language;
  const [value, unit] =
    bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(value);
}
