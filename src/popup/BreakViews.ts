// Everything the popup needs only when a break is on screen, loaded then.
export { preloadDrawings } from '../ui/DrillView';
export { LeveledDrill } from './LeveledDrill';
export { RatingView } from '../ui/RatingView';
export { RoutineView } from './RoutineView';
export { PreviewView } from './PreviewView';
export { NoDrillView } from './NoDrillView';
// The catalog itself: a popup that shows no drill never loads it.
export { findDrill } from '../core/catalog';

import { noFitReasons } from '../core/no-fit';
import { rankCandidates } from '../core/rotation';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import { t, tm } from '../platform/i18n';

/** Why the drill on screen is a gentle stand-in, when nothing in the rotation fits; else null. */
export function fallbackFor(settings: Settings, state: State): string | null {
  if (rankCandidates(settings, state.recentDrills).length > 0) return null;
  return t('nofit', [noFitReasons(settings).map(tm).join(t('list_separator'))]);
}
