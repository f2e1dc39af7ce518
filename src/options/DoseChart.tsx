import { DOSE_REFERENCE, type WeekDose } from '../core/dose';
import { fromDayKey } from '../core/history';
import { t } from '../platform/i18n';
import { longDate, shortDate } from '../ui/BarChart';
import { formatCount } from '../ui/intl-cache';
import { chartFrame, round } from '../ui/chart-frame';

// Strengthening minutes per week against the dose of the trial behind short workplace exercise
// (Andersen et al. 2011: 2 minutes a day on 5 days). The line is what was studied, not a target
// that promises anything: its label says so.

const { WIDTH, HEIGHT, LEFT, RIGHT, PLOT_W, PLOT_H, BASE } = chartFrame(160);

interface Props {
  /** The last weeks, oldest first, as weeklyDose gives them. */
  weeks: readonly WeekDose[];
  locale: string;
}

export function DoseChart({ weeks, locale }: Props) {
  const scale = Math.max(DOSE_REFERENCE.minutesPerWeek * 1.5, ...weeks.map((w) => w.strengthMinutes));
  const slot = PLOT_W / Math.max(1, weeks.length);
  const barW = slot * 0.7;
  const refY = round(BASE - (DOSE_REFERENCE.minutesPerWeek / scale) * PLOT_H);
  const num = (n: number) => formatCount(n, locale);
  const reference = t('checkin_dose_reference', [num(DOSE_REFERENCE.minutesPerWeek), num(DOSE_REFERENCE.days)]);
  const first = weeks[0];
  const last = weeks.at(-1);
  const range = first && last ? t('progress_chart_range', [shortDate(fromDayKey(first.week), locale), shortDate(fromDayKey(last.week), locale)]) : '';
  const label = t('checkin_dose_label', [range, weeks.map((w) => num(w.strengthMinutes)).join(', '), reference]);
  return (
    <figure class="bar-chart dose-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="dose-chart" preserveAspectRatio="xMidYMid meet">
        <line class="axis" x1={LEFT} x2={WIDTH - RIGHT} y1={BASE} y2={BASE} />
        <text class="y-label" x={LEFT - 6} y={BASE} dy="0.35em" text-anchor="end">0</text>
        {weeks.map((w, i) => {
          const h = round((w.strengthMinutes / scale) * PLOT_H);
          const x = round(LEFT + i * slot + (slot - barW) / 2);
          return (
            <g key={w.week} data-week={w.week}>
              <title>{t('checkin_dose_bar', [shortDate(fromDayKey(w.week), locale), num(w.strengthMinutes), num(w.activeDays)])}</title>
              {h > 0 ? <rect class="bar done" x={x} y={round(BASE - h)} width={round(barW)} height={h} /> : null}
            </g>
          );
        })}
        <line class="reference" x1={LEFT} x2={WIDTH - RIGHT} y1={refY} y2={refY} data-testid="dose-reference" />
        <text class="y-label" x={LEFT - 6} y={refY} dy="0.35em" text-anchor="end">{num(DOSE_REFERENCE.minutesPerWeek)}</text>
      </svg>
      <figcaption class="muted" data-testid="dose-reference-label">{reference}</figcaption>
      <table class="ratings dose-table" data-testid="dose-table">
        <caption class="sr-only">{t('checkin_dose_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress_week_of')}</th>
            <th scope="col">{t('checkin_dose_minutes')}</th>
            <th scope="col">{t('checkin_dose_active_days')}</th>
            <th scope="col">{t('checkin_dose_strength_days')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => {
            const start = fromDayKey(w.week);
            return (
              <tr key={w.week}>
                <th scope="row">
                  <time dateTime={w.week} title={longDate(start, locale)}>{shortDate(start, locale)}</time>
                </th>
                <td class={w.strengthMinutes === 0 ? 'zero' : undefined}>{num(w.strengthMinutes)}</td>
                <td class={w.activeDays === 0 ? 'zero' : undefined}>{num(w.activeDays)}</td>
                <td class={w.strengthDays === 0 ? 'zero' : undefined}>{num(w.strengthDays)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
