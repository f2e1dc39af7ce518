import { fromDayKey } from '../core/history';
import { CATALOG } from '../core/catalog';
import type { Drill } from '../core/drill';
import { HISTORY_DAYS, type HistoryStore } from '../core/history';
import { journeyAt, levelProgress } from '../core/journey';
import { laddersOf, type LevelStore } from '../core/levels';
import { bestStreak, currentStreakOf, dailySeries, ratingsByWeek, topDrills, totals } from '../core/stats';
import { t, tm } from '../platform/i18n';
import { plural } from '../core/i18n';
import { BarChart, BREAKS_CHART, longDate, shortDate } from '../ui/BarChart';
import { useDrills } from '../ui/drills';
import { dateLocale } from '../ui/format';
import { useCheckIns } from '../ui/checkin-store';
import { HowItsGoing } from './HowItsGoing';
import { JourneyView } from './JourneyView';
import { drillLabel, LevelsOverTime } from './LevelsOverTime';
import { PostureProgress } from './PostureProgress';
import './progress.css';

interface Props {
  history: HistoryStore;
  now: number;
  /** Every drill's level and its moves; null while first read. */
  levels: LevelStore | null;
  /** For dates: a BCP 47 tag; the user's by default. */
  locale?: string;
  /** Whether posture resets are on: their count shows then, or once any was seen. */
  postureResets?: boolean;
  /** Whether the weekly check-in is asked: the progress page then offers it when due. */
  weeklyCheckIn?: boolean;
}

const days = (n: number) => tm(plural('progress_days', n, n));
const times = (n: number) => tm(plural('progress_times', n, n));

/**
 * The progress view of the options page: the plan's 90 days, the last 30 days, streaks, totals,
 * favourite drills, how drills felt and each drill's level over time.
 */
export function ProgressSection({ history, now, levels, locale = dateLocale(), postureResets = false, weeklyCheckIn = false }: Props) {
  const sum = totals(history);
  // Pauses and snoozes alone draw nothing: until a break is done, skipped or taken, there is nothing to show.
  const empty = sum.done + sum.skipped + sum.natural === 0;
  // The user's own drills, with their names and ladders; the catalog's are known before the read.
  const world = useDrills();
  const ladders = laddersOf(world ?? CATALOG);
  const moved = levels ? levelProgress(levels, ladders) : null;
  const checkIns = useCheckIns();
  const markersAnswered = checkIns?.some((c) => Object.keys(c.markers).length > 0) ?? false;
  return (
    <section class="progress" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress_title')}</h2>
      {empty ? (
        <p class="progress-empty" data-testid="progress-empty">
          {t('progress_empty')}
        </p>
      ) : null}
      <JourneyView journey={journeyAt(history, now)} levels={moved} locale={locale} markers={markersAnswered} />
      <HowItsGoing history={history} checkIns={checkIns} drills={world ?? CATALOG} ladders={ladders} now={now} weeklyCheckIn={weeklyCheckIn} locale={locale} />
      {empty ? null : (
        <>
          <h3>{t('progress_last_30_days')}</h3>
          <BarChart series={dailySeries(history, now, 30)} words={BREAKS_CHART} locale={locale} testId="progress-chart" />

          <dl class="stat-grid" data-testid="progress-streaks" aria-label={t('progress_streaks')}>
            <div>
              <dt>{t('progress_current_streak')}</dt>
              <dd>{days(currentStreakOf(history, now))}</dd>
            </div>
            <div>
              <dt>{t('progress_best_streak')}</dt>
              <dd>{days(bestStreak(history))}</dd>
            </div>
          </dl>

          <h3>{t('progress_all_time')}</h3>
          <dl class="stat-grid" data-testid="progress-totals" aria-label={t('progress_all_time')}>
            <div>
              <dt>{t('progress_done')}</dt>
              <dd>{sum.done}</dd>
            </div>
            <div>
              <dt>{t('progress_skipped')}</dt>
              <dd>{sum.skipped}</dd>
            </div>
            <div>
              <dt>{t('progress_natural')}</dt>
              <dd>{sum.natural}</dd>
            </div>
            <div>
              <dt>{t('progress_held')}</dt>
              <dd>{sum.held}</dd>
            </div>
            <div>
              <dt>{t('progress_minutes_spent')}</dt>
              <dd>{sum.minutes}</dd>
            </div>
          </dl>

          <TopDrills history={history} everDone={sum.done > 0} world={world} />
          <Ratings history={history} now={now} locale={locale} />
        </>
      )}
      {/* A level set by hand before any break still has its record; with neither, the empty line says enough. */}
      {moved && (!empty || moved.drills.length > 0) ? <LevelsOverTime progress={moved} locale={locale} world={world} /> : null}
      <PostureProgress on={postureResets} now={now} locale={locale} />
    </section>
  );
}

function TopDrills({ history, everDone, world }: { history: HistoryStore; everDone: boolean; world: readonly Drill[] | null }) {
  const top = topDrills(history.events, 5);
  return (
    <>
      <h3 id="top-drills-title">{t('progress_top_drills')}</h3>
      {top.length === 0 ? (
        <p class="muted">{everDone ? t('progress_none_finished_recently', [String(HISTORY_DAYS)]) : t('progress_none_finished')}</p>
      ) : (
        <ol class="top-drills" data-testid="top-drills" aria-labelledby="top-drills-title">
          {top.map(({ drillId, count }) => (
            <li key={drillId}>
              <span class="name">{drillLabel(drillId, world)}</span> <span class="count">{times(count)}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

const RATING_COLUMNS = [
  ['easy', 'progress_rating_easy'],
  ['right', 'progress_rating_right'],
  ['hard', 'progress_rating_hard'],
  ['pain', 'progress_rating_pain'],
] as const;

function Ratings({ history, now, locale }: { history: HistoryStore; now: number; locale: string }) {
  const weeks = ratingsByWeek(history.events, now, 8);
  const rated = weeks.some((w) => w.easy + w.right + w.hard + w.pain > 0);
  return (
    <>
      <h3 id="ratings-title">{t('progress_ratings_title')}</h3>
      {rated ? (
        <table class="ratings" data-testid="ratings" aria-labelledby="ratings-title">
          <thead>
            <tr>
              <th scope="col">{t('progress_week_of')}</th>
              {RATING_COLUMNS.map(([key, name]) => (
                <th key={key} scope="col">{t(name)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => {
              const start = fromDayKey(w.weekStart);
              return (
                <tr key={w.weekStart}>
                  <th scope="row">
                    <time dateTime={w.weekStart} title={longDate(start, locale)}>
                      {shortDate(start, locale)}
                    </time>
                  </th>
                  {RATING_COLUMNS.map(([key]) => (
                    <td key={key} class={key === 'pain' && w.pain > 0 ? 'hurt' : w[key] === 0 ? 'zero' : undefined}>
                      {w[key]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('progress_none_rated')}</p>
      )}
    </>
  );
}
