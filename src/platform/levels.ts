import browser from './browser';
import type { DrillId } from '../core/catalog/ids';
import type { Rating } from '../core/history';
import { rateLevel, readLevels, setLevel, type LevelStore } from '../core/levels';
import { watch, type Unsubscribe } from './storage';

// Drill levels in storage.local, beside the history. Pages (a level set by hand) and the worker
// (a rating) both change them: every change is a read and a write in turn, under one lock.

export const LEVELS_KEY = 'levels';
/** Held by every writer of the levels (a rating, a level set by hand, an import, a reset), in turn. */
export const LEVELS_LOCK = 'desk-reset-levels';

export async function loadLevels(): Promise<LevelStore> {
  const raw = (await browser.storage.local.get(LEVELS_KEY))[LEVELS_KEY];
  const { levels, dropped } = readLevels(raw);
  if (dropped > 0) {
    console.warn(`Desk Reset repaired its stored levels (${dropped} malformed entries dropped).`);
    await saveLevels(levels).catch(() => undefined);
  }
  return levels;
}

export async function saveLevels(levels: LevelStore): Promise<void> {
  await browser.storage.local.set({ [LEVELS_KEY]: levels });
}

function changeLevels(change: (levels: LevelStore) => LevelStore): Promise<LevelStore> {
  return navigator.locks.request(LEVELS_LOCK, async () => {
    const before = await loadLevels();
    const after = change(before);
    if (after !== before) await saveLevels(after);
    return after;
  });
}

/** After a rating: the level moves or not, by the rules in core/levels.ts. */
export function rateDrillLevel(drillId: DrillId, rating: Rating, at: number, auto: boolean): Promise<LevelStore> {
  return changeLevels((levels) => rateLevel(levels, drillId, rating, at, auto));
}

/** A level the user chose in the drill library. */
export function setDrillLevel(drillId: DrillId, rung: number, at: number): Promise<LevelStore> {
  return changeLevels((levels) => setLevel(levels, drillId, rung, at));
}

export function onLevelsChanged(callback: (levels: LevelStore) => void): Unsubscribe {
  return watch('local', LEVELS_KEY, (raw) => callback(readLevels(raw).levels));
}
