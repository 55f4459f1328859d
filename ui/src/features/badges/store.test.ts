import { describe, expect, it } from 'vitest';

import type { ImportResult } from '../../ipc';
import { fold } from '../../ipc/fake';
import { fileName, summarise } from './store.svelte';

function result(file: string, outcome: string): ImportResult {
  return {
    file,
    outcome,
    id: outcome === 'refused' ? null : file,
    report: { file, status: outcome === 'refused' ? 'failed' : 'verified', checks: [] },
  };
}

describe('summarise', () => {
  it('groups results by outcome, in the order they came', () => {
    const s = summarise([
      result('a.png', 'imported'),
      result('b.png', 'refused'),
      result('c.json', 'duplicate'),
      result('d.svg', 'imported'),
      result('e.txt', 'refused'),
      result('status-list.json', 'document'),
    ]);
    expect(s.documents.map((r) => r.file)).toEqual(['status-list.json']);
    expect(s.imported.map((r) => r.file)).toEqual(['a.png', 'd.svg']);
    expect(s.duplicate.map((r) => r.file)).toEqual(['c.json']);
    expect(s.refused.map((r) => r.file)).toEqual(['b.png', 'e.txt']);
    expect(s.skipped).toBe(0);
    expect(s.source).toBe('files');
  });

  it('counts an outcome it does not know as refused: nothing was added', () => {
    expect(summarise([result('x', 'exploded')]).refused).toHaveLength(1);
  });

  it('counts the files a cancelled import never reached', () => {
    expect(summarise([result('a', 'imported')], 12).skipped).toBe(11);
    expect(summarise([], 0).skipped).toBe(0);
  });
});

describe('fileName', () => {
  it('keeps the last part of a path, whatever the separator', () => {
    expect(fileName('/home/ana/Téléchargements/badge.png')).toBe('badge.png');
    expect(fileName('C:\\Users\\ana\\badge.json')).toBe('badge.json');
    expect(fileName('pasted-text')).toBe('pasted-text');
  });
});

describe('the fake backend search', () => {
  it('folds accents and ligatures like the Rust side', () => {
    expect(fold('Gestión')).toBe('gestion');
    expect(fold('Mise en Œuvre')).toBe('mise en oeuvre');
  });
});
