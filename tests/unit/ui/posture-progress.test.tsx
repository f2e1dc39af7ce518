// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { BreakEvent, HistoryStore } from '../../../src/core/history';
import { NO_LEVELS } from '../../../src/core/levels';
import { countPostureSeen, loadPostureSeen, POSTURE_SEEN_KEY } from '../../../src/platform/posture-seen';
import { ProgressSection } from '../../../src/options/ProgressSection';

// Issue 25: the progress page shows the posture resets seen per day, counted apart from the
// drills, while resets are on or once any was seen.

const at = (iso: string) => new Date(iso).getTime();
const NOW = at('2026-03-10T12:00');
const done = (iso: string): BreakEvent => ({ at: at(iso), outcome: 'done', dueAt: null, shownAt: null, drillId: 'chin-tucks', rating: null, seconds: 60 });
const twoDone: HistoryStore = { events: [done('2026-03-09T10:00'), done('2026-03-10T10:00')], days: [] };
const none: HistoryStore = { events: [], days: [] };

/** 10 March 3, 9 March 1, 1 March 2 (inside the 14 days); 1 January 4 (before them); a key that is no day. */
const SEEN = { '2026-03-10': 3, '2026-03-09': 1, '2026-03-01': 2, '2026-01-01': 4, later: 9 };

async function show({ seen, on = true, history = twoDone, locale = 'en-US' }: { seen?: Record<string, unknown>; on?: boolean; history?: HistoryStore; locale?: string }) {
  if (seen) await fakeBrowser.storage.local.set({ [POSTURE_SEEN_KEY]: { days: seen } });
  render(<ProgressSection history={history} now={NOW} levels={NO_LEVELS} locale={locale} postureResets={on} />);
}
const panel = () => screen.findByTestId('posture-seen');
const totals = (root: HTMLElement) => Object.fromEntries([...within(root).getByTestId('posture-totals').querySelectorAll('div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));

afterEach(cleanup);

describe('posture resets seen on the progress page', () => {
  it('a bar for each of the last 14 days, in proportion, with a text alternative and the totals', async () => {
    await show({ seen: SEEN });
    const root = await panel();
    expect(within(root).getByRole('heading', { level: 3, name: 'Posture resets seen' })).toBeTruthy();
    const chart = within(root).getByTestId('posture-chart');
    const days = [...chart.querySelectorAll('g[data-day]')].map((g) => g.getAttribute('data-day'));
    expect(days).toHaveLength(14);
    expect([days[0], days.at(-1)]).toEqual(['2026-02-25', '2026-03-10']);
    const height = (day: string) => Number(chart.querySelector(`[data-day="${day}"] rect.seen`)?.getAttribute('height') ?? 0);
    expect(height('2026-03-10') / height('2026-03-09')).toBeCloseTo(3, 2);
    expect(height('2026-03-01') / height('2026-03-09')).toBeCloseTo(2, 2);
    expect(chart.querySelectorAll('rect.bar')).toHaveLength(3);
    expect(chart.getAttribute('aria-label')).toBe('Posture resets seen per day, Feb 25 to Mar 10: 6 in all. Most in one day: 3.');
    expect(chart.querySelector('[data-day="2026-03-10"] title')!.textContent).toBe('Mar 10: 3 resets seen');
    expect(chart.querySelector('[data-day="2026-03-09"] title')!.textContent).toBe('Mar 9: 1 reset seen');
    const table = root.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Posture resets seen per day, Feb 25 to Mar 10');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Day', 'Resets seen']);
    expect([...table.querySelectorAll('tbody tr')].at(-1)!.textContent).toBe('Tuesday, March 10, 20263');
    // One kind of bar: its heading names it, no legend needed.
    expect(root.querySelector('.legend')).toBeNull();
    expect(totals(root)).toEqual({ 'Last 14 days': '6', 'All time': '10' });
  });

  it('are never counted as drills done or skipped', async () => {
    await show({ seen: SEEN });
    await panel();
    const drills = screen.getByTestId('progress-totals');
    expect(within(drills).getByText('Done').nextElementSibling!.textContent).toBe('2');
    expect(within(drills).getByText('Skipped').nextElementSibling!.textContent).toBe('0');
    expect(screen.getByTestId('progress-chart').getAttribute('aria-label')).toBe('Breaks per day, Feb 9 to Mar 10: 2 done, 0 skipped, 0 natural. Most in one day: 1.');
  });

  it('on with none seen yet: says so, no empty chart, totals of nought', async () => {
    await show({});
    const root = await panel();
    expect(within(root).getByText('No posture resets seen in the last 14 days.')).toBeTruthy();
    expect(within(root).queryByTestId('posture-chart')).toBeNull();
    expect(totals(root)).toEqual({ 'Last 14 days': '0', 'All time': '0' });
  });

  it('shows even before the first drill', async () => {
    await show({ seen: { '2026-03-10': 1 }, history: none });
    expect(screen.getByTestId('progress-empty')).toBeTruthy();
    expect(totals(await panel())).toEqual({ 'Last 14 days': '1', 'All time': '1' });
  });

  it('off and none ever seen: no panel at all', async () => {
    await show({ on: false, seen: { '2026-03-10': 0, later: 2 } });
    // The count has been read (a read after the page's answers after it) and nothing came of it.
    await act(async () => {
      await loadPostureSeen();
    });
    expect(screen.getByTestId('progress-chart')).toBeTruthy();
    expect(screen.queryByTestId('posture-seen')).toBeNull();
  });

  it('off, with resets seen before: the count stays on show', async () => {
    await show({ on: false, seen: { '2026-01-01': 4 } });
    const root = await panel();
    expect(within(root).getByText('No posture resets seen in the last 14 days.')).toBeTruthy();
    expect(totals(root)).toEqual({ 'Last 14 days': '0', 'All time': '4' });
  });

  it('counts a reset seen while the page is open', async () => {
    await show({ seen: { '2026-03-10': 1 } });
    const root = await panel();
    await countPostureSeen(NOW);
    await waitFor(() => expect(totals(root)).toEqual({ 'Last 14 days': '2', 'All time': '2' }));
    expect(within(root).getByTestId('posture-chart').querySelector('[data-day="2026-03-10"] title')!.textContent).toBe('Mar 10: 2 resets seen');
  });

  it('writes numbers as the locale does', async () => {
    await show({ seen: { '2026-03-10': 1200, '2025-12-01': 234 }, locale: 'de-DE' });
    const root = await panel();
    expect(Object.values(totals(root))).toEqual(['1.200', '1.434']);
    expect(within(root).getByTestId('posture-chart').getAttribute('aria-label')).toBe('Posture resets seen per day, 25. Feb. to 10. März: 1.200 in all. Most in one day: 1.200.');
  });
});
