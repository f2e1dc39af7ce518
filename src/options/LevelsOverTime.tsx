import { CATALOG } from '../core/catalog';
import type { DrillId } from '../core/catalog/ids';
import { drillText, type Drill } from '../core/drill';
import { dayKey } from '../core/history';
import type { LevelProgress } from '../core/journey';
import { catalogLadders, ladderOf, laddersOf, type Ladders, type LevelReason } from '../core/levels';
import { findIn } from '../core/own-world';
import { t } from '../platform/i18n';
import { longDate } from '../ui/BarChart';
import { dateFormat } from '../ui/intl-cache';

// Literal keys, not built from the reason, so the locale check sees each one used.
const WHY: Record<LevelReason, string> = { easy: 'progress_why_easy', hard: 'progress_why_hard', manual: 'progress_why_manual' };

/**
 * "Level 2 of 4", with the form of the drill at that rung where its ladder names one. `rungs`: how
 * many a drill whose ladder is gone (a deleted own drill) is counted to have; its rung else.
 */
export function levelName(id: DrillId, rung: number, ladders: Ladders = catalogLadders, rungs = rung + 1): string {
  const ladder = ladderOf(id, ladders);
  const variant = ladder?.rungs[rung]?.variant;
  const of = [String(rung + 1), String(ladder?.rungs.length ?? rungs)];
  return variant ? t('progress_level_of_variant', [...of, t(`level_${variant}`)]) : t('progress_level_of', of);
}

/**
 * A drill's name in the progress views: an own drill's own, and for one deleted since, words that
 * say so (never its id). `world` is null while the drills are first read: an own drill's name waits.
 */
export function drillLabel(id: DrillId, world: readonly Drill[] | null): string {
  const drill = findIn(world ?? CATALOG, id);
  if (drill) return drillText(drill, t).name;
  return world ? t('ownb_deleted_drill') : '';
}

interface Props {
  progress: LevelProgress;
  locale: string;
  /** Every drill there is, the user's own among them; null while first read. */
  world: readonly Drill[] | null;
}

/** Every move of every drill's level, grouped by drill, oldest first: from, to, when and why. */
export function LevelsOverTime({ progress, locale, world }: Props) {
  const ladders = laddersOf(world ?? CATALOG);
  return (
    <>
      <h3 id="levels-title">{t('progress_levels_title')}</h3>
      {progress.drills.length === 0 ? (
        <p class="muted" data-testid="levels-none">
          {t('progress_levels_none')}
        </p>
      ) : (
        <table class="levels" data-testid="levels" aria-labelledby="levels-title">
          <thead>
            <tr>
              <th scope="col">{t('progress_levels_drill')}</th>
              <th scope="col">{t('progress_levels_from')}</th>
              <th scope="col">{t('progress_levels_to')}</th>
              <th scope="col">{t('progress_levels_when')}</th>
              <th scope="col">{t('progress_levels_why')}</th>
            </tr>
          </thead>
          {progress.drills.map(({ drillId, changes, current, rungs }) => {
            const name = drillLabel(drillId, world);
            const level = (rung: number) => levelName(drillId, rung, ladders, rungs);
            return (
              <tbody key={drillId} data-drill={drillId}>
                {changes.map((change, i) => (
                  <tr key={`${change.at}-${i}`}>
                    <th scope="row">
                      {/* Every row names its drill for a screen reader; the eye needs it once. */}
                      <span class={i === 0 ? 'name' : 'sr-only'}>{name}</span>
                      {i === 0 ? (
                        <>
                          {' '}
                          <span class="now">{t('progress_levels_now', [level(current)])}</span>
                        </>
                      ) : null}
                    </th>
                    <td>{level(change.from)}</td>
                    <td>
                      <span class={change.to > change.from ? 'up' : 'down'} aria-hidden="true">
                        {change.to > change.from ? '↑ ' : '↓ '}
                      </span>
                      {level(change.to)}
                    </td>
                    <td>
                      <time dateTime={dayKey(change.at)} title={longDate(new Date(change.at), locale)}>
                        {dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(change.at)}
                      </time>
                    </td>
                    <td>{t(WHY[change.why])}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      )}
    </>
  );
}
