import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import { loadState } from '../../src/platform/storage';
import { send } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// The state record in every shape an earlier version stored (git log -p --follow src/core/state.ts)
// and in a made-up newer one, as an update or a rollback on this computer leaves it: the worker
// reads it, changes one thing (a snooze), and writes. What this version knows it keeps; what it
// does not know comes back byte for byte.
useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime()); // Monday 2 March

const raw = async () => (await fakeBrowser.storage.local.get('state')).state as Record<string, any>;
const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);

/** A break due at 10:30, on screen since then; the timer last reset at 09:00. */
const onScreen = { dueAt: t('10:30'), shownAt: t('10:30') };
const base = { lastResetAt: t('09:00'), nextBreakAt: t('12:00') };

const shapes: [string, Record<string, unknown>, string[]][] = [
  // b9cfeea: the first schedule (a drill always, no snooze, hold or pause).
  ['v1, the first', { ...base, pending: { drillId: 'chin-tucks', ...onScreen }, recentDrills: ['wall-slides'], drillWindowId: null }, []],
  // cd9d431: snoozes, holds, pauses and absences.
  ['v2, snooze and hold', { ...base, pending: { drillId: 'chin-tucks', ...onScreen, snoozedUntil: null, held: false }, snoozesInRow: 0, pause: null, awaySince: null, recentDrills: ['wall-slides'], drillWindowId: null }, []],
  // 34f1a17 (and e622234's drill lists stored once each): swapped drills.
  ['v3, swaps', { ...base, pending: { drillId: 'chin-tucks', ...onScreen, snoozedUntil: null, held: false, swapped: ['side-plank'] }, snoozesInRow: 0, pause: null, awaySince: null, recentDrills: ['wall-slides'], drillWindowId: null }, []],
  // be487d0: a break with no drill (every drill hurt).
  ['v4, no drill', { ...base, pending: { drillId: null, ...onScreen, snoozedUntil: null, held: false, swapped: [] }, snoozesInRow: 0, pause: null, awaySince: null, recentDrills: ['wall-slides'], drillWindowId: null }, []],
  // 7ace1a8: waits for a presentation, a call or a meeting (this version's shape).
  ['v5, holds for meetings', { ...base, pending: { drillId: 'chin-tucks', ...onScreen, snoozedUntil: null, held: false, swapped: [], waiting: null }, snoozesInRow: 0, pause: null, meetingUntil: null, awaySince: null, recentDrills: ['wall-slides'], drillWindowId: null }, []],
  // A newer version: fields, members and drills this one has never heard of.
  [
    'newer',
    {
      ...base,
      pending: { drillId: 'chin-tucks', ...onScreen, snoozedUntil: null, held: false, swapped: [], waiting: null, cue: { sound: 'chime', at: [1, 2] } },
      snoozesInRow: 0,
      pause: null,
      meetingUntil: null,
      awaySince: null,
      recentDrills: ['kettlebell-halo', 'wall-slides', 'neck-glide'],
      drillWindowId: null,
      focusSessions: [{ from: t('08:00'), to: t('08:45'), label: 'déjà vu ✓' }],
      schemaVersion: 7,
      streak: null,
    },
    ['pending.cue', 'focusSessions', 'schemaVersion', 'streak', 'recentDrills'],
  ],
];

const at = (record: Record<string, any>, path: string) => path.split('.').reduce((x, key) => x?.[key], record);

freshWorkerEach(() => t('10:40'));

describe('the state record across versions', () => {
  it.each(shapes)('%s: read, snoozed, written; the break is kept and the unknown comes back byte for byte', async (_, stored, unknown) => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
    await settle(); // the worker's reschedule for the new settings, before this version's record is put in place
    await fakeBrowser.storage.local.set({ state: structuredClone(stored) });
    await send({ type: 'snooze', minutes: 5 });
    const written = await raw();
    expect(written.pending).toMatchObject({ drillId: (stored.pending as any).drillId, ...onScreen, snoozedUntil: t('10:45') });
    expect(written).toMatchObject({ lastResetAt: t('09:00'), snoozesInRow: 1, nextBreakAt: t('10:45') });
    expect(written.recentDrills).toEqual(stored.recentDrills);
    for (const path of unknown) expect(JSON.stringify(at(written, path)), path).toBe(JSON.stringify(at(stored, path)));
    // Only the fields this version knows and the unknown ones: nothing else appears.
    expect(Object.keys(written).sort()).toEqual([...new Set([...Object.keys(stored), 'snoozesInRow', 'pause', 'meetingUntil', 'awaySince', 'nextBreakAt'])].sort());
  });

  it('a newer pause keeps its unknown members while it lasts, and loses them with it', async () => {
    await fakeBrowser.storage.local.set({ state: { ...base, pending: null, pause: { since: t('10:00'), until: t('11:00'), reason: 'lunch' }, snoozesInRow: 0, recentDrills: [] } });
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, intervalMinutes: 60 }) });
    await settle();
    expect((await raw()).pause).toEqual({ since: t('10:00'), until: t('11:00'), reason: 'lunch' });
    await send({ type: 'resume' });
    expect((await raw()).pause).toBeNull();
  });

  it('a drill done moves to the front; the drills this version does not know keep their places among the rest', async () => {
    const recent = ['kettlebell-halo', 'wall-slides', 'neck-glide', 'chin-tucks', 42];
    await fakeBrowser.storage.local.set({ state: { ...base, pending: { drillId: 'chin-tucks', ...onScreen, snoozedUntil: null, held: false, swapped: [], waiting: null }, recentDrills: recent } });
    await send({ type: 'finish', outcome: 'done' });
    expect((await raw()).recentDrills).toEqual(['chin-tucks', 'kettlebell-halo', 'wall-slides', 'neck-glide', 42]);
  });

  it('a swap adds to the break\u2019s swapped drills after the unknown ones', async () => {
    await fakeBrowser.storage.local.set({ state: { ...base, pending: { drillId: 'chin-tucks', ...onScreen, snoozedUntil: null, held: false, swapped: ['kettlebell-halo'], waiting: null, cue: 1 }, recentDrills: [] } });
    await send({ type: 'swap' });
    expect((await raw()).pending).toMatchObject({ swapped: ['kettlebell-halo', 'chin-tucks'], cue: 1 });
  });

  it('a newer version\u2019s posture reset, of a kind this version does not know, stays as stored; a known one keeps its unknown members', async () => {
    const newer = { kind: 'eye-rest', at: t('10:20'), shown: true, seconds: 20 };
    await fakeBrowser.storage.local.set({ state: { ...base, pending: { drillId: 'chin-tucks', ...onScreen, snoozedUntil: null, held: false, swapped: [], waiting: null }, recentDrills: [], posture: newer } });
    expect((await loadState(t('10:40'))).posture).toBeNull();
    await send({ type: 'snooze', minutes: 5 });
    expect((await raw()).posture).toEqual(newer);
    const known = { kind: 'belly-breaths', at: t('10:20'), shown: false, seconds: 20 };
    await fakeBrowser.storage.local.set({ state: { ...(await raw()), posture: known } });
    expect((await loadState(t('10:40'))).posture).toEqual({ kind: 'belly-breaths', at: t('10:20'), shown: false });
    await send({ type: 'snooze', minutes: 5 });
    expect((await raw()).posture).toEqual(known);
  });

  it('a break waiting for a call reads with its site; an older version\u2019s record without resets reads as none yet', async () => {
    const waiting = { drillId: 'chin-tucks', dueAt: t('10:30'), shownAt: t('10:30'), snoozedUntil: null, held: false, swapped: [], waiting: { reason: 'call-teams', since: t('10:30') } };
    await fakeBrowser.storage.local.set({ state: { ...base, pending: waiting, recentDrills: [] } });
    const state = await loadState(t('10:40'));
    expect(state.pending?.waiting).toEqual({ reason: 'call-teams', since: t('10:30') });
    expect(state.posture).toBeNull();
  });

  it('a mere read writes nothing, whatever it had to repair or could not understand', async () => {
    const stored = { ...base, pending: { drillId: 'chin-tucks', ...onScreen, held: 'maybe' }, snoozesInRow: 500, recentDrills: ['kettlebell-halo'], futureField: true };
    await fakeBrowser.storage.local.set({ state: structuredClone(stored) });
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = await loadState(t('10:40'));
    expect(state).toMatchObject({ pending: null, snoozesInRow: 0, recentDrills: [] });
    expect(write).not.toHaveBeenCalled();
    expect(await raw()).toEqual(stored);
  });
});
