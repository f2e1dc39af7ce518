import type { DrillId } from './catalog/ids';
import type { Rung } from './catalog/ladders';
import type { Drill } from './drill';
import { drillLadder, levelOf, rungToDo, type LevelStore } from './levels';
import { breakSeconds, type RotationSettings } from './rotation';
import { SPACE_FOR_POSITION } from './settings';

// A drill as the user does it now: the dose and form of the rung their level puts them on.

export interface LeveledDrill {
  drill: Drill;
  /** The rung done now: the level, or at a break a lower one where the level does not fit there. */
  rung: number;
  level: number;
  rungs: number;
  /** The form at this rung, where the ladder names one (a message key's last part). */
  variant: string | undefined;
}

export type FitSettings = Pick<RotationSettings, 'equipment' | 'spaces' | 'drillCapSeconds'>;

/**
 * The drill at the user's level. At a break (`settings` given) the highest rung at or below the
 * level that the cap, their space and their kit allow; the rungs above wait for another time.
 */
export function atLevel(drill: Drill, levels: LevelStore, settings?: FitSettings): LeveledDrill {
  const whole = drillLadder(drill);
  // Levels off for an own drill: the dose written alone, one rung, its level left waiting.
  const ladder = drill.own?.levelsOff ? { rungs: [whole.rungs[whole.start]!], start: 0, article: 0 } : whole;
  const level = levelOf(levels, drill.id as DrillId, () => ladder).rung;
  const form = (r: Rung): Drill => ({ ...drill, dose: r.dose, position: r.position ?? drill.position, equipment: r.equipment ?? drill.equipment });
  // The cap rules a rung out, and so do the space and kit of a rung that changes them; the drill
  // itself already passed those rules to be picked (and a preview shows it whatever the kit).
  const fits = settings
    ? (r: Rung) => {
        const d = form(r);
        // Stryker disable next-line ConditionalExpression,MethodExpression,BooleanLiteral: every rung that names its kit today names only 'none', which always fits; the rule waits for a rung that needs kit.
        if (r.equipment && !d.equipment.every((e) => e === 'none' || settings.equipment.includes(e))) return false;
        if (r.position && !settings.spaces.includes(SPACE_FOR_POSITION[d.position])) return false;
        return breakSeconds(d, settings.drillCapSeconds) <= settings.drillCapSeconds;
      }
    : undefined;
  const { rung, index } = rungToDo(ladder, level, fits);
  return { drill: form(rung), rung: index, level, rungs: ladder.rungs.length, variant: rung.variant };
}
