import { describe, expect, it } from 'vitest';

import indexHtml from '../index.html?raw';

// The Tauri CSP is `script-src 'self'; style-src 'self'`: inline styles and
// scripts would be blocked, and markup built from strings is never allowed.
const components = import.meta.glob<string>('/src/**/*.svelte', { query: '?raw', import: 'default', eager: true });

/** The markup of a component, without its <script> and <style> blocks. */
function markup(source: string): string {
  return source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
}

describe('CSP-safe markup', () => {
  it('finds the components to check', () => {
    expect(Object.keys(components).length).toBeGreaterThan(10);
  });

  it('has no inline style, style: directive or {@html} in any component', () => {
    const offenders: string[] = [];
    for (const [file, source] of Object.entries(components)) {
      const html = markup(source);
      if (/\sstyle\s*=|\sstyle:[a-z-]+|\{@html/i.test(html)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps index.html free of inline script and style', () => {
    expect(indexHtml).not.toMatch(/<style/i);
    expect(indexHtml).not.toMatch(/\sstyle\s*=/i);
    for (const m of indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(m[1]).toMatch(/\ssrc=/);
      expect(m[2]?.trim()).toBe('');
    }
  });
});
