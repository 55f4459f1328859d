/** Line icons on a 24×24 grid, drawn for Passerelle (stroke only, currentColor). */

function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

export const ICONS = {
  home: ['M3.5 10.5 12 3.5l8.5 7', 'M5.5 9v11h4.5v-6h4v6h4.5V9'],
  badges: [circle(12, 9, 5.5), 'M8.6 13.4 7 21l5-2.6 5 2.6-1.6-7.6', circle(12, 9, 2)],
  skills: [
    'M12 3.5l2.5 5.2 5.7.8-4.1 4 1 5.7-5.1-2.7-5.1 2.7 1-5.7-4.1-4 5.7-.8z',
  ],
  trainings: ['M2.5 9 12 4.5 21.5 9 12 13.5z', 'M6.5 11v5c0 1.6 2.5 3 5.5 3s5.5-1.4 5.5-3v-5', 'M21.5 9v5.5'],
  cv: ['M6 3.5h8l4 4v13H6z', 'M14 3.5v4h4', 'M9 12h6', 'M9 15.5h6'],
  review: ['M4 5h16v11H10l-5 4v-4H4z', 'M8.5 10.5l2.2 2.2 4.5-4.5'],
  settings: ['M4 7h9', 'M17 7h3', 'M4 12h3', 'M11 12h9', 'M4 17h11', 'M19 17h1', circle(15, 7, 2), circle(9, 12, 2), circle(17, 17, 2)],
  shield: ['M12 3.5l7.5 3v5.5c0 4.4-3.2 7.9-7.5 8.9-4.3-1-7.5-4.5-7.5-8.9V6.5z', 'M8.7 12.2l2.3 2.3 4.3-4.5'],
  folder: ['M3.5 6.5c0-.6.4-1 1-1h4.8l2 2h8.2c.6 0 1 .4 1 1V18c0 .6-.4 1-1 1h-15c-.6 0-1-.4-1-1z'],
  clock: [circle(12, 12, 8.5), 'M12 7.5V12l3 2'],
  alert: [circle(12, 12, 8.5), 'M12 7.5v5.5', 'M12 16.2v.3'],
  user: [circle(12, 8.5, 4), 'M4.5 20.5c.8-4 3.8-6.5 7.5-6.5s6.7 2.5 7.5 6.5'],
  close: ['M6.5 6.5l11 11', 'M17.5 6.5l-11 11'],
  arrow: ['M5 12h14', 'M13.5 6.5 19 12l-5.5 5.5'],
  back: ['M19 12H5', 'M10.5 6.5 5 12l5.5 5.5'],
  passed: [circle(12, 12, 8.5), 'M8.2 12.3l2.6 2.6 5-5.2'],
  failed: [circle(12, 12, 8.5), 'M9 9l6 6', 'M15 9l-6 6'],
  skipped: [circle(12, 12, 8.5), 'M8.5 12h7'],
  warning: ['M12 4 21 19.5H3z', 'M12 10v4.5', 'M12 17v.3'],
  import: ['M12 3.5v11', 'M7.5 10 12 14.5l4.5-4.5', 'M4 15.5v3c0 .8.7 1.5 1.5 1.5h13c.8 0 1.5-.7 1.5-1.5v-3'],
  paste: ['M9 4.5h6v3H9z', 'M15 5.5h2.5c.6 0 1 .4 1 1V20c0 .6-.4 1-1 1h-11c-.6 0-1-.4-1-1V6.5c0-.6.4-1 1-1H9', 'M9 12h6', 'M9 15.5h4'],
  search: [circle(10.5, 10.5, 6), 'M15 15l5 5'],
  refresh: ['M19.5 12a7.5 7.5 0 1 1-2.2-5.3', 'M19.5 4.5v4h-4'],
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;
