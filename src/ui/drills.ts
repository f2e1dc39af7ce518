import type { Drill } from '../core/drill';
import { loadDrillWorld, onDrillsChanged } from '../platform/own-drills';
import { useStore } from './hooks';
import { liveStore, type LiveStore } from './live-store';

// Apart from hooks.ts: the idle popup, which shows no drill, does not load the drills' code.
let store: LiveStore<Drill[]> | undefined;

export const drillsStore = (): LiveStore<Drill[]> => (store ??= liveStore(loadDrillWorld, (callback) => onDrillsChanged(() => void loadDrillWorld().then(callback))));

/** Every drill there is (the catalog's, the organisation's, the user's own), kept live. */
export const useDrills = (): Drill[] | null => useStore(drillsStore());

/**
 * Starts the store afresh at its next use. A page makes it once and keeps it; tests render many
 * pages in one module registry, and each must read the drills stored for it, not the last test's.
 */
export function forgetDrillsStore(): void {
  store = undefined;
}
