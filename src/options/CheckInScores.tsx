import { MARKERS, SCORE_MAX, type CheckIn, type Marker } from '../core/checkin';
import { fromDayKey } from '../core/history';
import { t } from '../platform/i18n';
import { ANSWER_TEXT } from '../ui/CheckIn';
import { longDate, shortDate } from '../ui/BarChart';
import { formatCount } from '../ui/intl-cache';
import { chartFrame, round } from '../ui/chart-frame';

// The weekly scores as a line over the weeks, and the same weeks as a table with the plan's
// markers: the chart for a glance, the table for the numbers and for screen readers.

/** Column headings, and the anchors the journey's milestones link to. */
export const MARKER_SHORT: Record<Marker, string> = {
  sitTwoHours: 'checkin_marker_short_sitTwoHours',
  painFreeMornings: 'checkin_marker_short_painFreeMornings',
  overheadEasier: 'checkin_marker_short_overheadEasier',
};
export const markerAnchor = (m: Marker) => `checkin-marker-${m}`;

const { WIDTH, HEIGHT, LEFT, RIGHT, TOP, PLOT_W, PLOT_H } = chartFrame(150, { right: 10, top: 10 });

interface Props {
  checkIns: readonly CheckIn[];
  /** Whether a drill was rated "it hurt" in a week (its Monday): said beside that week's score. */
  hurt: (week: string) => boolean;
  locale: string;
}

/** The answered weeks' scores from 0 to 10, oldest first, with a text alternative. */
export function ScoreChart({ checkIns, locale }: Omit<Props, 'hurt'>) {
  const scored = checkIns.filter((c): c is CheckIn & { score: number } => c.score !== null);
  if (scored.length === 0) return null;
  const step = scored.length > 1 ? PLOT_W / (scored.length - 1) : 0;
  const x = (i: number) => round(scored.length > 1 ? LEFT + i * step : (LEFT + WIDTH - RIGHT) / 2);
  const y = (score: number) => round(TOP + PLOT_H - (score / SCORE_MAX) * PLOT_H);
  const range = t('progress_chart_range', [shortDate(fromDayKey(scored[0]!.week), locale), shortDate(fromDayKey(scored.at(-1)!.week), locale)]);
  const label = t('checkin_chart_label', [range, scored.map((c) => formatCount(c.score, locale)).join(', ')]);
  return (
    <svg class="score-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="checkin-chart" preserveAspectRatio="xMidYMid meet">
      <line class="grid" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP} y2={TOP} />
      <line class="axis" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + PLOT_H} y2={TOP + PLOT_H} />
      <text class="y-label" x={LEFT - 6} y={TOP} dy="0.35em" text-anchor="end">{SCORE_MAX}</text>
      <text class="y-label" x={LEFT - 6} y={TOP + PLOT_H} dy="0.35em" text-anchor="end">0</text>
      <polyline class="score-line" points={scored.map((c, i) => `${x(i)},${y(c.score)}`).join(' ')} />
      {scored.map((c, i) => (
        <circle key={c.week} class="score-point" cx={x(i)} cy={y(c.score)} r={4} data-week={c.week}>
          <title>{t('checkin_chart_point', [shortDate(fromDayKey(c.week), locale), String(c.score)])}</title>
        </circle>
      ))}
      <text class="x-label" x={LEFT} y={HEIGHT - 4}>{shortDate(fromDayKey(scored[0]!.week), locale)}</text>
      {scored.length > 1 ? (
        <text class="x-label" x={WIDTH - RIGHT} y={HEIGHT - 4} text-anchor="end">{shortDate(fromDayKey(scored.at(-1)!.week), locale)}</text>
      ) : null}
    </svg>
  );
}

/** Every week with a check-in: its score (or "not this week"), "it hurt" that week, and the markers as answered. */
export function ScoreTable({ checkIns, hurt, locale }: Props) {
  const markersAsked = checkIns.some((c) => Object.keys(c.markers).length > 0);
  return (
    <table class="ratings checkin-table" data-testid="checkin-table" aria-labelledby="checkin-table-title">
      <caption id="checkin-table-title" class="sr-only">{t('checkin_table_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('progress_week_of')}</th>
          <th scope="col">{t('checkin_score')}</th>
          {markersAsked
            ? MARKERS.map((m) => (
                <th key={m} scope="col" id={markerAnchor(m)}>{t(MARKER_SHORT[m])}</th>
              ))
            : null}
        </tr>
      </thead>
      <tbody>
        {checkIns.map((c) => {
          const start = fromDayKey(c.week);
          return (
            <tr key={c.week} data-week={c.week}>
              <th scope="row">
                <time dateTime={c.week} title={longDate(start, locale)}>{shortDate(start, locale)}</time>
              </th>
              <td class={c.score === null ? 'zero' : undefined}>
                {c.score === null ? t('checkin_not_answered') : formatCount(c.score, locale)}
                {hurt(c.week) ? <span class="hurt"> · {t('checkin_hurt_this_week')}</span> : null}
              </td>
              {markersAsked
                ? MARKERS.map((m) => {
                    const a = c.markers[m];
                    return <td key={m} class={a ? `answer ${a}` : 'zero'}>{a ? t(ANSWER_TEXT[a]) : '–'}</td>;
                  })
                : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
