import { plural } from '../core/i18n';
import { seenPerDay } from '../core/posture-seen';
import { t, tm } from '../platform/i18n';
import { BarChart, type ChartWords } from '../ui/BarChart';
import { formatCount } from '../ui/intl-cache';
import { useFirstRead } from './first-reads';

/** The days the chart shows, today last. */
export const POSTURE_CHART_DAYS = 14;

function postureWords(locale: string): ChartWords<'seen'> {
  return {
    stack: [['seen', 'progress_posture_seen']],
    label: (range, sums, max) => t('progress_posture_chart_label', [range, formatCount(sums.seen, locale), formatCount(max, locale)]),
    bar: (date, p) => tm(plural('progress_posture_bar', p.seen, date, p.seen)),
    caption: (range) => t('progress_posture_chart_caption', [range]),
  };
}

interface Props {
  /** Whether the user has posture resets on: with them off and none ever seen, there is nothing to show. */
  on: boolean;
  now: number;
  locale: string;
}

/** Posture resets seen per day, counted apart from the drills (never as done or skipped). */
export function PostureProgress({ on, now, locale }: Props) {
  // Resets seen per local day, kept live; null while first read.
  const seen = useFirstRead('postureSeen');
  if (seen === null) return null;
  const all = Object.values(seen).reduce((sum, n) => sum + n, 0);
  if (!on && all === 0) return null;
  const series = seenPerDay(seen, now, POSTURE_CHART_DAYS);
  const recent = series.reduce((sum, p) => sum + p.seen, 0);
  const days = formatCount(POSTURE_CHART_DAYS, locale);
  return (
    <div class="posture-seen" data-testid="posture-seen">
      <h3 id="posture-seen-title">{t('progress_posture_title')}</h3>
      <p class="muted">{t('progress_posture_apart')}</p>
      {recent === 0 ? (
        <p class="muted">{t('progress_posture_none', [days])}</p>
      ) : (
        <BarChart series={series} words={postureWords(locale)} locale={locale} testId="posture-chart" />
      )}
      <dl class="stat-grid" data-testid="posture-totals" aria-labelledby="posture-seen-title">
        <div>
          <dt>{t('progress_posture_recent', [days])}</dt>
          <dd>{formatCount(recent, locale)}</dd>
        </div>
        <div>
          <dt>{t('progress_posture_all')}</dt>
          <dd>{formatCount(all, locale)}</dd>
        </div>
      </dl>
    </div>
  );
}
