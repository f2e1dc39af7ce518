// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../../src/core/catalog';
import { DEFAULT_SETTINGS, toStored, type Settings, type SettingsKey } from '../../../src/core/settings';
import type { SectionId } from '../../../src/options/sections';
import { drillName } from '../../english';
import { MIN_GAP_MS, REFILL_MS } from '../../../src/core/pace';
import { RETRY_MS, SAVE_DELAY_MS } from '../../../src/options/autosave';
import { SettingsForm } from '../../../src/options/SettingsForm';

const storedInterval = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { intervalMinutes?: number } | undefined)?.intervalMinutes;
const status = () => screen.getByTestId('save-status').textContent;
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

let rerender: (ui: preact.ComponentChild) => void;
/** The form as the settings page shows it with `section` on screen. */
const form = (section: SectionId, stored: Settings = DEFAULT_SETTINGS, locked: SettingsKey[] = []) => <SettingsForm section={section} stored={stored} state={null} locked={new Set(locked)} />;

beforeEach(async () => {
  vi.useFakeTimers();
  await fakeBrowser.storage.sync.set({ settings: toStored(DEFAULT_SETTINGS) });
  ({ rerender } = render(form('schedule')));
});
afterEach(async () => {
  cleanup();
  // A write still waiting for its turn finishes, so the next test does not join it.
  await vi.runOnlyPendingTimersAsync();
  await vi.runOnlyPendingTimersAsync();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function typeInterval(value: string) {
  fireEvent.input(screen.getByLabelText('Minutes between breaks'), { target: { value } });
}

// Many rendered edits each: room for a full suite on two busy cores.
describe('saving as you go', { timeout: 20_000 }, () => {
  it('a write refused for the quota says so plainly, keeps the edit, and saves it on the next try', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    typeInterval('60');
    await advance(SAVE_DELAY_MS + 10);
    expect(status()).toBe(
      'Could not save: your browser allows synced settings only so many changes a minute and an hour, and that limit is reached for now. Your change is kept here and saved again in a few seconds.',
    );
    expect((screen.getByLabelText('Minutes between breaks') as HTMLInputElement).value).toBe('60');
    expect(await storedInterval()).toBe(90);
    await advance(RETRY_MS + 10);
    await advance(SAVE_DELAY_MS + 10);
    expect(set).toHaveBeenCalledTimes(2);
    expect(await storedInterval()).toBe(60);
    expect(status()).toBe('All changes saved.');
  });

  it('any other failure is shown as the browser gave it', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('disk on fire'));
    typeInterval('60');
    await advance(SAVE_DELAY_MS + 10);
    expect(status()).toBe('Could not save: Error: disk on fire. Your change is kept here and saved again in a few seconds.');
  });

  it('writes from quick edits are spaced, so storage.sync never sees more than 120 a minute', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    // For ten seconds, a new value just as each pause before saving runs out.
    const span = 10_000;
    for (let t = 0; t < span; t += SAVE_DELAY_MS + 1) {
      typeInterval(String(20 + (t % 200)));
      await advance(SAVE_DELAY_MS + 1);
    }
    expect(MIN_GAP_MS).toBeGreaterThanOrEqual(60_000 / 120);
    expect(set.mock.calls.length).toBeGreaterThan(5);
    expect(set.mock.calls.length).toBeLessThanOrEqual(span / MIN_GAP_MS + 1);
  });
});

describe('a rule across fields', { timeout: 20_000 }, () => {
  it('holds back only the fields it involves; another field edited meanwhile saves', async () => {
    rerender(form('exercises'));
    for (const id of DRILL_IDS) fireEvent.click(screen.getByRole('checkbox', { name: drillName(id) }));
    // The reader goes on to another section: the change there saves, the held one stays in the form.
    rerender(form('schedule'));
    typeInterval('60');
    await advance(SAVE_DELAY_MS + REFILL_MS);
    rerender(form('exercises'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContainEqual(expect.stringContaining('at least one drill'));
    const settings = (await fakeBrowser.storage.sync.get('settings')).settings as { intervalMinutes: number; disabledDrills: string[] };
    expect(settings.intervalMinutes).toBe(60);
    expect(settings.disabledDrills).toEqual([]);
  });
});

describe('the routines’ length', () => {
  it('says how long each routine runs with the kit and space chosen, and when none of its drills fits', async () => {
    rerender(form('behaviour'));
    expect(screen.getByRole('checkbox', { name: /Morning mobility/ }).getAttribute('aria-describedby')).toBe('morning-length');
    expect(document.getElementById('morning-length')!.textContent).toBe('About 5 min with your equipment and space.');
    expect(document.getElementById('evening-length')!.textContent).toBe('About 8 min with your equipment and space.');
    cleanup();
    render(form('behaviour', { ...DEFAULT_SETTINGS, painfulDrills: [...DRILL_IDS] }));
    expect(document.getElementById('evening-length')!.textContent).toBe('None of the routine’s drills fits your equipment and space.');
  });
});

describe('fields an organisation locked', () => {
  it('are shown with the organisation’s value, disabled, and say so; the rest stay open', () => {
    cleanup();
    const locked = ['intervalMinutes', 'equipment', 'morningRoutine'] as const;
    const stored = { ...DEFAULT_SETTINGS, intervalMinutes: 60 };
    ({ rerender } = render(form('schedule', stored, [...locked])));
    const interval = screen.getByLabelText('Minutes between breaks') as HTMLInputElement;
    expect(interval.value).toBe('60');
    expect(interval.disabled).toBe(true);
    expect(interval.getAttribute('aria-describedby')).toBe('interval-hint interval-locked');
    expect(document.getElementById('interval-locked')!.textContent).toBe('Set by your organisation.');
    for (const button of within(screen.getByRole('group', { name: 'Usual choices' })).getAllByRole('button')) expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByText('Set by your organisation.')).toHaveLength(1);
    expect((screen.getByLabelText('Away this many minutes counts as a break') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Monday' }).closest('fieldset') as HTMLFieldSetElement).disabled).toBe(false);
    rerender(form('exercises', stored, [...locked]));
    expect((screen.getByRole('checkbox', { name: /A resistance band/ }).closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.getAllByText('Set by your organisation.')).toHaveLength(1);
    rerender(form('behaviour', stored, [...locked]));
    expect((screen.getByRole('checkbox', { name: /Morning mobility/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByText('Set by your organisation.')).toHaveLength(1);
  });
});
