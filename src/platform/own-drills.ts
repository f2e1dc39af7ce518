import browser from './browser';
import type { OwnId } from '../core/catalog/ids';
import type { Drill } from '../core/drill';
import type { OwnDrill } from '../core/own-drill';
import { ownIdOf, ownKey, ownRecord, readOwnDrills } from '../core/own-stored';
import { restartLevel } from '../core/levels';
import { ownLadder } from '../core/own-ladder';
import { drillWorld, ladderChanged } from '../core/own-world';
import { changeLevels } from './levels';
import { loadOrgDrills } from './org-drills';
import { reportOnce } from './report';
import { watch, type Unsubscribe } from './watch';
import { POLICY_CACHE_KEY } from './policy';

// The user's own drills (core/own-stored.ts says how they are kept). Every writer takes the one
// lock, reads the drill as stored and writes only that drill's key.

export const OWN_LOCK = 'desk-reset-own-drills';

/** The user's own drills this version can read, in the order they were added. Only reads. */
export async function loadOwnDrills(): Promise<OwnDrill[]> {
  const { drills, unreadable } = readOwnDrills(await browser.storage.sync.get(null));
  if (unreadable > 0) reportOnce(`own drills: ${unreadable} this version cannot read, kept as stored`);
  return drills;
}

/** Every drill there is to choose from: the catalog's, the organisation's and the user's own. */
export async function loadDrillWorld(): Promise<Drill[]> {
  const [own, org] = await Promise.all([loadOwnDrills(), loadOrgDrills()]);
  return drillWorld(own, org);
}

/** Writes one drill (new or edited), keeping what is stored of it that this version does not know. A full quota rejects. */
export function saveOwnDrill(drill: OwnDrill, now = Date.now()): Promise<void> {
  const key = ownKey(drill.id as OwnId);
  // Stored under any other id (an organisation's, a catalog drill's) it would never be read back.
  if (ownIdOf(key) !== drill.id) return Promise.reject(new Error(`Not an own drill's id: ${JSON.stringify(drill.id)}`));
  return navigator.locks.request(OWN_LOCK, async () => {
    const stored = (await browser.storage.sync.get(key))[key];
    await browser.storage.sync.set({ [key]: ownRecord(drill, stored, now) });
    // A new dose is a new ladder: the level starts again at the dose written, under the levels'
    // lock inside this one (own drills, then levels). Not written, it reads as the new top at most.
    const was = readOwnDrills({ [key]: stored }).drills[0];
    if (was && ladderChanged(was, drill)) await changeLevels((levels) => restartLevel(levels, drill.id as OwnId, ownLadder(drill.dose), now)).catch(() => undefined);
  });
}

/**
 * Deletes one drill; its picture goes with it (platform/pictures.ts). Resolves with the record as
 * it was stored, which an undo puts back whole (restoreOwnDrill): its place in the list, and
 * fields a newer version wrote, come back with it.
 */
export function deleteOwnDrill(id: OwnId): Promise<unknown> {
  return navigator.locks.request(OWN_LOCK, async () => {
    const stored = (await browser.storage.sync.get(ownKey(id)))[ownKey(id)];
    await browser.storage.sync.remove(ownKey(id));
    return stored;
  });
}

/** Undoes a delete: the record deleteOwnDrill gave, stored again as it was. */
export function restoreOwnDrill(id: OwnId, stored: Record<string, unknown>): Promise<void> {
  return navigator.locks.request(OWN_LOCK, () => browser.storage.sync.set({ [ownKey(id)]: stored }));
}

/** Calls back when the user's drills change here or on another computer, or the organisation's do. */
export function onDrillsChanged(callback: () => void): Unsubscribe {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith('own.'))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  const stopPolicy = watch('local', POLICY_CACHE_KEY, callback);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    stopPolicy();
  };
}
