import { fromDayKey } from '../core/history';
import type { DayPoint } from '../core/stats';
import { t } from '../platform/i18n';
import { dateLocale } from './format';
import { chartFrame, round } from './chart-frame';
import { dateFormat } from './intl-cache';

/** One day's counts, by kind: a local day (yyyy-MM-dd) and a number for each kind the chart stacks. */
export type ChartPoint<K extends string> = { day: string } & Record<K, number>;

/** What a chart counts and how it says so: its kinds bottom to top (with the message key of each name), its summary, each bar's title, its table's caption. */
export interface ChartWords<K extends string> {
  stack: readonly (readonly [K, string])[];
  label: (range: string, sums: Record<K, number>, max: number) => string;
  bar: (date: string, point: ChartPoint<K>) => string;
  caption: (range: string) => string;
}

interface Props<K extends string> {
  /** One entry per day, oldest first, as from dailySeries or seenPerDay. */
  series: readonly ChartPoint<K>[];
  words: ChartWords<K>;
  /** A BCP 47 tag; the user's by default. */
  locale?: string;
  testId?: string;
}

// Drawing space; the svg scales to the width of its container.
const { WIDTH, HEIGHT, LEFT, RIGHT, TOP, PLOT_W, PLOT_H, BASE } = chartFrame(180);
/** A tick under today and every seventh day before it. */
const TICK_EVERY = 7;

/** Breaks per day: done at the bottom, then skipped, then natural. */
export const BREAKS_CHART: ChartWords<keyof Omit<DayPoint, 'day'>> = {
  stack: [
    ['done', 'progress_done'],
    ['skipped', 'progress_skipped'],
    ['natural', 'progress_natural'],
  ],
  label: (range, sums, max) => t('progress_chart_label', [range, String(sums.done), String(sums.skipped), String(sums.natural), String(max)]),
  bar: (date, p) => t('progress_chart_bar', [date, String(p.done), String(p.skipped), String(p.natural)]),
  caption: (range) => t('progress_chart_caption', [range]),
};

/** "Mar 3" or "3 Mar", as the locale writes short dates. */
export function shortDate(date: Date, locale: string): string {
  return dateFormat(locale, { month: 'short', day: 'numeric' }).format(date);
}

/** "Tuesday, March 3, 2026", for the text alternative. */
export function longDate(date: Date, locale: string): string {
  return dateFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** Counts per day as stacked bars, the first kind at the bottom, with a hidden table of the same numbers. */
export function BarChart<K extends string>({ series, words, locale = dateLocale(), testId }: Props<K>) {
  const { stack } = words;
  const total = (p: ChartPoint<K>) => stack.reduce((sum, [key]) => sum + p[key], 0);
  const max = Math.max(0, ...series.map(total));
  const scale = Math.max(1, max);
  const slot = series.length > 0 ? PLOT_W / series.length : PLOT_W;
  const barW = Math.max(1, slot * 0.72);
  const sums = Object.fromEntries(stack.map(([key]) => [key, 0])) as Record<K, number>;
  for (const p of series) for (const [key] of stack) sums[key] += p[key];
  const first = series[0];
  const last = series.at(-1);
  const range = first && last ? t('progress_chart_range', [shortDate(fromDayKey(first.day), locale), shortDate(fromDayKey(last.day), locale)]) : t('progress_chart_no_days');
  const label = words.label(range, sums, max);

  return (
    <figure class="bar-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid={testId} preserveAspectRatio="xMidYMid meet">
        <line class="grid" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP} y2={TOP} />
        <line class="axis" x1={LEFT} x2={WIDTH - RIGHT} y1={BASE} y2={BASE} />
        <text class="y-label" x={LEFT - 6} y={TOP} dy="0.35em" text-anchor="end" data-testid="y-max">
          {scale}
        </text>
        <text class="y-label" x={LEFT - 6} y={BASE} dy="0.35em" text-anchor="end">
          0
        </text>
        {series.map((p, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2;
          let y = BASE;
          const date = fromDayKey(p.day);
          const tick = (series.length - 1 - i) % TICK_EVERY === 0;
          const lastBar = i === series.length - 1;
          return (
            <g key={p.day} data-day={p.day}>
              <title>{words.bar(shortDate(date, locale), p)}</title>
              {stack.map(([key]) => {
                const h = (p[key] / scale) * PLOT_H;
                if (h <= 0) return null;
                y -= h;
                return <rect key={key} class={`bar ${key}`} x={round(x)} y={round(y)} width={round(barW)} height={round(h)} />;
              })}
              {tick ? (
                <>
                  <line class="tick" x1={round(x + barW / 2)} x2={round(x + barW / 2)} y1={BASE} y2={BASE + 4} />
                  <text class="x-label" x={round(lastBar ? x + barW : x + barW / 2)} y={HEIGHT - 4} text-anchor={lastBar ? 'end' : 'middle'}>
                    {shortDate(date, locale)}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
      </svg>
      {/* One kind needs no key: the heading above the chart names it. */}
      {stack.length > 1 ? (
        <div class="legend" aria-hidden="true">
          {stack.map(([key, name]) => (
            <span key={key} class="legend-item">
              <span class={`swatch ${key}`} />
              {t(name)}
            </span>
          ))}
        </div>
      ) : null}
      <table class="sr-only">
        <caption>{words.caption(range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress_chart_day')}</th>
            {stack.map(([key, name]) => (
              <th key={key} scope="col">{t(name)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.day}>
              <th scope="row">{longDate(fromDayKey(p.day), locale)}</th>
              {stack.map(([key]) => (
                <td key={key}>{p[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

