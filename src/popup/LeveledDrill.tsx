import type { ComponentProps } from 'preact';
import type { DrillId } from '../core/catalog/ids';
import { breakDose, type Drill } from '../core/drill';
import { describeDose } from '../core/dose-text';
import { atLevel } from '../core/leveled';
import { drillLadder, levelOf, type LevelStore } from '../core/levels';
import type { Ladder } from '../core/catalog/ladders';
import type { Settings } from '../core/settings';
import { t, tm } from '../platform/i18n';
import { DrillView } from '../ui/DrillView';
import { levelsStore, useLevels } from '../ui/use-levels';

// The read starts as this chunk loads: with a break on screen, alongside the other storage reads.
levelsStore();

/** `lastDone`: when each drill was last done (core/history-recent.ts); null where no note is wanted. */
type Props = Omit<ComponentProps<typeof DrillView>, 'drill' | 'level'> & { drill: Drill; settings: Settings; lastDone: ReadonlyMap<string, number> | null };

/** How a rung is said at this cap: its dose, and its form where the ladder names one. */
function rungWords(ladder: Ladder, rung: number, cap: number | null): string {
  const { dose, variant } = ladder.rungs[Math.min(rung, ladder.rungs.length - 1)]!;
  const words = tm(describeDose(cap === null ? dose : breakDose(dose, cap)));
  return variant ? `${words} (${t(`level_${variant}`)})` : words;
}

/** What changed since the user last did this drill: the first time after a move, why it moved. */
function changeNote(id: DrillId, ladder: Ladder, levels: LevelStore, lastDone: ReadonlyMap<string, number> | null, cap: number | null): string | undefined {
  const last = levelOf(levels, id, () => ladder).last;
  if (!last || !lastDone) return undefined;
  if ((lastDone.get(id) ?? 0) > last.at) return undefined;
  const now = rungWords(ladder, last.to, cap);
  if (last.why === 'manual') return t('level_set', [now]);
  return t(last.why === 'easy' ? 'level_up_easy' : 'level_down_hard', [now, rungWords(ladder, last.from, cap)]);
}

/** A drill at the user's level: the rung's dose in the view and the timer, the level, and what changed. */
export function LeveledDrill({ drill, settings, lastDone, ...view }: Props) {
  const levels = useLevels();
  if (!levels) return <div class="drill" aria-busy="true" />;
  const cap = view.capSeconds;
  const id = drill.id as DrillId;
  const leveled = atLevel(drill, levels, cap === null ? undefined : { ...settings, drillCapSeconds: cap });
  const label = leveled.variant
    ? t('level_of_variant', [String(leveled.rung + 1), String(leveled.rungs), t(`level_${leveled.variant}`)])
    : t('level_of', [String(leveled.rung + 1), String(leveled.rungs)]);
  const waits = leveled.rung < leveled.level ? t('level_waits', [String(leveled.level + 1), String(leveled.rung + 1)]) : undefined;
  const note = [changeNote(id, drillLadder(drill), levels, lastDone, cap), waits].filter(Boolean).join(' ') || undefined;
  // A drill done on one rung (an own drill with levels off) has no level to speak of.
  return <DrillView {...view} drill={leveled.drill} level={leveled.rungs > 1 ? { label, note } : undefined} />;
}
