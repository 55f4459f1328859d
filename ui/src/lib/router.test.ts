import { afterEach, describe, expect, it } from 'vitest';

import { hrefFor, parseHash, parseLocation, Router, ROUTES } from './router.svelte';

describe('parseHash', () => {
  it.each([
    ['', 'home'],
    ['#', 'home'],
    ['#/', 'home'],
    ['#/badges', 'badges'],
    ['#/settings?tab=x', 'settings'],
    ['#/cv/anything', 'cv'],
    ['#/nowhere', 'home'],
    ['#main', null],
  ])('%j -> %s', (hash, route) => {
    expect(parseHash(hash)).toBe(route);
  });

  it('reads back every link it makes', () => {
    for (const route of ROUTES) expect(parseHash(hrefFor(route))).toBe(route);
  });
});

describe('parseLocation', () => {
  it('gives the item within a screen, decoded', () => {
    expect(parseLocation('#/badges')).toEqual({ route: 'badges', item: null });
    expect(parseLocation('#/badges/')).toEqual({ route: 'badges', item: null });
    expect(parseLocation('#/badges/abc?x=1')).toEqual({ route: 'badges', item: 'abc' });
    expect(parseLocation('#/badges/%E0%A4%A')).toEqual({ route: 'badges', item: null });
    expect(parseLocation('#main')).toBeNull();
  });

  it('reads back item links, whatever characters the id holds', () => {
    const id = 'urn:uuid:1/2?3#4 é';
    expect(hrefFor('badges', id)).not.toContain('#4');
    expect(parseLocation(hrefFor('badges', id))).toEqual({ route: 'badges', item: id });
  });
});

describe('Router', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  function hashChanged(): Promise<void> {
    return new Promise((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
  }

  it('starts on the screen the URL names', () => {
    window.location.hash = '#/trainings';
    expect(new Router(window).current).toBe('trainings');
  });

  it('follows the hash while started, and not after stop', async () => {
    const router = new Router(window);
    const stop = router.start();
    let changed = hashChanged();
    window.location.hash = '#/review';
    await changed;
    expect(router.current).toBe('review');

    // An in-page anchor is not a screen: stay where we are.
    changed = hashChanged();
    window.location.hash = '#main';
    await changed;
    expect(router.current).toBe('review');

    stop();
    changed = hashChanged();
    window.location.hash = '#/skills';
    await changed;
    expect(router.current).toBe('review');
  });

  it('puts the screen it goes to in the URL', () => {
    const router = new Router(window);
    router.go('cv');
    expect(router.current).toBe('cv');
    expect(window.location.hash).toBe('#/cv');
    router.go('badges', 'b/1');
    expect(router.item).toBe('b/1');
    expect(window.location.hash).toBe('#/badges/b%2F1');
    router.go('badges');
    expect(router.item).toBeNull();
    expect(window.location.hash).toBe('#/badges');
  });
});
