import { describe, expect, it } from 'vitest';

import { applyTheme, resolveTheme } from './theme';
import themeCss from './theme.css?raw';

/** A MediaQueryList stand-in whose `matches` the test can flip. */
class FakeQuery extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  flip(matches: boolean): void {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
  asMediaQueryList(): MediaQueryList {
    return this as unknown as MediaQueryList;
  }
}

describe('resolveTheme', () => {
  it('follows the system only for "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('applyTheme', () => {
  it('sets data-theme and keeps following the system while on "system"', () => {
    const root = document.createElement('div');
    const query = new FakeQuery(false);
    applyTheme('system', root, query.asMediaQueryList());
    expect(root.dataset.theme).toBe('light');
    query.flip(true);
    expect(root.dataset.theme).toBe('dark');

    // A fixed choice stops following the system.
    applyTheme('light', root, query.asMediaQueryList());
    query.flip(false);
    query.flip(true);
    expect(root.dataset.theme).toBe('light');
  });
});

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function palette(theme: 'light' | 'dark'): Record<string, string> {
  const block = themeCss.match(new RegExp(`:root\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`));
  if (!block?.[1]) throw new Error(`theme.css has no ${theme} block`);
  const colours: Record<string, string> = {};
  for (const m of block[1].matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6});/g)) colours[m[1] as string] = m[2] as string;
  return colours;
}

/** [foreground, background, minimum ratio]: 4.5 for text, 3 for focus rings, borders of controls, icons. */
const PAIRS: [string, string, number][] = [
  ...['bg', 'surface', 'surface-muted', 'primary-soft', 'danger-soft', 'success-soft', 'warning-soft'].map(
    (bg): [string, string, number] => ['text', bg, 4.5],
  ),
  ...['bg', 'surface', 'surface-muted', 'primary-soft'].map((bg): [string, string, number] => ['text-muted', bg, 4.5]),
  ['heading', 'bg', 4.5],
  ['heading', 'surface', 4.5],
  ['primary', 'bg', 4.5],
  ['primary', 'surface', 4.5],
  ['primary-hover', 'surface-muted', 4.5],
  ['on-primary', 'primary', 4.5],
  ['on-primary', 'primary-hover', 4.5],
  ['primary-strong', 'primary-soft', 4.5],
  ['accent', 'surface', 4.5],
  ['danger', 'danger-soft', 4.5],
  // Status chips and the checklist: coloured text and icons on their tint and on cards.
  ...['danger', 'success', 'warning'].flatMap((fg): [string, string, number][] => [
    [fg, `${fg}-soft`, 4.5],
    [fg, 'surface', 4.5],
  ]),
  ['sidebar-text', 'sidebar-bg', 4.5],
  ['sidebar-text', 'sidebar-hover', 4.5],
  ['sidebar-text', 'sidebar-active', 4.5],
  ['sidebar-muted', 'sidebar-bg', 4.5],
  ['sidebar-accent', 'sidebar-active', 3],
  ['sidebar-focus', 'sidebar-bg', 3],
  ['sidebar-focus', 'sidebar-active', 3],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['focus', 'primary-soft', 3],
  ['border-strong', 'surface', 3],
  ['primary', 'primary-soft', 3],
];

describe('theme colours', () => {
  it('computes contrast like WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA in the ${theme} theme`, () => {
      const colours = palette(theme);
      const failures: string[] = [];
      for (const [fg, bg, min] of PAIRS) {
        const a = colours[fg];
        const b = colours[bg];
        if (!a || !b) {
          failures.push(`${fg} on ${bg}: colour not defined`);
          continue;
        }
        const ratio = contrast(a, b);
        if (ratio < min) failures.push(`${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)} < ${min}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
