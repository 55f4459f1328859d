import { tick } from 'svelte';

/**
 * Open the wallet, then, once the first real screen has been painted, tell the
 * shell (`ui_ready`, used for startup timing). The signal's errors are ignored.
 */
export async function startApp(
  load: () => Promise<void>,
  signalReady: () => Promise<unknown>,
  nextFrame: (callback: () => void) => unknown = requestAnimationFrame,
): Promise<void> {
  await load();
  await tick();
  // requestAnimationFrame runs just before a paint; the timeout lands just after it.
  nextFrame(() => {
    setTimeout(() => {
      signalReady().catch(() => undefined);
    }, 0);
  });
}
