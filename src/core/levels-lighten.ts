import type { DrillId } from './catalog/ids';
import { levelOf, setLevel, type Ladders, type LevelStore } from './levels';

// "Lighten every level by one rung", offered beside the warning signs when the check-ins call for
// them. Each move is recorded as a change by hand ('manual'): a new reason would be kept by older
// versions in storage but refused by their import (a level move's reason must be one they know),
// so an export made here could not be read back there. The moves share one time, `at`, which is
// how a view can tell a lightening from a level set in the library.

/**
 * Every drill one rung lower, not below the first rung: those with a stored level and `ids` (the
 * drills there are), whose level unmoved is their ladder's start (a start above the first rung
 * goes down too). A drill whose ladder is not known here keeps its level: its rungs are another
 * version's or a deleted drill's.
 */
export function lightenAll(store: LevelStore, ladders: Ladders, at: number, ids: readonly DrillId[] = []): LevelStore {
  let next = store;
  for (const id of new Set([...(Object.keys(store.drills) as DrillId[]), ...ids])) {
    if (!ladders(id)) continue;
    const rung = levelOf(store, id, ladders).rung;
    if (rung > 0) next = setLevel(next, id, rung - 1, at, ladders);
  }
  return next;
}
