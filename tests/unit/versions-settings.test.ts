import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { OWNABLE_EQUIPMENT, readSettings, type Settings } from '../../src/core/settings';
import { COPIES, FIELD_KEYS, fromSync, LEGACY_KEY, storedRecord, SYNC_KEYS } from '../../src/core/settings-sync';
import { loadSettings, writeSettings } from '../../src/platform/storage';

// Settings as every earlier version stored them (see git history of src/core/settings.ts), and as
// a made-up newer one might: read, edit one field, write. What this version does not know (fields,
// list members, values out of its range) and every field it did not edit come back byte for byte.

const PERIOD = { start: '09:00', end: '17:30' };
const SEVEN = ['07:00', '08:00', '09:00', '10:00', '11:00', '12:00', '13:00'].map((start, i) => ({ start, end: `0${7 + i}:30`.slice(-5) }));
const NEWER = {
  version: 8,
  intervalMinutes: 10,
  workHours: SEVEN,
  painfulDrills: ['chin-tucks', 'kettlebell-halo'],
  disabledDrills: ['wall-slides', 'future-drill'],
  equipment: ['wall', 'band', 'kettlebell'],
  spaces: ['desk', 'car'],
  hologramMode: true,
  posture: { level: 3 },
};

/** storage.sync as each version left it. */
const VERSIONS: [string, Record<string, unknown>][] = [
  // 1: interval and switched-off drills, no version number.
  ['1', { settings: { intervalMinutes: 45, disabledDrills: ['band-rows'] } }],
  // 2: the working week and the snooze; every field stored; band drills were in every rotation.
  ['2', { settings: { version: 2, intervalMinutes: 60, workDays: [1, 2, 3], workHours: [PERIOD], headsUpMinutes: 0, idleMinutes: 5, snoozeMinutes: [5, 10, 15], snoozeCap: 3, showBadge: true, disabledDrills: [] } }],
  // 3: equipment, places, drill length, pain, the safety notice.
  ['3', { settings: { version: 3, intervalMinutes: 90, workDays: [1, 2, 3, 4, 5], workHours: [PERIOD], headsUpMinutes: 2, idleMinutes: 5, snoozeMinutes: [5, 10, 15], snoozeCap: 3, showBadge: false, disabledDrills: [], equipment: ['wall', 'ball'], spaces: ['desk'], drillCapSeconds: 120, painfulDrills: ['chin-tucks'], safetyAcknowledged: true } }],
  // 4: opening the drill by itself, sound cues.
  ['4', { settings: { version: 4, intervalMinutes: 90, workDays: [1, 2, 3, 4, 5], workHours: [PERIOD], headsUpMinutes: 0, idleMinutes: 9, snoozeMinutes: [5, 10, 15], snoozeCap: 3, showBadge: false, openDrillAutomatically: false, soundCues: false, disabledDrills: [], equipment: ['wall', 'doorway', 'chair'], spaces: ['desk', 'standing'], drillCapSeconds: 120, painfulDrills: [], safetyAcknowledged: true } }],
  // 5: routines and holds; still every field stored (a field at its default is no choice).
  ['5', { settings: { version: 5, intervalMinutes: 45, workDays: [1, 2, 3, 4, 5], workHours: [PERIOD], headsUpMinutes: 0, idleMinutes: 5, snoozeMinutes: [5, 10, 15], snoozeCap: 3, showBadge: false, openDrillAutomatically: true, soundCues: false, morningRoutine: true, morningTime: '07:45', eveningRoutine: false, eveningTime: '18:00', disabledDrills: [], equipment: ['wall', 'doorway', 'chair'], spaces: ['desk', 'standing'], drillCapSeconds: 120, painfulDrills: ['wall-slides'], safetyAcknowledged: true, holdForFullscreen: true, holdForAudio: false, holdCapMinutes: 45 } }],
  // 6: only the user's choices.
  ['6', { settings: { version: 6, intervalMinutes: 60, equipment: ['wall', 'band'], painfulDrills: ['chin-tucks'], safetyAcknowledged: true, autoLevels: false } }],
  // A newer version still writing the single record (the Chromium case).
  ['8, one record', { settings: NEWER }],
  // A newer version with own keys: its unknown field in a key of its own, the record a copy.
  [
    '8, own keys',
    {
      settings: { version: 8, [COPIES]: {}, safetyAcknowledged: true },
      [FIELD_KEYS.intervalMinutes]: 10,
      [FIELD_KEYS.workHours]: SEVEN,
      [FIELD_KEYS.painfulDrills]: ['chin-tucks', 'kettlebell-halo'],
      [FIELD_KEYS.equipment]: ['wall', 'band', 'kettlebell'],
      'settings.hologramMode': true,
    },
  ],
];

const sync = () => fakeBrowser.storage.sync.get(null);
const unknownKeys = (items: Record<string, unknown>) => Object.keys(items).filter((key) => !SYNC_KEYS.includes(key));
/** Every field as this version reads it from storage (own key or record), migrated. */
const effective = (items: Record<string, unknown>) => storedRecord(fromSync(items));
/** The record as a version up to 6 reads it. */
const asOlderReads = (items: Record<string, unknown>) => readSettings(items[LEGACY_KEY]).settings;

afterEach(() => vi.restoreAllMocks());

describe.each(VERSIONS)('settings stored by version %s', (_, items) => {
  it('are read without a write', async () => {
    await fakeBrowser.storage.sync.set(structuredClone(items));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadSettings();
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(await sync()).toEqual(items);
  });

  it.each<[string, (s: Settings) => Partial<Settings>]>([
    ['soundCues', () => ({ soundCues: true })],
    ['intervalMinutes', () => ({ intervalMinutes: 75 })],
    // A list field: this version unticks one member it knows.
    ['equipment', (s) => ({ equipment: s.equipment.filter((e) => e !== 'band' && e !== 'ball') })],
  ])('an edit of %s keeps everything else byte for byte', async (field, change) => {
    await fakeBrowser.storage.sync.set(structuredClone(items));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const before = effective(await sync());
    const read = await loadSettings();
    const written = await writeSettings(change);
    const after = await sync();

    const edited = { ...read, ...change(read) };
    expect(written).toEqual(edited);
    expect(await loadSettings()).toEqual(edited);
    // Every other field, known or not, valid or not, is stored as it was (after the migration
    // the older record's version implies).
    const now = effective(after);
    const migrated = before;
    for (const key of new Set([...Object.keys(migrated), ...Object.keys(now)])) {
      if (key === field || key === 'version') continue;
      expect([key, now[key]]).toEqual([key, migrated[key]]);
    }
    // The edited list keeps the members this version does not know.
    if (Array.isArray(migrated[field])) {
      const known = new Set<unknown>(OWNABLE_EQUIPMENT);
      expect(now[field]).toEqual(expect.arrayContaining((migrated[field] as unknown[]).filter((x) => !known.has(x))));
    }
    // Keys of a newer version's own are untouched.
    for (const key of unknownKeys(items)) expect(after[key]).toEqual(items[key]);
    // The single record still says the same to a version up to 6.
    expect(asOlderReads(after)).toEqual(readSettings(now).settings);
  });
});

describe('a newer version in the single record (the issue 23 Chromium case)', () => {
  it('ticking Sound cues keeps the drill that hurt and the kettlebell', async () => {
    await fakeBrowser.storage.sync.set({ settings: NEWER });
    await writeSettings(() => ({ soundCues: true }));
    const { settings } = (await sync()) as { settings: Record<string, unknown> };
    expect(settings).toMatchObject({ ...NEWER, soundCues: true });
    expect(settings.version).toBe(8);
  });

  it('a pain report adds to the list and keeps the members it does not know', async () => {
    await fakeBrowser.storage.sync.set({ settings: NEWER });
    await writeSettings((fresh) => ({ painfulDrills: [...fresh.painfulDrills, 'wall-slides'] }));
    const now = effective(await sync());
    expect(now.painfulDrills).toEqual(['chin-tucks', 'wall-slides', 'kettlebell-halo']);
    expect((await sync()).settings).toMatchObject({ painfulDrills: ['chin-tucks', 'wall-slides', 'kettlebell-halo'] });
  });
});

describe('storage.sync quotas', () => {
  it('a write at the largest settings stays within 8 KB an item, 100 KB in all and 512 items', async () => {
    const largest: Partial<Settings> = {
      disabledDrills: [...DRILL_IDS].slice(1),
      painfulDrills: [...DRILL_IDS],
      equipment: [...OWNABLE_EQUIPMENT],
      workHours: ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'].map((start, i) => ({ start, end: `${String(i * 4 + 3).padStart(2, '0')}:59` })),
      morningRoutine: true,
      eveningRoutine: true,
      safetyAcknowledged: true,
    };
    await writeSettings(() => largest);
    const items = await sync();
    const bytes = (key: string) => new TextEncoder().encode(key + JSON.stringify(items[key])).length;
    expect(Math.max(...Object.keys(items).map(bytes))).toBeLessThan(8192 / 2);
    expect(Object.keys(items).map(bytes).reduce((a, b) => a + b)).toBeLessThan(102_400 / 5);
    expect(Object.keys(items).length).toBeLessThan(512 / 10);
  });
});
