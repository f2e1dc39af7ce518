import { format, parseISO, type Locale } from 'date-fns';
import { findDrill } from '../core/catalog';
import { HISTORY_DAYS, type HistoryStore } from '../core/history';
import { bestStreak, currentStreakOf, dailySeries, ratingsByWeek, topDrills, totals } from '../core/stats';
import { BarChart, shortDate } from '../ui/BarChart';
import { userLocale } from '../ui/format';
import './progress.css';

interface Props {
  history: HistoryStore;
  now: number;
  /** For dates; the browser's language when not given. */
  locale?: Locale;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** The progress view of the options page: the last 30 days, streaks, totals, favourite drills and how drills felt. */
export function ProgressSection({ history, now, locale = userLocale() }: Props) {
  const sum = totals(history);
  // Pauses and snoozes alone draw nothing: until a break is done, skipped or taken, there is nothing to show.
  const empty = sum.done + sum.skipped + sum.natural === 0;
  return (
    <section class="progress" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress</h2>
      {empty ? (
        <p class="progress-empty" data-testid="progress-empty">
          Nothing here yet. After your first break, this is where you will see your days, your streak and the drills you do most.
        </p>
      ) : (
        <>
          <h3>Last 30 days</h3>
          <BarChart series={dailySeries(history, now, 30)} locale={locale} testId="progress-chart" />

          <dl class="stat-grid" data-testid="progress-streaks" aria-label="Streaks">
            <div>
              <dt>Current streak</dt>
              <dd>{days(currentStreakOf(history, now))}</dd>
            </div>
            <div>
              <dt>Best streak</dt>
              <dd>{days(bestStreak(history))}</dd>
            </div>
          </dl>

          <h3>All time</h3>
          <dl class="stat-grid" data-testid="progress-totals" aria-label="All time">
            <div>
              <dt>Done</dt>
              <dd>{sum.done}</dd>
            </div>
            <div>
              <dt>Skipped</dt>
              <dd>{sum.skipped}</dd>
            </div>
            <div>
              <dt>Natural</dt>
              <dd>{sum.natural}</dd>
            </div>
            <div>
              <dt>Minutes spent</dt>
              <dd>{sum.minutes}</dd>
            </div>
          </dl>

          <TopDrills history={history} everDone={sum.done > 0} />
          <Ratings history={history} now={now} locale={locale} />
        </>
      )}
    </section>
  );
}

function TopDrills({ history, everDone }: { history: HistoryStore; everDone: boolean }) {
  const top = topDrills(history.events, 5);
  return (
    <>
      <h3 id="top-drills-title">Drills you do most</h3>
      {top.length === 0 ? (
        <p class="muted">{everDone ? `No drills finished in the last ${HISTORY_DAYS} days.` : 'No drills finished yet.'}</p>
      ) : (
        <ol class="top-drills" data-testid="top-drills" aria-labelledby="top-drills-title">
          {top.map(({ drillId, count }) => (
            <li key={drillId}>
              <span class="name">{findDrill(drillId)?.name ?? drillId}</span> <span class="count">{times(count)}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

const RATING_COLUMNS = [
  ['easy', 'Easy'],
  ['right', 'About right'],
  ['hard', 'Hard'],
  ['pain', 'It hurt'],
] as const;

function Ratings({ history, now, locale }: { history: HistoryStore; now: number; locale: Locale }) {
  const weeks = ratingsByWeek(history.events, now, 8);
  const rated = weeks.some((w) => w.easy + w.right + w.hard + w.pain > 0);
  return (
    <>
      <h3 id="ratings-title">How drills felt</h3>
      {rated ? (
        <table class="ratings" data-testid="ratings" aria-labelledby="ratings-title">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {RATING_COLUMNS.map(([key, name]) => (
                <th key={key} scope="col">{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => {
              const start = parseISO(w.weekStart);
              return (
                <tr key={w.weekStart}>
                  <th scope="row">
                    <time dateTime={w.weekStart} title={format(start, 'PPPP', { locale })}>
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
        <p class="muted">No drills rated in the last 8 weeks. Rate a drill after you finish it to see how they feel over time.</p>
      )}
    </>
  );
}
