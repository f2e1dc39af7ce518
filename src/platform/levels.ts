import browser from './browser';
import type { DrillId } from '../core/catalog/ids';
import type { Rating } from '../core/history';
import { catalogLadders, rateLevel, readLevels, setLevel, type Ladders, type LevelStore } from '../core/levels';
import { importLevels, storeLevels } from '../core/levels-stored';
import { reportOnce } from './report';
import { watch, type Unsubscribe } from './storage';

// Drill levels in storage.local, beside the history. Pages (a level set by hand) and the worker
// (a rating) both change them: every change is a read and a write in turn, under one lock.

export const LEVELS_KEY = 'levels';
/**
 * Held by every writer of the levels (a rating, a level set by hand, an import, a reset), in turn.
 * Taken after HISTORY_LOCK and before the settings' lock by a writer that needs more than one.
 */
export const LEVELS_LOCK = 'desk-reset-levels';

const view = (raw: unknown): LevelStore => {
  const { levels, malformed } = readLevels(raw);
  if (malformed > 0) reportOnce(`levels: ${malformed} malformed entries left out`);
  return levels;
};

/** The levels this version can use. Only reads: what it cannot use stays stored as it is. */
export async function loadLevels(): Promise<LevelStore> {
  return view((await browser.storage.local.get(LEVELS_KEY))[LEVELS_KEY]);
}

/** Replaces the levels this version can read with `levels`, keeping what a newer version stored (see importLevels). */
export function saveLevels(levels: LevelStore): Promise<void> {
  return navigator.locks.request(LEVELS_LOCK, async () => {
    const raw = (await browser.storage.local.get(LEVELS_KEY))[LEVELS_KEY];
    await browser.storage.local.set({ [LEVELS_KEY]: importLevels(raw, levels) });
  });
}

/** The one way levels are written: `change` on the levels as stored now, and only its change written. */
export function changeLevels(change: (levels: LevelStore) => LevelStore): Promise<LevelStore> {
  return navigator.locks.request(LEVELS_LOCK, async () => {
    const raw = (await browser.storage.local.get(LEVELS_KEY))[LEVELS_KEY];
    const before = view(raw);
    const after = change(before);
    if (after !== before) await browser.storage.local.set({ [LEVELS_KEY]: storeLevels(raw, before, after) });
    return after;
  });
}

/** After a rating: the level moves or not, by the rules in core/levels.ts. */
export function rateDrillLevel(drillId: DrillId, rating: Rating, at: number, auto: boolean, ladders: Ladders = catalogLadders): Promise<LevelStore> {
  return changeLevels((levels) => rateLevel(levels, drillId, rating, at, auto, ladders));
}

/** A level the user chose in the drill library. */
export function setDrillLevel(drillId: DrillId, rung: number, at: number, ladders: Ladders = catalogLadders): Promise<LevelStore> {
  return changeLevels((levels) => setLevel(levels, drillId, rung, at, ladders));
}

export function onLevelsChanged(callback: (levels: LevelStore) => void): Unsubscribe {
  return watch('local', LEVELS_KEY, (raw) => callback(readLevels(raw).levels));
}
