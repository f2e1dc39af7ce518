import type { DrillId } from '../core/catalog/ids';
import type { Rating } from '../core/history';
import { rateDrillLevel } from '../platform/levels';
import { loadSettings, markPainful, retryPain } from '../platform/storage';
import { rateHistory } from '../platform/history';
import { loadDrillWorld } from '../platform/own-drills';
import { laddersOf } from '../core/levels';
import { findIn } from '../core/own-world';

/**
 * Stores how a drill felt, and moves its level by it (unless the user turned that off); "pain"
 * also takes the drill out of rotation until the user re-enables it.
 */
export async function rate(drillId: DrillId, rating: Rating, now: number): Promise<void> {
  // "It hurt" is kept first, in storage.local, then taken to sync: whatever fails after it, the
  // drill is out of rotation. If sync refuses, it stays pending (out of rotation here meanwhile)
  // and the next rating, settings write or worker start retries it. Only a refused local write
  // fails the command, and the popup then does not claim it is kept.
  const kept = rating === 'pain' ? markPainful(drillId) : undefined;
  const [settings, drills] = await Promise.all([loadSettings(), loadDrillWorld()]);
  // The rating is attached under the history's lock, to the history as stored at that moment.
  // An own drill with levels off keeps its level as it is, unmoved and unwritten, for when they are on again.
  const levelsOff = findIn(drills, drillId)?.own?.levelsOff === true;
  const level = levelsOff ? undefined : rateDrillLevel(drillId, rating, now, settings.autoLevels, laddersOf(drills));
  await Promise.all([kept, rateHistory(drillId, rating), level]);
  if (rating !== 'pain') await retryPain();
}
