import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../src/core/catalog';
import { step } from '../../src/core/machine';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { initialState } from '../../src/core/state';
import { english } from '../english';
import { inTimeZone, useTimeZone } from './tz';

// Every drill marked painful: a break still comes, but offers no drill and says why.

const MIN = 60_000;
useTimeZone('Europe/Berlin');
const t = (hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-02T${hhmm}`).getTime()); // a Monday
const allPainful: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true, painfulDrills: [...DRILL_IDS] };

describe('the scheduler with every drill marked painful', () => {
  it('brings the break with no drill; Skip records it without a drill and rotation stays as it was', () => {
    const start = { ...initialState(t('09:00')), nextBreakAt: t('10:30'), recentDrills: ['chin-tucks' as const] };
    const due = step(start, allPainful, { type: 'alarm', idle: 'active', scheduledAt: t('10:30') }, t('10:30'));
    expect(due.show).toBe(true);
    expect(due.state.pending).toEqual({ drillId: null, dueAt: t('10:30'), shownAt: t('10:30'), snoozedUntil: null, held: false, swapped: [], waiting: null });
    expect(step(due.state, allPainful, { type: 'swap' }, t('10:31')).state).toEqual(due.state);
    const skipped = step(due.state, allPainful, { type: 'finish', outcome: 'skipped' }, t('10:32'));
    expect(skipped.record).toEqual([{ at: t('10:32'), outcome: 'skipped', dueAt: t('10:30'), shownAt: t('10:30'), drillId: null, rating: null, seconds: null }]);
    expect(skipped.state.recentDrills).toEqual(['chin-tucks']);
    expect(skipped.state.pending).toBeNull();
  });

  it('one drill that did not hurt is offered instead, even switched off', () => {
    const one = { ...allPainful, painfulDrills: DRILL_IDS.filter((id) => id !== 'wall-slides'), disabledDrills: ['wall-slides' as const] };
    const d = step(initialState(t('09:00')), one, { type: 'start-now' }, t('09:10'));
    expect(d.state.pending?.drillId).toBe('wall-slides');
  });
});

describe('the service worker with every drill marked painful', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t('09:00'));
    vi.resetModules();
    await import('../../src/background/index');
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...allPainful, openDrillAutomatically: false }) });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('stores the break without a drill and its notification says none is available', async () => {
    const set = (await fakeBrowser.alarms.get('break'))!.scheduledTime;
    expect(set).toBe(t('10:30'));
    vi.setSystemTime(set);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'break', scheduledTime: set } as never);
    const { state } = await fakeBrowser.storage.local.get('state');
    expect((state as { pending: unknown }).pending).toMatchObject({ drillId: null, dueAt: t('10:30'), shownAt: t('10:30') });
    const note = (await fakeBrowser.notifications.getAllCreateOptions())['break'];
    expect(note?.message).toBe(english('notify_body_none'));
    expect(note?.message).toBe('No drill is available: every drill is marked as painful. Open the exercise settings to choose again.');
    // Skipping it is recorded as a break without a drill.
    vi.setSystemTime(set + MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'finish', outcome: 'skipped' });
    const { history } = await fakeBrowser.storage.local.get('history');
    expect((history as unknown[]).at(-1)).toMatchObject({ outcome: 'skipped', drillId: null });
  });
});
