// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import type { BreakEvent, DaySummary, HistoryStore, Outcome } from '../../../src/core/history';
import { findDrill, type DrillId } from '../../../src/core/catalog';
import { ProgressSection } from '../../../src/options/ProgressSection';
import { drillText } from '../../../src/core/drill';
import { english } from '../fake-gaps';

const at = (iso: string) => new Date(iso).getTime();
const ev = (iso: string, outcome: Outcome, extra: Partial<BreakEvent> = {}): BreakEvent => ({
  at: at(iso), outcome, dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null, ...extra,
});
const done = (iso: string, drillId: DrillId, extra: Partial<BreakEvent> = {}) => ev(iso, 'done', { drillId, seconds: 60, ...extra });
const now = at('2026-03-10T12:00');

// In the 30-day window (9 February to 10 March): 10 March 2 done + 1 skipped, 9 March 4 done + 1 natural,
// 5 March 1 done, 9 February 1 skipped. Before it: a three-day run in January.
const events: BreakEvent[] = [
  done('2026-01-01T10:00', 'chin-tucks'),
  done('2026-01-02T10:00', 'chin-tucks'),
  done('2026-01-03T10:00', 'band-rows'),
  ev('2026-02-09T09:00', 'skipped', { drillId: 'wall-slides', seconds: 20 }),
  done('2026-03-05T10:00', 'wall-slides', { rating: 'hard' }),
  done('2026-03-09T09:00', 'chin-tucks', { rating: 'easy' }),
  done('2026-03-09T10:30', 'chin-tucks', { rating: 'right' }),
  done('2026-03-09T12:00', 'doorway-pec-stretch', { rating: 'pain' }),
  done('2026-03-09T13:30', 'band-rows'),
  ev('2026-03-09T15:00', 'natural'),
  ev('2026-03-09T16:00', 'snoozed'),
  done('2026-03-10T09:00', 'dead-hang', { seconds: 90, rating: 'easy' }),
  done('2026-03-10T10:30', 'chin-tucks'),
  ev('2026-03-10T11:30', 'skipped', { drillId: 'band-rows' }),
];
const history: HistoryStore = { events, days: [] };

const show = (h: HistoryStore = history, locale = 'en-US') => render(<ProgressSection history={h} now={now} locale={locale} />);
const height = (el: Element) => Number(el.getAttribute('height'));
const y = (el: Element) => Number(el.getAttribute('y'));
const bars = (day: string, kind: string) => document.querySelectorAll(`[data-day="${day}"] rect.${kind}`);

afterEach(cleanup);

describe('progress section', () => {
  it('is a labelled section', () => {
    show();
    expect(screen.getByRole('region', { name: 'Progress' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Progress' })).toBeTruthy();
  });

  it('draws a stacked bar for each day with breaks, heights in proportion', () => {
    show();
    const chart = screen.getByTestId('progress-chart');
    expect(chart.getAttribute('viewBox')).toBe('0 0 600 180');
    expect(chart.querySelectorAll('g[data-day]')).toHaveLength(30);
    expect(chart.querySelectorAll('rect.done')).toHaveLength(3);
    expect(chart.querySelectorAll('rect.skipped')).toHaveLength(2);
    expect(chart.querySelectorAll('rect.natural')).toHaveLength(1);
    expect(screen.getByTestId('y-max').textContent).toBe('5'); // 9 March: 4 done + 1 natural

    const tenth = bars('2026-03-10', 'done')[0]!;
    const ninth = bars('2026-03-09', 'done')[0]!;
    const fifth = bars('2026-03-05', 'done')[0]!;
    expect(height(ninth) / height(tenth)).toBeCloseTo(2, 2);
    expect(height(ninth) / height(fifth)).toBeCloseTo(4, 2);
    // The tallest day fills the plot: 4 + 1 of 5.
    const natural = bars('2026-03-09', 'natural')[0]!;
    expect(height(natural) * 4).toBeCloseTo(height(ninth), 1);
    expect(y(natural) + height(natural)).toBeCloseTo(y(ninth), 1); // stacked on top of the done segment
    // Skipped sits on top of done on the 10th.
    const skipped = bars('2026-03-10', 'skipped')[0]!;
    expect(y(skipped) + height(skipped)).toBeCloseTo(y(tenth), 1);
    expect(height(skipped) * 2).toBeCloseTo(height(tenth), 1);
    expect(bars('2026-03-08', 'done')).toHaveLength(0);
  });

  it('summarises the chart for assistive technology and ticks every seven days back from today', () => {
    show();
    const chart = screen.getByRole('img', { name: /Breaks per day/ });
    expect(chart.getAttribute('aria-label')).toBe('Breaks per day, Feb 9 to Mar 10: 7 done, 2 skipped, 1 natural. Most in one day: 5.');
    expect([...chart.querySelectorAll('.x-label')].map((t) => t.textContent)).toEqual(['Feb 10', 'Feb 17', 'Feb 24', 'Mar 3', 'Mar 10']);
  });

  it('writes short dates in the order of the locale', () => {
    show(history, 'de');
    const ticks = [...screen.getByTestId('progress-chart').querySelectorAll('.x-label')].map((t) => t.textContent);
    expect(ticks.at(-1)).toBe('10. März');
  });

  it('has a hidden table with one row per day and the same numbers', () => {
    show();
    const table = document.querySelector('table.sr-only')!;
    expect(table).toBeTruthy();
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(30);
    const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
    expect(cells(rows[0]!)).toEqual(['Monday, February 9, 2026', '0', '1', '0']);
    expect(cells(rows[28]!)).toEqual(['Monday, March 9, 2026', '4', '0', '1']);
    expect(cells(rows[29]!)).toEqual(['Tuesday, March 10, 2026', '2', '1', '0']);
    expect(cells(rows[24]!)).toEqual(['Thursday, March 5, 2026', '1', '0', '0']);
    const sum = [...rows].reduce((n, r) => n + Number(r.querySelectorAll('td')[0]!.textContent), 0);
    expect(sum).toBe(7);
  });

  it('shows the current and best streak', () => {
    show();
    const streaks = within(screen.getByTestId('progress-streaks'));
    expect(streaks.getByText('Current streak').nextElementSibling!.textContent).toBe('2 days');
    expect(streaks.getByText('Best streak').nextElementSibling!.textContent).toBe('3 days');
  });

  it('shows all-time totals, minutes spent included', () => {
    show();
    const totals = within(screen.getByTestId('progress-totals'));
    const value = (name: string) => totals.getByText(name).nextElementSibling!.textContent;
    expect(value('Done')).toBe('10');
    expect(value('Skipped')).toBe('2');
    expect(value('Natural')).toBe('1');
    expect(value('Minutes spent')).toBe('11'); // 9 × 60 s + 90 s = 10.5 min
    expect(value('Held for meetings')).toBe('0');
  });

  it('counts the breaks that waited for a meeting or presentation, folded days included', () => {
    const held = [ev('2026-03-05T11:00', 'held', { seconds: 900 }), ev('2026-03-05T14:00', 'held', { seconds: 300 })];
    show({ events: [...events, ...held], days: [{ day: '2025-01-02', done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 4 }] });
    const totals = within(screen.getByTestId('progress-totals'));
    expect(totals.getByText('Held for meetings').nextElementSibling!.textContent).toBe('6');
    // Waiting is not time spent on drills.
    expect(totals.getByText('Minutes spent').nextElementSibling!.textContent).toBe('11');
  });

  it('lists the five most-done drills by name, most first', () => {
    show();
    const items = within(screen.getByTestId('top-drills')).getAllByRole('listitem').map((li) => li.textContent);
    const name = (id: DrillId) => drillText(findDrill(id)!, english).name;
    // Ties (once each) in catalog order: bodyweight drills before stretches.
    expect(items).toEqual([`${name('chin-tucks')} 5 times`, `${name('band-rows')} 2 times`, `${name('wall-slides')} once`, `${name('dead-hang')} once`, `${name('doorway-pec-stretch')} once`]);
  });

  it('tabulates ratings for the last 8 weeks', () => {
    show();
    const table = screen.getByTestId('ratings');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Week of', 'Easy', 'About right', 'Hard', 'It hurt']);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(8);
    const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
    expect(cells(rows[7]!)).toEqual(['Mar 9', '2', '1', '0', '1']);
    expect(cells(rows[6]!)).toEqual(['Mar 2', '0', '0', '1', '0']);
    expect(cells(rows[0]!)).toEqual(['Jan 19', '0', '0', '0', '0']);
    expect(rows[7]!.querySelector('td.hurt')!.textContent).toBe('1');
  });

  it('counts folded days toward streaks and totals', () => {
    const folded: DaySummary[] = [
      { day: '2024-12-30', done: 2, skipped: 1, snoozed: 0, natural: 0, paused: 0, held: 0 },
      { day: '2024-12-31', done: 1, skipped: 0, snoozed: 0, natural: 3, paused: 0, held: 0 },
    ];
    show({ events: [done('2025-01-01T10:00', 'chin-tucks'), done('2025-01-02T10:00', 'chin-tucks')], days: folded });
    expect(within(screen.getByTestId('progress-streaks')).getByText('Best streak').nextElementSibling!.textContent).toBe('4 days');
    expect(within(screen.getByTestId('progress-totals')).getByText('Done').nextElementSibling!.textContent).toBe('5');
    expect(within(screen.getByTestId('progress-totals')).getByText('Natural').nextElementSibling!.textContent).toBe('3');
    // Nothing in the last 30 days: an empty chart, not the empty state.
    expect(screen.getByTestId('progress-chart').querySelectorAll('rect.bar')).toHaveLength(0);
    expect(screen.queryByTestId('progress-empty')).toBeNull();
  });

  it('with no history, says so kindly instead of drawing an empty chart', () => {
    show({ events: [], days: [] });
    expect(screen.getByRole('heading', { level: 2, name: 'Progress' })).toBeTruthy();
    expect(screen.getByTestId('progress-empty').textContent).toMatch(/first break/);
    expect(screen.queryByTestId('progress-chart')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pauses and snoozes alone are no history to chart', () => {
    show({ events: [ev('2026-03-10T09:00', 'paused'), ev('2026-03-10T10:00', 'snoozed')], days: [] });
    expect(screen.getByTestId('progress-empty')).toBeTruthy();
  });

  it('says when nothing has been rated or finished', () => {
    show({ events: [ev('2026-03-10T09:00', 'skipped')], days: [] });
    expect(screen.getByText('No drills finished yet.')).toBeTruthy();
    expect(screen.getByText(/No drills rated in the last 8 weeks/)).toBeTruthy();
    expect(screen.queryByTestId('ratings')).toBeNull();
  });
});
