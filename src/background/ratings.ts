import type { DrillId } from '../core/catalog/ids';
import { rateLatest, type Rating } from '../core/history';
import { loadHistory, saveHistory, writeSettings } from '../platform/storage';

/** Stores how a drill felt; "pain" also takes the drill out of rotation until the user re-enables it. */
export async function rate(drillId: DrillId, rating: Rating): Promise<void> {
  const store = await loadHistory();
  await saveHistory({ ...store, events: rateLatest(store.events, drillId, rating) });
  if (rating !== 'pain') return;
  // Added to the list as stored at the moment of writing, not as read before.
  await writeSettings((fresh) => ({ painfulDrills: fresh.painfulDrills.includes(drillId) ? fresh.painfulDrills : [...fresh.painfulDrills, drillId] }));
}
