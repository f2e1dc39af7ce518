// Everything the popup needs only when a break is on screen, loaded then.
import { drillsStore } from '../ui/drills';

export { preloadDrawings } from '../ui/DrillView';
export { AfterDrill } from './AfterDrill';
export { RoutineView } from './RoutineView';
export { PreviewView } from './PreviewView';
export { NoDrillView } from './NoDrillView';
export { PendingDrill, WithDrills } from './PendingDrill';
// Every drill there is, the catalog's among them: a popup that shows no drill never loads them.
export { findIn } from '../core/own-world';
export { drillsStore };

// The read starts as this chunk loads: with a break on screen, alongside the other storage reads.
drillsStore();
