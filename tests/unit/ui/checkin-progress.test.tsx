// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { CheckIn } from '../../../src/core/checkin';
import type { DrillId } from '../../../src/core/catalog/ids';
import type { BreakEvent, HistoryStore } from '../../../src/core/history';
import { catalogLadders, levelOf, NO_LEVELS } from '../../../src/core/levels';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { loadCheckIns } from '../../../src/platform/checkins';
import { loadLevels, setDrillLevel } from '../../../src/platform/levels';
import { BehaviourFields } from '../../../src/options/BehaviourFields';
import { toDraft } from '../../../src/options/draft';
import type * as ProgressModule from '../../../src/options/ProgressSection';

// Issue 26: the progress page's "How it's going": the weekly scores (chart, text alternative,
// table), strengthening against the trial's dose, the plain-words summary, the warning signs
// first when the numbers call for them, and the check-in offered when due.

const at = (iso: string) => new Date(iso).getTime();
const NOW = at('2026-03-25T12:00'); // a Wednesday; its week starts on 23 March
const done = (iso: string, drillId: DrillId, extra: Partial<BreakEvent> = {}): BreakEvent => ({
  at: at(iso), outcome: 'done', dueAt: null, shownAt: null, drillId, rating: null, seconds: 120, ...extra,
});
// Two minutes of rows on three days of each of the weeks of 2, 9 and 16 March: 6 minutes a week.
const events = ['02', '03', '04', '09', '10', '11', '16', '17', '18'].map((d) => done(`2026-03-${d}T10:00`, 'band-rows'));
const history: HistoryStore = { events, days: [] };
const checkIn = (week: string, score: number | null, markers: CheckIn['markers'] = {}): CheckIn => ({ week, at: at(`${week}T18:00`), score, markers });

let ProgressSection: typeof ProgressModule.ProgressSection;
beforeEach(async () => {
  vi.resetModules();
  ({ ProgressSection } = await import('../../../src/options/ProgressSection'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const store = (entries: CheckIn[]) => fakeBrowser.storage.local.set({ checkIns: { entries } });
const show = (h: HistoryStore = history, weeklyCheckIn = true) =>
  render(<ProgressSection history={h} now={NOW} levels={NO_LEVELS} locale="en-US" weeklyCheckIn={weeklyCheckIn} />);
const panel = async () => screen.findByRole('region', { name: 'How it’s going' });

describe('how it’s going', () => {
  it('shows the weekly scores as a chart with a text alternative and a table, the markers, the summary and the dose against the trial’s', async () => {
    await store([checkIn('2026-03-02', 6), checkIn('2026-03-09', 5, { sitTwoHours: 'no' }), checkIn('2026-03-16', 4, { sitTwoHours: 'yes', overheadEasier: 'unsure' })]);
    show();
    const region = await panel();
    expect(screen.getByTestId('checkin-chart').getAttribute('aria-label')).toBe('Weekly score from 0 (no pain) to 10 (worst imaginable), Mar 2 to Mar 16: 6, 5, 4.');
    expect(screen.getByTestId('checkin-chart').querySelectorAll('circle')).toHaveLength(3);
    const rows = within(screen.getByTestId('checkin-table')).getAllByRole('row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Week of', 'Score (0–10)', 'Two hours of sitting', 'Pain-free mornings', 'Easier overhead reach'],
      ['Mar 2', '6', '–', '–', '–'],
      ['Mar 9', '5', 'No', '–', '–'],
      ['Mar 16', '4', 'Yes', '–', 'Not sure'],
    ]);
    expect(screen.getByTestId('checkin-summary').textContent).toBe('Your score went from 6 to 4 over 3 weeks, with about 6 minutes of strengthening a week.');
    expect(screen.getByTestId('dose-reference-label').textContent).toBe('Line: 10 minutes a week on 5 days, the dose in a 2011 trial of office workers, not a promise.');
    const dose = within(screen.getByTestId('dose-table')).getAllByRole('row').slice(-4).map((r) => [...r.children].map((c) => c.textContent));
    expect(dose).toEqual([
      ['Mar 2', '6', '3', '3'],
      ['Mar 9', '6', '3', '3'],
      ['Mar 16', '6', '3', '3'],
      ['Mar 23', '0', '0', '0'],
    ]);
    expect(screen.getByTestId('dose-chart').querySelectorAll('rect')).toHaveLength(3);
    // The reference line stands at 10 of a scale of 15: a third of the plot down from its top.
    expect(Number(screen.getByTestId('dose-reference').getAttribute('y1'))).toBeCloseTo(12 + 126 / 3, 1);
    expect(within(region).queryByTestId('checkin-warning')).toBeNull();
    // Month 1 of the journey links to the answers on sitting two hours.
    const link = screen.getByRole('link', { name: 'Your check-ins: Two hours of sitting' });
    expect(document.querySelector(link.getAttribute('href')!)?.textContent).toBe('Two hours of sitting');
  });

  it('a score of 8 shows the warning signs above the charts, with a word about a clinician; lightening lowers every level by one rung', async () => {
    await setDrillLevel('band-rows', 3, at('2026-03-01T10:00'));
    expect(levelOf(await loadLevels(), 'band-rows', catalogLadders).rung).toBe(3);
    await store([checkIn('2026-03-16', 3), checkIn('2026-03-23', 8)]);
    show();
    const warning = await screen.findByTestId('checkin-warning');
    expect(within(warning).getByRole('heading').textContent).toBe('Your latest score is high');
    expect(within(warning).getByText(/Sharp or stabbing pain/)).toBeTruthy();
    expect(within(warning).getByText(/please see a doctor or physiotherapist/)).toBeTruthy();
    expect(warning.compareDocumentPosition(screen.getByTestId('checkin-chart')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('checkin-latest').textContent).toBe('Latest score: 8 out of 10');
    fireEvent.click(within(warning).getByRole('button', { name: 'Lighten every level by one rung' }));
    expect(await within(warning).findByRole('status')).toBeTruthy();
    await waitFor(async () => expect(levelOf(await loadLevels(), 'band-rows', catalogLadders).rung).toBe(2));
  });

  it('a rise of 2 points calls for the warning signs too; a low, steady score does not', async () => {
    await store([checkIn('2026-03-16', 2), checkIn('2026-03-23', 4)]);
    show();
    expect(within(await screen.findByTestId('checkin-warning')).getByRole('heading').textContent).toBe('Your score has gone up quickly');
    cleanup();
    await store([checkIn('2026-03-16', 4), checkIn('2026-03-23', 5)]);
    show();
    await screen.findByTestId('checkin-latest');
    expect(screen.queryByTestId('checkin-warning')).toBeNull();
  });

  it('says "it hurt this week" beside the score of a week with a drill rated as painful', async () => {
    await store([checkIn('2026-03-16', 4)]);
    show({ events: [...events, done('2026-03-17T15:00', 'band-rows', { rating: 'pain' })], days: [] });
    expect((await screen.findByTestId('checkin-latest')).textContent).toBe('Latest score: 4 out of 10 · it hurt this week');
    expect(within(screen.getByTestId('checkin-table')).getByText(/it hurt this week/)).toBeTruthy();
  });

  it('offers the check-in when due and saves it; after that, not again this week', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW + 60_000 });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Check in now' }));
    fireEvent.click(screen.getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save' })).toBeNull());
    expect((await loadCheckIns()).map((c) => c.score)).toEqual([2]);
    expect(await screen.findByTestId('checkin-latest')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check in now' })).toBeNull();
    vi.useRealTimers();
  });

  it('offers nothing when the weekly check-in is off, and says where to turn it on', async () => {
    show(history, false);
    expect((await screen.findByTestId('checkin-off')).textContent).toMatch(/is off/);
    expect(screen.queryByRole('button', { name: 'Check in now' })).toBeNull();
  });
});

describe('the setting', () => {
  it('is one checkbox under Behaviour, on by default', () => {
    const update = vi.fn();
    render(<BehaviourFields draft={toDraft(DEFAULT_SETTINGS)} errors={{}} update={update} locked={new Set()} />);
    const box = screen.getByRole('checkbox', { name: 'Ask me once a week how my back has been' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(update).toHaveBeenCalledWith({ weeklyCheckIn: false });
  });
});
