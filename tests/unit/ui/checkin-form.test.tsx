// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { checkInDue, weekOf } from '../../../src/core/checkin';
import { DEFAULT_SETTINGS, toStored } from '../../../src/core/settings';
import { loadCheckIns } from '../../../src/platform/checkins';
import { loadSettings } from '../../../src/platform/storage';
import { CheckIn } from '../../../src/ui/CheckIn';

// Issue 26: the week's check-in form, answered by keyboard alone and named for a screen reader.

const NOW = new Date('2026-03-11T10:00').getTime();

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const key = (el: Element, k: string) => fireEvent.keyDown(el, { key: k });
const group = (name: RegExp | string) => screen.getByRole('group', { name });

describe('the check-in form', () => {
  it('by keyboard: the arrow keys move within a group, Enter saves the score and the markers', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const done = vi.fn();
    render(<CheckIn markers onDone={done} />);
    const scale = group('How has your upper back and neck been this week?');
    const scores = within(scale).getAllByRole('radio');
    expect(scores.map((r) => (r as HTMLInputElement).value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // The scale's words at both ends describe the group.
    expect(scale.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual(['0 = no pain', '10 = worst imaginable']);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);

    scores[0]!.focus();
    key(scores[0]!, 'ArrowRight');
    key(document.activeElement!, 'ArrowRight');
    key(document.activeElement!, 'ArrowDown');
    key(document.activeElement!, 'ArrowLeft');
    expect(within(scale).getByRole('radio', { checked: true })).toBe(scores[2]);
    expect(document.activeElement).toBe(scores[2]);
    key(document.activeElement!, 'End');
    key(document.activeElement!, 'ArrowLeft');
    key(document.activeElement!, 'ArrowLeft');
    expect(within(scale).getByRole('radio', { checked: true })).toBe(scores[8]);

    const sit = within(group('Could you sit for two hours without pain?')).getAllByRole('radio');
    expect(sit.map((r) => r.closest('label')!.textContent)).toEqual(['Yes', 'No', 'Not sure']);
    sit[0]!.focus();
    key(sit[0]!, 'ArrowRight');
    const overhead = within(group('Is reaching overhead easier?')).getAllByRole('radio');
    overhead[0]!.focus();
    key(overhead[0]!, 'ArrowLeft'); // wraps round to "Not sure"
    key(document.activeElement!, 'Enter');

    await waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect(await loadCheckIns()).toEqual([{ week: '2026-03-09', at: NOW, score: 8, markers: { sitTwoHours: 'no', overheadEasier: 'unsure' } }]);
    expect(group('Were your mornings free of pain?')).toBeTruthy();
  });

  it('Enter with no score chosen saves nothing', async () => {
    const done = vi.fn();
    render(<CheckIn markers={false} onDone={done} />);
    const first = within(group(/upper back/)).getAllByRole('radio')[0]!;
    first.focus();
    key(first, 'Enter');
    await new Promise((r) => setTimeout(r, 5));
    expect(done).not.toHaveBeenCalled();
    expect(await loadCheckIns()).toEqual([]);
  });

  it('asks the plan’s markers only when told to (from the journey’s second week)', () => {
    render(<CheckIn markers={false} onDone={() => {}} />);
    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(screen.queryByText('Were your mornings free of pain?')).toBeNull();
  });

  it('"Not this week" saves the week with no score, and the week is not asked again', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const done = vi.fn();
    render(<CheckIn markers onDone={done} />);
    fireEvent.click(within(group(/upper back/)).getAllByRole('radio')[3]!);
    fireEvent.click(screen.getByRole('button', { name: 'Not this week' }));
    await waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    const stored = await loadCheckIns();
    expect(stored).toEqual([{ week: weekOf(NOW), at: NOW, score: null, markers: {} }]);
    const first = new Date('2026-03-01T10:00').getTime();
    expect(checkInDue(stored, first, { weeklyCheckIn: true }, NOW + 3 * 86_400_000)).toBe(false);
    expect(checkInDue(stored, first, { weeklyCheckIn: true }, NOW + 6 * 86_400_000)).toBe(true);
  });

  it('"Turn off the weekly check-in" turns the setting off, in one click', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, weeklyCheckIn: true }) });
    const done = vi.fn();
    render(<CheckIn markers={false} onDone={done} />);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off the weekly check-in' }));
    await waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect((await loadSettings()).weeklyCheckIn).toBe(false);
    expect(await loadCheckIns()).toEqual([]);
  });
});
