import { intlFormat } from 'date-fns';
import { fromDayKey } from '../core/history';
import type { DayPoint } from '../core/stats';
import { t } from '../platform/i18n';
import { dateLocale } from './format';

interface Props {
  /** One entry per day, oldest first, as from dailySeries. */
  series: readonly DayPoint[];
  /** A BCP 47 tag; the user's by default. */
  locale?: string;
  testId?: string;
}

// Drawing space; the svg scales to the width of its container.
const WIDTH = 600;
const HEIGHT = 180;
const LEFT = 30;
const RIGHT = 6;
const TOP = 12;
const BOTTOM = 22;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const BASE = TOP + PLOT_H;
/** A tick under today and every seventh day before it. */
const TICK_EVERY = 7;

/** Each kind of break with the message key of its name. */
const STACK = [
  ['done', 'progress_done'],
  ['skipped', 'progress_skipped'],
  ['natural', 'progress_natural'],
] as const;

/** "Mar 3" or "3 Mar", as the locale writes short dates. */
export function shortDate(date: Date, locale: string): string {
  return intlFormat(date, { month: 'short', day: 'numeric' }, { locale });
}

/** "Tuesday, March 3, 2026", for the text alternative. */
export function longDate(date: Date, locale: string): string {
  return intlFormat(date, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { locale });
}

const total = (p: DayPoint) => p.done + p.skipped + p.natural;

/** Breaks per day as stacked bars (done at the bottom, then skipped, then natural), with a hidden table of the same numbers. */
export function BarChart({ series, locale = dateLocale(), testId }: Props) {
  const max = Math.max(0, ...series.map(total));
  const scale = Math.max(1, max);
  const slot = series.length > 0 ? PLOT_W / series.length : PLOT_W;
  const barW = Math.max(1, slot * 0.72);
  const sums = { done: 0, skipped: 0, natural: 0 };
  for (const p of series) for (const [key] of STACK) sums[key] += p[key];
  const first = series[0];
  const last = series.at(-1);
  const range = first && last ? t('progress_chart_range', [shortDate(fromDayKey(first.day), locale), shortDate(fromDayKey(last.day), locale)]) : t('progress_chart_no_days');
  const label = t('progress_chart_label', [range, String(sums.done), String(sums.skipped), String(sums.natural), String(max)]);

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
              <title>{t('progress_chart_bar', [shortDate(date, locale), String(p.done), String(p.skipped), String(p.natural)])}</title>
              {STACK.map(([key]) => {
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
      <div class="legend" aria-hidden="true">
        {STACK.map(([key, name]) => (
          <span key={key} class="legend-item">
            <span class={`swatch ${key}`} />
            {t(name)}
          </span>
        ))}
      </div>
      <table class="sr-only">
        <caption>{t('progress_chart_caption', [range])}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress_chart_day')}</th>
            {STACK.map(([key, name]) => (
              <th key={key} scope="col">{t(name)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.day}>
              <th scope="row">{longDate(fromDayKey(p.day), locale)}</th>
              <td>{p.done}</td>
              <td>{p.skipped}</td>
              <td>{p.natural}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
