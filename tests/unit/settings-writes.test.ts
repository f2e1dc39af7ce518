import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, toStored, type Settings } from '../../src/core/settings';
import { rate } from '../../src/background/ratings';
import { updateSettings } from '../../src/platform/live';
import { BURST, MIN_GAP_MS, REFILL_MS } from '../../src/core/pace';
import { loadSettings, WRITTEN_KEY, writeSettings } from '../../src/platform/storage';
import { COPIES } from '../../src/core/settings-sync';

// Every settings write, from the worker or any page, goes through one lock, as a change of named
// fields on the settings stored at that moment, paced for storage.sync's quotas.

const T0 = new Date('2026-03-02T09:00:00Z').getTime();
/** The single record as versions up to 6 read it (without this version's copies' digests). */
const raw = async () => {
  const { [COPIES]: _copies, ...record } = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
  return record;
};
const stored = async () => (await raw()) as unknown as Settings;
const store = (value: unknown) => fakeBrowser.storage.sync.set({ settings: value });
/** Times (from T0) at which storage.sync was written. */
function syncWrites() {
  const times: number[] = [];
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation((items) => {
    times.push(Date.now() - T0);
    return set(items);
  });
  return times;
}
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(T0);
  await store(toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }));
});
afterEach(async () => {
  // A write still waiting for its turn finishes, so the next test does not join it.
  await vi.runOnlyPendingTimersAsync();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('one queue for every settings write', () => {
  it('two writers changing different fields at the same moment both keep their change', async () => {
    await fakeBrowser.storage.local.set({ history: [{ at: T0 - 1000, outcome: 'done', dueAt: null, shownAt: null, drillId: 'chin-tucks', rating: null, seconds: 60 }] });
    // The worker reads the settings to mark a drill painful (its second read: the first is for the
    // level rule); just then, an options tab saves the interval.
    const get = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    let tab: Promise<unknown> = Promise.resolve();
    let reads = 0;
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(async (keys) => {
      const read = await get(keys);
      if (++reads !== 2) return read;
      tab = updateSettings({ intervalMinutes: 45 });
      for (let i = 0; i < 20; i++) await new Promise((done) => setImmediate(done));
      return read;
    });
    const worker = rate('chin-tucks', 'pain', T0);
    // The pain report is kept locally first; its sync write may wait its turn behind the tab's.
    let settled = false;
    void worker.finally(() => (settled = true));
    while (!settled) {
      await new Promise((done) => setImmediate(done));
      await advance(100);
    }
    await advance(REFILL_MS);
    await tab;
    expect(await stored()).toMatchObject({ painfulDrills: ['chin-tucks'], intervalMinutes: 45, safetyAcknowledged: true });
  });

  it('any number of writers at once each keep their field', async () => {
    const done = Promise.all([updateSettings({ intervalMinutes: 45 }), writeSettings(() => ({ soundCues: true })), writeSettings(() => ({ idleMinutes: 7 }))]);
    await advance(3 * REFILL_MS);
    await done;
    expect(await stored()).toMatchObject({ intervalMinutes: 45, soundCues: true, idleMinutes: 7, safetyAcknowledged: true });
  });

  it('a change is worked out from the settings as stored when its turn comes, not as read before', async () => {
    const first = writeSettings((fresh) => ({ painfulDrills: [...fresh.painfulDrills, 'wall-slides'] }));
    const second = writeSettings((fresh) => ({ painfulDrills: [...fresh.painfulDrills, 'chin-tucks'] }));
    await advance(REFILL_MS);
    await Promise.all([first, second]);
    expect((await stored()).painfulDrills).toEqual(['wall-slides', 'chin-tucks']);
  });

  it('resolves to the settings written, and writes nothing when nothing changes', async () => {
    const times = syncWrites();
    await expect(writeSettings(() => ({ intervalMinutes: 60 }))).resolves.toEqual({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, intervalMinutes: 60 });
    await advance(REFILL_MS);
    await expect(writeSettings(() => ({ intervalMinutes: 60 }))).resolves.toMatchObject({ intervalMinutes: 60 });
    expect(times).toEqual([0]);
  });

  it('a rating of pain adds the drill once, however often it is rated', async () => {
    await rate('chin-tucks', 'pain', T0);
    await advance(REFILL_MS);
    await rate('chin-tucks', 'pain', T0);
    expect((await stored()).painfulDrills).toEqual(['chin-tucks']);
  });
});

describe('storage.sync quotas: 1,800 writes an hour, 120 a minute', () => {
  it('writes go 500 ms apart, exactly, and no sooner', async () => {
    const times = syncWrites();
    void writeSettings(() => ({ intervalMinutes: 60 }));
    void writeSettings(() => ({ intervalMinutes: 61 }));
    await advance(MIN_GAP_MS - 1);
    expect(times).toEqual([0]);
    await advance(1);
    expect(times).toEqual([0, MIN_GAP_MS]);
    // Long after the last write, the next one goes at once.
    await advance(10_000);
    void writeSettings(() => ({ intervalMinutes: 62 }));
    await advance(0);
    expect(times).toEqual([0, MIN_GAP_MS, MIN_GAP_MS + 10_000]);
  });

  it('the pace holds across pages and the worker: it is kept in storage, not in memory', async () => {
    const times = syncWrites();
    // Another page wrote 100 ms ago and left the bucket empty.
    await fakeBrowser.storage.local.set({ [WRITTEN_KEY]: { at: T0 - 100, left: 0 } });
    void writeSettings(() => ({ intervalMinutes: 60 }));
    await advance(REFILL_MS - 101);
    expect(times).toEqual([]);
    await advance(1);
    expect(times).toEqual([REFILL_MS - 100]);
    expect((await fakeBrowser.storage.local.get(WRITTEN_KEY))[WRITTEN_KEY]).toEqual({ at: T0 + REFILL_MS - 100, left: 0 });
  });

  it('an hour of edits every quarter second makes at most 1,800 writes, 120 in no minute, and keeps the last edit', async () => {
    const times = syncWrites();
    const span = 3_600_000;
    let last: Promise<Settings> = Promise.resolve(DEFAULT_SETTINGS);
    for (let t = 0; t < span; t += 250) {
      last = updateSettings({ intervalMinutes: 15 + ((t / 250) % 200) });
      await advance(250);
    }
    await advance(REFILL_MS);
    await last;
    const inHour = times.filter((t) => t < span);
    expect(inHour.length).toBeLessThanOrEqual(1800);
    expect(inHour.length).toBeGreaterThan(1790);
    for (let i = 120; i < times.length; i++) expect(times[i]! - times[i - 120]!).toBeGreaterThanOrEqual(60_000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(MIN_GAP_MS);
    // The first edits of the storm save at once (one write per 500 ms: each waits for the last).
    expect(times.slice(0, BURST)).toEqual(Array.from({ length: BURST }, (_, i) => i * MIN_GAP_MS));
    expect((await stored()).intervalMinutes).toBe(15 + ((span / 250 - 1) % 200));
  });

  it('edits made while a write waits its turn join it: one write, every field', async () => {
    const times = syncWrites();
    await updateSettings({ soundCues: true });
    const edits = [updateSettings({ intervalMinutes: 45 }), updateSettings({ idleMinutes: 7 }), updateSettings({ intervalMinutes: 50 })];
    await advance(MIN_GAP_MS);
    const results = await Promise.all(edits);
    expect(times).toEqual([0, MIN_GAP_MS]);
    expect(await stored()).toMatchObject({ soundCues: true, intervalMinutes: 50, idleMinutes: 7 });
    for (const result of results) expect(result).toMatchObject({ intervalMinutes: 50, idleMinutes: 7 });
  });

  it('a refused write rejects and stores nothing; the next write goes ahead', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'));
    await expect(updateSettings({ intervalMinutes: 45 })).rejects.toThrow('quota');
    expect((await stored()).intervalMinutes).toBe(90);
    const again = updateSettings({ intervalMinutes: 45 });
    await advance(MIN_GAP_MS);
    await again;
    expect((await stored()).intervalMinutes).toBe(45);
  });
});

describe('fields from a newer version', () => {
  const newer = { ...toStored(DEFAULT_SETTINGS), version: SETTINGS_VERSION + 2, hologramMode: true, posture: { level: 3 } };

  it('are kept, with the newer version number, through a change', async () => {
    await store(newer);
    await writeSettings(() => ({ intervalMinutes: 45 }));
    expect(await raw()).toEqual({ ...newer, intervalMinutes: 45 });
  });

  it('are kept through a repair, which is made in memory only', async () => {
    await store({ ...newer, intervalMinutes: 'soon' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await loadSettings()).intervalMinutes).toBe(90);
    expect(await raw()).toEqual({ ...newer, intervalMinutes: 'soon' });
    // A write of another field leaves the broken one as it is: it may be a newer version's.
    await writeSettings(() => ({ soundCues: true }));
    expect(await raw()).toEqual({ ...newer, intervalMinutes: 'soon', soundCues: true });
    expect((await loadSettings()).intervalMinutes).toBe(90);
  });

  it('an older stored version is brought up to this one', async () => {
    await store({ version: 2, intervalMinutes: 60, disabledDrills: ['band-rows'] });
    await writeSettings(() => ({ soundCues: true }));
    expect(await raw()).toEqual({ version: SETTINGS_VERSION, intervalMinutes: 60, disabledDrills: ['band-rows'], soundCues: true });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, intervalMinutes: 60, disabledDrills: ['band-rows'], soundCues: true });
  });
});
