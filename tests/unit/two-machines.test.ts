import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rankCandidates } from '../../src/core/rotation';
import { rate } from '../../src/background/ratings';
import { loadSettings, onSettingsTouched, writeSettings } from '../../src/platform/storage';
import { machines, on, type Machine } from './two-machines';

// Two computers of one user, sharing storage.sync, which brings each one's writes to the other a
// few seconds later. What either changes ends up on both.

const T0 = new Date('2026-03-02T09:00:00Z').getTime();
const DELAY = 3000;

/** Runs `work` on a computer to its end, moving the fake clock on for the writes' pace. */
async function run<T>(machine: Machine, work: () => Promise<T>): Promise<T> {
  const result = on(machine, work);
  let done = false;
  void result.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done) await vi.advanceTimersByTimeAsync(50);
  return result;
}
const synced = () => vi.advanceTimersByTimeAsync(DELAY);
const offered = (settings: Parameters<typeof rankCandidates>[0]) => rankCandidates(settings, []).map((d) => d.id);

let a: Machine;
let b: Machine;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(T0);
  [a, b] = machines(['a', 'b'], DELAY) as [Machine, Machine];
  // Both start from what a version-6 computer left.
  await on(a, async () => {
    const { fakeBrowser } = await import('@webext-core/fake-browser');
    await fakeBrowser.storage.sync.set({ settings: { version: 6, intervalMinutes: 60, safetyAcknowledged: true } });
  });
  await synced();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('two computers editing at once', () => {
  it('edits of different fields both survive, everywhere', async () => {
    const onA = on(a, () => writeSettings(() => ({ intervalMinutes: 45 })));
    const onB = on(b, () => writeSettings(() => ({ soundCues: true })));
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([onA, onB]);
    await synced();
    for (const machine of [a, b]) expect(await run(machine, loadSettings)).toMatchObject({ intervalMinutes: 45, soundCues: true, safetyAcknowledged: true });
    // Again, now that both fields have keys of their own.
    const again = [on(a, () => writeSettings(() => ({ idleMinutes: 7 }))), on(b, () => writeSettings(() => ({ intervalMinutes: 120 })))];
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(again);
    await synced();
    for (const machine of [a, b]) expect(await run(machine, loadSettings)).toMatchObject({ intervalMinutes: 120, idleMinutes: 7, soundCues: true });
  });

  it('the other computer hears of the change when sync brings it', async () => {
    const heard = vi.fn();
    await on(b, async () => void onSettingsTouched(heard));
    await run(a, () => writeSettings(() => ({ holdForAudio: true })));
    expect(heard).not.toHaveBeenCalled();
    await synced();
    expect(heard).toHaveBeenCalled();
    expect((await run(b, loadSettings)).holdForAudio).toBe(true);
  });

  it('a drill that hurt on one computer is out of rotation on the other, though it changed its kit meanwhile', async () => {
    const pain = on(a, () => rate('chin-tucks', 'pain', T0));
    const kit = on(b, () => writeSettings((fresh) => ({ equipment: [...fresh.equipment, 'band'] })));
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all([pain, kit]);
    await synced();
    const there = await run(b, loadSettings);
    expect(there.painfulDrills).toEqual(['chin-tucks']);
    expect(there.equipment).toContain('band');
    expect(offered({ ...there, painfulDrills: [] })).toContain('chin-tucks');
    expect(offered(there)).not.toContain('chin-tucks');
  });

  it('a change an older version makes to the single record is taken up, beside a change of this one', async () => {
    await run(a, () => writeSettings(() => ({ idleMinutes: 7 })));
    await synced();
    // Version 6 on a third computer: it reads the record, changes one field, writes it whole
    // (keeping fields it does not know, as 6 does), while this version changes another.
    const { fakeBrowser } = await import('@webext-core/fake-browser');
    const old = (await on(b, () => fakeBrowser.storage.sync.get('settings'))).settings as Record<string, unknown>;
    const ours = on(a, () => writeSettings(() => ({ intervalMinutes: 45 })));
    await vi.advanceTimersByTimeAsync(1000);
    await ours;
    await on(b, () => fakeBrowser.storage.sync.set({ settings: { ...old, soundCues: true } }));
    await synced();
    for (const machine of [a, b]) expect(await run(machine, loadSettings)).toMatchObject({ intervalMinutes: 45, soundCues: true, idleMinutes: 7 });
    // And the record tells a version 6 the same once this version writes again.
    await run(a, () => writeSettings(() => ({ showBadge: true })));
    await synced();
    const record = (await on(b, () => fakeBrowser.storage.sync.get('settings'))).settings as Record<string, unknown>;
    expect(record).toMatchObject({ intervalMinutes: 45, soundCues: true, idleMinutes: 7, showBadge: true });
  });
});
