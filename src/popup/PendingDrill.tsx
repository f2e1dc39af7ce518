import type { ComponentProps, VNode } from 'preact';
import type { DrillId } from '../core/catalog/ids';
import { drillText, type Drill } from '../core/drill';
import { noFitReasons } from '../core/no-fit';
import { findIn } from '../core/own-world';
import { inRotation, rankCandidates } from '../core/rotation';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import { t, tm } from '../platform/i18n';
import { useDrills } from '../ui/drills';
import { useRecentHistory } from '../ui/hooks';
import { markContentReady } from '../ui/ready';
import { LeveledDrill } from './LeveledDrill';

/** Its children drawn with every drill there is, once read; the popup waits, busy, until then. */
export function WithDrills({ children }: { children: (world: Drill[]) => VNode }) {
  const world = useDrills();
  return world ? children(world) : <main class="popup" aria-busy="true" />;
}

/** Why the drill on screen is a gentle stand-in, when nothing in the rotation fits; else null. */
export function fallbackFor(settings: Settings, state: State, world: readonly Drill[]): string | null {
  // The settings the worker picked under: with every drill switched off, all of them are on.
  const s = inRotation(settings, world);
  if (rankCandidates(s, state.recentDrills, world).length > 0) return null;
  return t('nofit', [noFitReasons(s, world).map(tm).join(t('list_separator'))]);
}

type Props = Omit<ComponentProps<typeof LeveledDrill>, 'drill' | 'fallback' | 'onDone' | 'onSwap' | 'lastDone'> & {
  drillId: DrillId;
  state: State;
  /** `name`: the drill's as the break showed it. */
  onDone: (seconds: number, drill: Drill, name: string) => void;
  onSwap: () => void;
};

/**
 * The break's drill, found among every drill there is (the user's own included). One deleted since
 * it was picked, here or on another computer, is said to be gone, with a way on: never a blank popup.
 */
export function PendingDrill({ drillId, state, onDone, ...view }: Props) {
  const world = useDrills();
  // Whether the drill was done since its level moved: from the recent history's record.
  const recent = useRecentHistory();
  if (!world) return <div class="drill" aria-busy="true" />;
  const drill = findIn(world, drillId);
  if (!drill) {
    // The worker swaps to the best drill that fits; with none, it keeps the break as it is.
    const canSwap = rankCandidates(inRotation(view.settings, world), state.recentDrills, world).length > 0;
    return <RemovedDrillView onSwap={canSwap ? view.onSwap : undefined} onSkip={() => view.onSkip(0)} />;
  }
  return <LeveledDrill key={drill.id} {...view} lastDone={recent?.lastDone ?? null} drill={drill} fallback={fallbackFor(view.settings, state, world)} onDone={(seconds) => onDone(seconds, drill, drillText(drill, t).name)} />;
}

/** A break whose drill was deleted: what happened, and another drill or a skip. */
export function RemovedDrillView({ onSwap, onSkip }: { onSwap: (() => void) | undefined; onSkip: () => void }) {
  return (
    <article class="drill" aria-labelledby="removed-title" data-testid="drill-removed">
      <p class="eyebrow">{t('eyebrow_break')}</p>
      <h1 id="removed-title" ref={markContentReady}>
        {t('ownb_removed_title')}
      </h1>
      <p>{t(onSwap ? 'ownb_removed_body' : 'ownb_removed_body_skip')}</p>
      <div class="actions">
        {onSwap ? (
          <button type="button" class="primary" onClick={onSwap}>
            {t('swap')}
          </button>
        ) : null}
        <button type="button" class={onSwap ? undefined : 'primary'} onClick={onSkip}>
          {t('skip')}
        </button>
      </div>
    </article>
  );
}
