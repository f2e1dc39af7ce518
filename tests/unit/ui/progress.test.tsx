// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import type { BreakEvent, DaySummary, HistoryStore, Outcome } from '../../../src/core/history';
import { findDrill, type DrillId } from '../../../src/core/catalog';
import { ProgressSection } from '../../../src/options/ProgressSection';
import { drillText } from '../../../src/core/drill';
import { NO_LEVELS, setLevel, rateLevel, type LevelStore } from '../../../src/core/levels';
import { JourneyView } from '../../../src/options/JourneyView';
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

const show = (h: HistoryStore = history, locale = 'en-US', levels: LevelStore | null = NO_LEVELS, when = now) =>
  render(<ProgressSection history={h} now={when} levels={levels} locale={locale} />);
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

const name = (id: DrillId) => drillText(findDrill(id)!, english).name;
const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('the 90 days', () => {
  it('counts the days from the first drill done and shows where the user is', () => {
    show();
    const journey = within(screen.getByTestId('journey'));
    expect(journey.getByRole('heading', { level: 3, name: 'Your 90 days' })).toBeTruthy();
    // 1 January to 10 March 2026: 68 days later, so day 69.
    expect(screen.getByTestId('journey-day').textContent).toBe('Day 69 of 90');
    const bar = journey.getByRole('progressbar', { name: 'Day 69 of 90' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['69', '90']);
    expect(journey.getByText('Counted from your first drill, on January 1, 2026.')).toBeTruthy();
    // Drills were done on 1, 2 and 3 January and 5, 9 and 10 March.
    expect(within(screen.getByTestId('journey-stats')).getByText('Days with a drill done').nextElementSibling!.textContent).toBe('6 of 69');
  });

  it('lists the plan’s milestones, each marked reached or ahead in words, not only by colour', () => {
    show();
    const list = screen.getByRole('list', { name: 'Milestones from the plan' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(['Day 7 · The first week', 'Day 21 · Three steady weeks', 'Day 30 · The first month', 'Day 60 · The second month', 'Day 90 · The third month']);
    expect(items.map((li) => li.querySelector('.status')!.textContent)).toEqual(['Reached', 'Reached', 'Reached', 'Reached', 'Ahead']);
    expect(items.map((li) => li.className)).toEqual(['milestone reached', 'milestone reached', 'milestone reached', 'milestone reached', 'milestone ahead']);
    // The marks are decoration; the status words carry the meaning.
    for (const li of items) expect(li.querySelector('.mark')!.getAttribute('aria-hidden')).toBe('true');
    // The author's changes are one person's experience, said so once above them.
    expect(screen.getByText(/one person’s experience, not a promise/)).toBeTruthy();
    expect(items[1]!.textContent).toMatch(/day 18/);
    expect(screen.getByTestId('journey').textContent).not.toMatch(/stabbing/i);
  });

  it('past the 90 days, says so and counts on', () => {
    show(history, 'en-US', NO_LEVELS, new Date('2026-04-14T09:00').getTime());
    expect(screen.getByTestId('journey-day').textContent).toBe('Day 104: past the 90 days');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('90');
    expect(within(screen.getByTestId('milestones')).getAllByText('Reached')).toHaveLength(5);
  });

  it('starts on the oldest folded day with a drill done', () => {
    show({ events, days: [{ day: '2025-12-20', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 }] });
    // 20 December 2025 to 10 March 2026: 80 days later.
    expect(screen.getByTestId('journey-day').textContent).toBe('Day 81 of 90');
  });

  it('with no history: no journey yet, one line saying it starts with the first drill', () => {
    show({ events: [], days: [] });
    expect(screen.getByTestId('journey-none').textContent).toBe('Your 90 days begin with the first drill you finish.');
    expect(screen.queryByTestId('journey-day')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByTestId('milestones')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Levels over time' })).toBeNull();
  });

  it('breaks skipped but no drill done: still no journey', () => {
    render(<JourneyView journey={null} levels={null} locale="en-US" />);
    expect(screen.getByTestId('journey-none')).toBeTruthy();
  });
});

const day = (d: number) => at(`2026-03-0${d}T10:00`);
let levels: LevelStore = NO_LEVELS;
levels = rateLevel(levels, 'chin-tucks', 'easy', day(2), true);
levels = rateLevel(levels, 'chin-tucks', 'easy', day(3), true);
levels = setLevel(levels, 'band-rows', 0, day(4));
levels = setLevel(levels, 'wall-push-ups', 2, day(5));
levels = rateLevel(levels, 'wall-push-ups', 'hard', day(6), true);
levels = rateLevel(levels, 'wall-push-ups', 'hard', day(7), true);

describe('levels', () => {
  it('counts the drills levelled up and the level-ups', () => {
    show(history, 'en-US', levels);
    const stats = within(screen.getByTestId('journey-stats'));
    // chin-tucks and wall push-ups are above their start; band rows went below it.
    expect(stats.getByText('Drills levelled up').nextElementSibling!.textContent).toBe('2');
    expect(stats.getByText('Level-ups').nextElementSibling!.textContent).toBe('2');
  });

  it('tabulates each drill’s level over time: drill, from, to, when and why', () => {
    show(history, 'en-US', levels);
    const table = screen.getByRole('table', { name: 'Levels over time' });
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Drill', 'col'],
      ['From', 'col'],
      ['To', 'col'],
      ['When', 'col'],
      ['Why', 'col'],
    ]);
    const groups = table.querySelectorAll('tbody');
    expect([...groups].map((g) => g.getAttribute('data-drill'))).toEqual(['band-rows', 'chin-tucks', 'wall-push-ups']);
    expect(cells(groups[0]!.querySelector('tr')!)).toEqual([`${name('band-rows')} now Level 1 of 4`, 'Level 3 of 4', '↓ Level 1 of 4', 'Mar 4, 2026', 'You set it by hand']);
    expect(cells(groups[1]!.querySelector('tr')!)).toEqual([`${name('chin-tucks')} now Level 3 of 3`, 'Level 2 of 3', '↑ Level 3 of 3', 'Mar 3, 2026', 'You found it easy twice']);
    // A rung with a form of its own is named by it.
    const pushUps = groups[2]!.querySelectorAll('tr');
    expect(cells(pushUps[0]!)).toEqual([
      `${name('wall-push-ups')} now Level 2 of 5: hands on the wall`,
      'Level 1 of 5: hands on the wall',
      '↑ Level 3 of 5: hands on a bench or sturdy desk',
      'Mar 5, 2026',
      'You set it by hand',
    ]);
    // Later rows still name the drill for a screen reader, hidden from the eye.
    expect(cells(pushUps[1]!)).toEqual([name('wall-push-ups'), 'Level 3 of 5: hands on a bench or sturdy desk', '↓ Level 2 of 5: hands on the wall', 'Mar 7, 2026', 'You found it hard twice']);
    expect(pushUps[1]!.querySelector('th span')!.className).toBe('sr-only');
    for (const row of table.querySelectorAll('tbody tr')) expect(row.querySelector('th')!.getAttribute('scope')).toBe('row');
    // The arrows repeat the direction the levels already say.
    for (const arrow of table.querySelectorAll('.up, .down')) expect(arrow.getAttribute('aria-hidden')).toBe('true');
    expect(table.querySelector('time')!.getAttribute('dateTime')).toBe('2026-03-04');
  });

  it('with history but no level moved: zero counts and a line instead of a table', () => {
    show(history, 'en-US', NO_LEVELS);
    const stats = within(screen.getByTestId('journey-stats'));
    expect(stats.getByText('Drills levelled up').nextElementSibling!.textContent).toBe('0');
    expect(screen.getByRole('heading', { level: 3, name: 'Levels over time' })).toBeTruthy();
    expect(screen.getByTestId('levels-none').textContent).toMatch(/^No drill has changed level yet/);
    expect(screen.queryByTestId('levels')).toBeNull();
  });

  it('while the levels are first read: the journey without level numbers, no levels yet', () => {
    show(history, 'en-US', null);
    expect(screen.getByTestId('journey-day').textContent).toBe('Day 69 of 90');
    expect(within(screen.getByTestId('journey-stats')).queryByText('Drills levelled up')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Levels over time' })).toBeNull();
  });

  it('a level set by hand before any break is still on record', () => {
    show({ events: [], days: [] }, 'en-US', setLevel(NO_LEVELS, 'dead-hang', 3, day(1)));
    expect(screen.getByTestId('progress-empty')).toBeTruthy();
    expect(screen.getByTestId('journey-none')).toBeTruthy();
    const rows = screen.getByTestId('levels').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(1);
    expect(cells(rows[0]!).slice(1)).toEqual(['Level 1 of 5', '↑ Level 4 of 5', 'Mar 1, 2026', 'You set it by hand']);
  });

  it('keeps the headings in order: the section, then the 90 days, milestones under them, and levels', () => {
    show(history, 'en-US', levels);
    const headings = screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings.slice(0, 3)).toEqual(['H2 Progress', 'H3 Your 90 days', 'H4 Milestones from the plan']);
    expect(headings.at(-1)).toBe('H3 Levels over time');
  });
});
