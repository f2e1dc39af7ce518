// Everything the popup needs only when a break is on screen, loaded then.
import { drillsStore } from '../ui/drills';
import { preloadDrawings } from '../ui/DrillView';
import { recentHistoryStore } from '../ui/hooks';
import { levelsStore } from '../ui/use-levels';

export { AfterDrill } from './AfterDrill';
export { RoutineView } from './RoutineView';
export { PreviewView } from './PreviewView';
export { NoDrillView } from './NoDrillView';
export { PendingDrill, WithDrills } from './PendingDrill';
// Every drill there is, the catalog's among them: a popup that shows no drill never loads them.
export { findIn } from '../core/own-world';
export { drillsStore };

// The reads start as this chunk loads: with a break on screen, alongside the other storage reads.
drillsStore();

/**
 * Resolves once a drill can be drawn whole: every drill there is, the drawings, the levels and the
 * recent history (whether the drill was done since its level moved). The page renders then, once: what
 * arrived after its first render would be drawn a frame later, after the effects that wait for it.
 */
export function drillReady(): Promise<unknown> {
  return Promise.all([drillsStore().ready, preloadDrawings(), levelsStore().ready, recentHistoryStore().ready]);
}
