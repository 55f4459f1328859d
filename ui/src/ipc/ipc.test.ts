import { afterEach, describe, expect, it } from 'vitest';

import { fakeEvents, fakeSamples, fakeState, resetFake } from './fake';
import {
  badgeDetail,
  getSettings,
  importFiles,
  isAppError,
  isTauri,
  listBadges,
  onFilesDropped,
  onImportProgress,
  setLanguage,
  toAppError,
  unwrap,
  walletInfo,
  type FileDrop,
  type ImportProgress,
} from './index';

afterEach(() => resetFake());

describe('unwrap and errors', () => {
  it('returns the data of an ok result', () => {
    expect(unwrap({ status: 'ok', data: 42 })).toBe(42);
  });

  it('throws the AppError of an error result', () => {
    const error = { code: 'database', args: { detail: 'locked' } };
    expect(() => unwrap({ status: 'error', error })).toThrow(expect.objectContaining(error));
  });

  it('turns anything else into an "unexpected" AppError', () => {
    expect(toAppError('no such command')).toEqual({ code: 'unexpected', args: { detail: 'no such command' } });
    expect(toAppError(new Error('boom'))).toEqual({ code: 'unexpected', args: { detail: 'boom' } });
    expect(isAppError({ code: 'x', args: {} })).toBe(true);
    expect(isAppError({ code: 'x' })).toBe(false);
    expect(isAppError(null)).toBe(false);
  });
});

describe('outside Tauri', () => {
  it('knows it is not in Tauri and answers from the fake', async () => {
    expect(isTauri()).toBe(false);
    const info = await walletInfo();
    expect(info.counts).toEqual({ badges: 0, selfDeclared: 0, endorsements: 0 });
  });

  it('keeps the language choice and resolves "follow the system"', async () => {
    fakeState.systemLanguage = 'nl';
    expect(await getSettings()).toEqual({ language: null, effectiveLanguage: 'nl', theme: 'system' });
    expect((await setLanguage('fr')).effectiveLanguage).toBe('fr');
    expect((await getSettings()).language).toBe('fr');
    expect((await setLanguage(null)).effectiveLanguage).toBe('nl');
  });

  it('rejects with the AppError a command fails with', async () => {
    const error = { code: 'wallet-too-new', args: { path: '/w', found: '9', supported: '1' } };
    fakeState.failures.walletInfo = error;
    await expect(walletInfo()).rejects.toEqual(error);
  });
});

describe('badges outside Tauri', () => {
  it('searches the fake wallet without minding accents, and filters by status', async () => {
    fakeState.badges = fakeSamples();
    expect((await listBadges('gestion', null)).map((b) => b.name)).toEqual(['Gestión de proyectos TIC']);
    expect((await listBadges(null, 'warning')).map((b) => b.name)).toEqual(['Cybersecurity basics']);
    expect(await listBadges('oeuvre', 'failed')).toEqual([]);
  });

  it('rejects an unknown badge with no-such-badge', async () => {
    await expect(badgeDetail('nope')).rejects.toEqual({ code: 'no-such-badge', args: { id: 'nope' } });
  });

  it('reports progress after each file until the listener stops', async () => {
    const seen: ImportProgress[] = [];
    const stop = await onImportProgress((p) => seen.push(p));
    await importFiles(['/a/one.png', '/a/two.json']);
    stop();
    await importFiles(['/a/three.png']);
    expect(seen).toEqual([
      { done: 1, total: 2, file: '/a/one.png' },
      { done: 2, total: 2, file: '/a/two.json' },
    ]);
    expect(fakeEvents.importProgress.listeners).toBe(0);
  });

  it('passes dropped files on', async () => {
    const seen: FileDrop[] = [];
    const stop = await onFilesDropped((d) => seen.push(d));
    fakeEvents.fileDrop.emit({ type: 'drop', paths: ['/x.png'] });
    stop();
    fakeEvents.fileDrop.emit({ type: 'leave' });
    expect(seen).toEqual([{ type: 'drop', paths: ['/x.png'] }]);
  });
});
