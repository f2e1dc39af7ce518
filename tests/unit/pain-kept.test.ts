import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { rankCandidates } from '../../src/core/rotation';
import { rate } from '../../src/background/ratings';
import { loadSettings, PAIN_KEY, writeSettings } from '../../src/platform/storage';
import { WORKER_LOCK } from '../../src/background/queue';

// "It hurt" must not be lost when storage.sync refuses the write (a full quota, the pace of a
// storm of edits): the drill stays out of rotation on this computer, and the flag reaches sync
// with the next write that succeeds.

const T0 = new Date('2026-03-02T09:00:00Z').getTime();
const syncedPainful = async () => ((await fakeBrowser.storage.sync.get(null)) as Record<string, { painfulDrills?: string[] } | undefined>).settings?.painfulDrills ?? [];

/** storage.sync refuses every write until the returned function is called. */
function refuseSync() {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  return () => spy.mockImplementation(set);
}

/** Runs `work` to its end, moving the fake clock on for the writes' pace. */
async function settle<T>(work: Promise<T>): Promise<T> {
  let done = false;
  void work.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done) await vi.advanceTimersByTimeAsync(250);
  return work;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a pain report while storage.sync refuses writes', () => {
  it('is kept on this computer, keeps the drill out of rotation, and reaches sync later', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const allow = refuseSync();
    await expect(settle(rate('chin-tucks', 'pain', T0))).resolves.toBeUndefined();
    expect(await syncedPainful()).toEqual([]);
    const settings = await loadSettings();
    expect(settings.painfulDrills).toEqual(['chin-tucks']);
    // The rotation leaves it out, which it would offer without the flag.
    const offered = (s: typeof settings) => rankCandidates(s, []).map((d) => d.id);
    expect(offered({ ...settings, painfulDrills: [] })).toContain('chin-tucks');
    expect(offered(settings)).not.toContain('chin-tucks');

    allow();
    // Any later write takes it along: here the settings page saving another field.
    await settle(writeSettings(() => ({ soundCues: true })));
    expect(await syncedPainful()).toEqual(['chin-tucks']);
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('painPending');
    expect(await loadSettings()).toMatchObject({ painfulDrills: ['chin-tucks'], soundCues: true });
  });

  it('a later rating retries it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const allow = refuseSync();
    await settle(rate('wall-slides', 'pain', T0));
    allow();
    await settle(rate('chin-tucks', 'easy', T0 + 60_000));
    expect(await syncedPainful()).toEqual(['wall-slides']);
  });

  it('switched back on by the user before sync took it, it stays switched on', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const allow = refuseSync();
    await settle(rate('wall-slides', 'pain', T0));
    allow();
    await settle(writeSettings((fresh) => ({ painfulDrills: fresh.painfulDrills.filter((id) => id !== 'wall-slides') })));
    expect((await loadSettings()).painfulDrills).toEqual([]);
    await settle(rate('chin-tucks', 'easy', T0 + 60_000));
    expect(await syncedPainful()).toEqual([]);
  });

  it('is kept even when the rating cannot be attached to the history', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ history: [{ at: T0 - 60_000, outcome: 'done', dueAt: T0 - 120_000, shownAt: T0 - 120_000, drillId: 'chin-tucks', rating: null, seconds: 60 }] });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items) => ('history' in items ? Promise.reject(new Error('history refused')) : set(items)));
    await expect(settle(rate('chin-tucks', 'pain', T0))).rejects.toThrow();
    expect((await loadSettings()).painfulDrills).toEqual(['chin-tucks']);
  });

  it('each start of the worker offers it to sync again', async () => {
    await fakeBrowser.storage.local.set({ [PAIN_KEY]: ['wall-slides'] });
    expect(await syncedPainful()).toEqual([]);
    vi.resetModules();
    await import('../../src/background/index');
    // The start's own work is queued first; once a later request gets the queue, it is done.
    await settle(navigator.locks.request(WORKER_LOCK, async () => undefined));
    expect(await syncedPainful()).toEqual(['wall-slides']);
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty(PAIN_KEY);
  });
});
