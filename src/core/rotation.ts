import { CATALOG, type DrillId } from './catalog';
import { breakDose, fullDurationSeconds, type Category, type Drill } from './drill';
import { ensureSomeDrillEnabled, SPACE_FOR_POSITION, type Settings } from './settings';

// Picks one drill per break. Pure and deterministic: the same settings and history give the same drill.

export type RotationSettings = Pick<Settings, 'disabledDrills' | 'painfulDrills' | 'equipment' | 'spaces' | 'drillCapSeconds'>;

export type Unfit = 'disabled' | 'painful' | 'equipment' | 'space' | 'too long';

/**
 * The settings a break picks its drill under, in the worker and in the popup alike. Every catalog
 * drill may be switched off while an own drill is on; with no drill there is switched on (the own
 * drills deleted since, or not synced here yet), every one is, as the settings were read before own drills.
 */
export function inRotation<S extends Pick<Settings, 'disabledDrills'>>(settings: S, drills: readonly Drill[]): S {
  return ensureSomeDrillEnabled(settings, drills.flatMap((d) => (d.own ? [d.id as DrillId] : [])));
}

/** Why a drill cannot come up at a break, or null when it can. */
export function unfit(drill: Drill, s: RotationSettings): Unfit | null {
  if ((s.disabledDrills as readonly string[]).includes(drill.id)) return 'disabled';
  if ((s.painfulDrills as readonly string[]).includes(drill.id)) return 'painful';
  if (!drill.equipment.every((e) => e === 'none' || (s.equipment as readonly string[]).includes(e))) return 'equipment';
  if (!s.spaces.includes(SPACE_FOR_POSITION[drill.position])) return 'space';
  if (breakSeconds(drill, s.drillCapSeconds) > s.drillCapSeconds) return 'too long';
  return null;
}

export function breakSeconds(drill: Drill, capSeconds: number): number {
  return fullDurationSeconds(breakDose(drill.dose, capSeconds));
}

/** The pulling and activation work the articles stress, versus easing the body out. */
export function group(category: Category): 'work' | 'ease' {
  return category === 'strength' || category === 'activation' ? 'work' : 'ease';
}

/**
 * Candidates best first: after a drill of one group, the other group leads, so a day mixes
 * strengthening with stretching; within a group, least recently done first (never done before
 * any done, catalog order between equals). The drill just done always ranks last.
 */
export function rankCandidates(s: RotationSettings, recent: readonly DrillId[], catalog: readonly Drill[] = CATALOG): Drill[] {
  const fitting = catalog.filter((d) => unfit(d, s) === null);
  const last = catalog.find((d) => d.id === recent[0]);
  const age = (d: Drill) => {
    const i = recent.indexOf(d.id as DrillId);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const groupRank = (d: Drill) => (last && group(d.category) === group(last.category) ? 1 : 0);
  // The drill just done is in its own group and the most recent of it, so these two rules alone put it last.
  return [...fitting].sort((a, b) => groupRank(a) - groupRank(b) || age(b) - age(a));
}

export interface Choice {
  /** Null when every drill left is one the user said hurt: no drill is offered at all. */
  drill: Drill | null;
  /** True when nothing fitted and this is the gentle stand-in (or none); `noFitReasons` says why. */
  fallback: boolean;
}

/**
 * One drill for a break, skipping any in `exclude` (drills already swapped away). When nothing
 * fits, the least demanding drill that did not hurt, with the reason in words; none when every
 * drill hurt.
 */
// Stryker disable next-line ArrayDeclaration: no drill id matches the mutant's stand-in string.
export function pickDrill(s: RotationSettings, recent: readonly DrillId[], exclude: readonly string[] = [], catalog: readonly Drill[] = CATALOG): Choice {
  const ranked = rankCandidates(s, recent, catalog).filter((d) => !exclude.includes(d.id));
  if (ranked[0]) return { drill: ranked[0], fallback: false };
  // The stand-in bends the user's choices as little as possible, and never the one about pain: no
  // equipment first, then one left switched on, in a space they have, shortest (a break lasts well
  // under 1,000 s, so each rule outweighs all the ones after it).
  const has = (list: readonly string[], id: string) => (list.includes(id) ? 1 : 0);
  const cost = (d: Drill) =>
    (d.equipment.every((e) => e === 'none') ? 0 : 1e6) +
    has(s.disabledDrills, d.id) * 1e5 +
    (s.spaces.includes(SPACE_FOR_POSITION[d.position]) ? 0 : 1e4) +
    breakSeconds(d, s.drillCapSeconds);
  const gentle = catalog.filter((d) => !has(s.painfulDrills, d.id)).sort((a, b) => cost(a) - cost(b))[0];
  return { drill: gentle ?? null, fallback: true };
}
