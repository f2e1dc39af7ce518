import type { DrillId } from '../core/catalog/ids';
import { rateLatest, type Rating } from '../core/history';
import { rateDrillLevel } from '../platform/levels';
import { loadSettings, writeSettings } from '../platform/storage';
import { loadHistory, saveHistory } from '../platform/history';

/**
 * Stores how a drill felt, and moves its level by it (unless the user turned that off); "pain"
 * also takes the drill out of rotation until the user re-enables it.
 */
export async function rate(drillId: DrillId, rating: Rating, now: number): Promise<void> {
  const [store, settings] = await Promise.all([loadHistory(), loadSettings()]);
  await Promise.all([saveHistory({ ...store, events: rateLatest(store.events, drillId, rating) }), rateDrillLevel(drillId, rating, now, settings.autoLevels)]);
  if (rating !== 'pain') return;
  // Added to the list as stored at the moment of writing, not as read before.
  await writeSettings((fresh) => ({ painfulDrills: fresh.painfulDrills.includes(drillId) ? fresh.painfulDrills : [...fresh.painfulDrills, drillId] }));
}
