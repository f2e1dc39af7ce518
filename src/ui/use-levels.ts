import type { LevelStore } from '../core/levels';
import { loadLevels, onLevelsChanged } from '../platform/levels';
import { useStore } from './hooks';
import { liveStore, type LiveStore } from './live-store';

// Apart from hooks.ts so the popup between breaks, which shows no drill, never loads the ladders.

let store: LiveStore<LevelStore> | undefined;
export const levelsStore = (): LiveStore<LevelStore> => (store ??= liveStore(loadLevels, onLevelsChanged));

/** Every drill's level, kept live; null while first read. */
export const useLevels = (): LevelStore | null => useStore(levelsStore());
