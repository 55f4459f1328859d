/**
 * After a restore merged a backup into the wallet: read again what the screens
 * already show (the counts, and each list that was loaded). A screen not visited yet
 * reads the wallet when it opens anyway.
 */
import { session } from '../../lib/session.svelte';
import { badges } from '../badges/store.svelte';
import { reviewStore } from '../review/store.svelte';
import { skills } from '../skills/store.svelte';
import { trainingsStore } from '../trainings/store.svelte';

export async function reloadWalletViews(): Promise<void> {
  await Promise.all([
    session.refreshInfo(),
    badges.loaded ? badges.refresh() : undefined,
    skills.loaded ? skills.refresh() : undefined,
    reviewStore.loaded ? reviewStore.refresh() : undefined,
    trainingsStore.loaded ? trainingsStore.refresh() : undefined,
  ]);
}
