// A tiny reader for our .ftl files: enough to fetch single-line message values, so
// the end-to-end test checks the app against the locale files, not a copy of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './driver.mjs';

export function message(lang, id, file = 'ui.ftl') {
  const src = readFileSync(path.join(root, 'locales', lang, file), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`${id} not found in locales/${lang}/${file}`);
  return line.slice(line.indexOf('=') + 1).trim();
}
