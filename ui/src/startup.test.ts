import { afterEach, describe, expect, it, vi } from 'vitest';

import { startApp } from './startup';

afterEach(() => {
  vi.useRealTimers();
});

describe('startApp', () => {
  it('signals ready once, after loading and after the next frame', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    let frame: (() => void) | undefined;
    const ready = vi.fn(() => {
      order.push('ready');
      return Promise.resolve(12);
    });
    await startApp(
      async () => {
        order.push('load');
      },
      ready,
      (callback) => {
        order.push('frame requested');
        frame = callback;
      },
    );
    expect(ready).not.toHaveBeenCalled();
    frame?.();
    expect(ready).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(order).toEqual(['load', 'frame requested', 'ready']);
  });

  it('ignores a failing signal', async () => {
    vi.useFakeTimers();
    const ready = vi.fn(() => Promise.reject({ code: 'unexpected', args: {} }));
    await startApp(async () => undefined, ready, (callback) => callback());
    vi.runAllTimers();
    await Promise.resolve();
    expect(ready).toHaveBeenCalledTimes(1);
  });
});
